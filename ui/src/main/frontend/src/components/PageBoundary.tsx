import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n';

/**
 * Catches a page that could not be shown: above all a page loaded when first opened whose file is gone (the
 * application was updated while this tab stayed open, and the new build names its files anew). Without it React
 * would take down the whole layout; with it the menu stays and a reload fetches the new build. Going to another page
 * (`at`, the path) tries again; the pages themselves are not remounted on the way.
 */
export class PageBoundary extends Component<{ at: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: { at: string }) {
    if (this.state.failed && previous.at !== this.props.at) this.setState({ failed: false });
  }

  render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const t = useT();
  return (
    <Result
      status="warning"
      title={t('error.pageLoad')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
      }
    />
  );
}
