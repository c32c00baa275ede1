import { Alert, Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { Problem } from '../components/Problem';
import { useT } from '../i18n';
import { paths } from '../paths';

interface Rebuild {
  projections: { name: string; identical: boolean; deadLetters: number }[];
}

/** 重建: drop and replay every projection, then see for each whether it came back identical. */
export function RebuildPage() {
  const t = useT();
  const [result, setResult] = useState<Rebuild>();
  const [error, setError] = useState<unknown>();
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    setError(undefined);
    try {
      setResult(await api<Rebuild>(paths.auditRebuild(), { method: 'POST' }));
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  };
  const allIdentical = result?.projections.every((p) => p.identical && p.deadLetters === 0);
  return (
    <>
      <Typography.Title level={3}>{t('rebuild.title')}</Typography.Title>
      <Typography.Paragraph>{t('rebuild.explain')}</Typography.Paragraph>
      <Button type="primary" danger onClick={() => void run()} loading={running}>
        {t('rebuild.run')}
      </Button>
      <div style={{ marginTop: 16 }}>
        <Problem error={error} />
        {result && (
          <>
            <Alert
              type={allIdentical ? 'success' : 'warning'}
              showIcon
              message={allIdentical ? t('rebuild.allIdentical') : t('rebuild.differences')}
              style={{ marginBottom: 16 }}
            />
            <Table
              rowKey="name"
              size="small"
              pagination={false}
              dataSource={result.projections}
              columns={[
                { title: t('rebuild.projection'), dataIndex: 'name' },
                {
                  title: t('rebuild.identical'),
                  dataIndex: 'identical',
                  render: (v: boolean) => (v ? <Tag color="green">{t('common.yes')}</Tag> : <Tag color="red">{t('common.no')}</Tag>),
                },
                {
                  title: t('rebuild.deadLetters'),
                  dataIndex: 'deadLetters',
                  render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n),
                },
              ]}
            />
          </>
        )}
      </div>
    </>
  );
}
