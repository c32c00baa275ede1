import { Alert } from 'antd';
import { ApiError } from '../api';
import { fieldLabel } from '../fieldErrors';
import { useT } from '../i18n';

/** An error from the API as the user reads it: the problem's own text, and each field it names in the reader's words. */
export function Problem({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  if (error instanceof ApiError) {
    const description = (
      <>
        {error.detail ? <div>{error.detail}</div> : <div>{error.title}</div>}
        {error.errors.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {error.errors.map((e) => (
              // the field as its form labels it; the server's own path on hover, for whoever has to find it
              <li key={e.field + e.message} title={e.field} data-testid="problem-field">
                {t('problem.field', { field: fieldLabel(e.field, t), message: e.message })}
              </li>
            ))}
          </ul>
        )}
      </>
    );
    const kinds: Record<number, string> = {
      400: t('error.badRequest'),
      401: t('error.unauthorized'),
      403: t('error.forbidden'),
      404: t('error.notFoundApi'),
      409: t('error.conflict'),
      413: t('error.tooLarge'),
      415: t('error.unsupportedType'),
    };
    const kind = kinds[error.status] ?? (error.status >= 500 ? t('error.server') : error.title);
    return <Alert type="error" showIcon message={`${kind} (${error.status})`} description={description} data-testid="problem" />;
  }
  return <Alert type="error" showIcon message={t('error.network')} description={String(error)} />;
}
