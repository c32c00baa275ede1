import { StyleProvider, legacyLogicalPropertiesTransformer } from '@ant-design/cssinjs';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import React from 'react';
import ReactDOM from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { LocaleProvider, useLocale } from './i18n';
import './responsive.css';

function Root() {
  const { language } = useLocale();
  return (
    // Old Chromium engines (87 and up): no :where() and no logical properties, so antd's compatibility settings.
    <StyleProvider hashPriority="high" transformers={[legacyLogicalPropertiesTransformer]}>
      {/* no space inserted into two-character buttons: 交办 reads as a word, not as 交 办 */}
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }}>
        <AntApp>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AntApp>
      </ConfigProvider>
    </StyleProvider>
  );
}

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <LocaleProvider>
      <Root />
    </LocaleProvider>
  </React.StrictMode>,
);
