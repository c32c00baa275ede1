import { Alert } from 'antd';
import { ApiError } from '../api';
import { useT } from '../i18n';

/** An error from the API as the user reads it: the problem's own text, and each field it names. */
export function Problem({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  if (error instanceof ApiError) {
    const description = (
      <>
        {error.detail && error.detail !== error.title && <div>{error.detail}</div>}
        {error.errors.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {error.errors.map((e) => (
              <li key={e.field + e.message}>
                {e.field}: {e.message}
              </li>
            ))}
          </ul>
        )}
      </>
    );
    return (
      <Alert type="error" showIcon message={`${error.title} (${error.status})`} description={description} />
    );
  }
  return <Alert type="error" showIcon message={t('error.network')} description={String(error)} />;
}
