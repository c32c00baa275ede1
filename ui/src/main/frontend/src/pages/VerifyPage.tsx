import { Alert, App, Button, Card, Descriptions, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../api';
import {
  duration,
  faultCount,
  faultKind,
  figure,
  firstFault,
  shortHash,
  verifyBody,
  type Checkpoint,
  type Fault,
  type Verification,
} from '../audit';
import { Problem } from '../components/Problem';
import { useApi } from '../components/useApi';
import { useT } from '../i18n';
import { paths } from '../paths';
import { hasRole, useMe } from '../session';

/**
 * 历史核验: the auditor checks every event's hash chain and the signed checkpoints, for the whole store or one task,
 * and keeps the checkpoint files and the public key outside the system. An administrator sees only the checkpoints.
 */
export function VerifyPage() {
  const t = useT();
  const me = useMe();
  return (
    <>
      <Typography.Title level={3}>{t('verify.title')}</Typography.Title>
      <Typography.Paragraph>{t('verify.explain')}</Typography.Paragraph>
      {hasRole(me, 'AUDITOR') && <Verify />}
      <Checkpoints />
    </>
  );
}

function Verify() {
  const t = useT();
  const [taskId, setTaskId] = useState('');
  const [result, setResult] = useState<Verification>();
  const [error, setError] = useState<unknown>();
  const [running, setRunning] = useState<'store' | 'task'>();
  const run = async (scope: 'store' | 'task') => {
    setRunning(scope);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await api<Verification>(paths.auditVerify(), { method: 'POST', body: verifyBody(scope === 'task' ? taskId : undefined) }));
    } catch (e) {
      setError(e);
    } finally {
      setRunning(undefined);
    }
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => void run('store')} loading={running === 'store'} disabled={running === 'task'}>
          {t('verify.store')}
        </Button>
        <Input
          placeholder={t('verify.taskId')}
          value={taskId}
          onChange={(e) => setTaskId(e.target.value)}
          onPressEnter={() => taskId.trim() && void run('task')}
          allowClear
          style={{ width: 320, maxWidth: '100%' }}
        />
        <Button onClick={() => void run('task')} loading={running === 'task'} disabled={!taskId.trim() || running === 'store'}>
          {t('verify.task')}
        </Button>
      </Space>
      <Problem error={error} />
      {result && <VerificationResult result={result} />}
    </>
  );
}

function VerificationResult({ result }: { result: Verification }) {
  const t = useT();
  const scope = result.scope === 'task' ? t('verify.scopeTask', { task: result.taskId ?? '' }) : t('verify.scopeStore');
  const last = result.lastCheckpoint;
  return (
    <div data-testid="verification">
      {result.intact ? (
        <Alert type="success" showIcon message={t('verify.intact')} description={scope} style={{ marginBottom: 16 }} />
      ) : (
        <Alert
          type="error"
          showIcon
          message={t('verify.tampered')}
          description={
            <>
              <div>{firstFault(result, t)}</div>
              <div>
                {scope} {faultCount(result, t)}
              </div>
            </>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('verify.eventsChecked')}>{figure(result.eventsChecked)}</Descriptions.Item>
        <Descriptions.Item label={t('verify.streamsChecked')}>{figure(result.streamsChecked)}</Descriptions.Item>
        <Descriptions.Item label={t('verify.checkpointsChecked')}>{figure(result.checkpointsChecked)}</Descriptions.Item>
        <Descriptions.Item label={t('verify.time')}>{duration(result.millis, t)}</Descriptions.Item>
        <Descriptions.Item label={t('verify.eventsPerSecond')}>{figure(result.eventsPerSecond)}</Descriptions.Item>
        <Descriptions.Item label={t('verify.lastCheckpoint')}>
          {last
            ? t('verify.lastCheckpointAt', {
                id: last.id,
                position: last.position,
                signedAt: dayjs(last.signedAt).format('YYYY-MM-DD HH:mm:ss'),
              })
            : t('verify.noCheckpoint')}
        </Descriptions.Item>
        <Descriptions.Item label={t('verify.eventsAfterLastCheckpoint')} span="filled">
          {figure(result.eventsAfterLastCheckpoint)}
          {result.eventsAfterLastCheckpoint > 0 && (
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {t('verify.afterCheckpointHint')}
            </Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {result.faults.length > 0 && (
        <Table<Fault & { key: number }>
          size="small"
          pagination={false}
          dataSource={result.faults.map((f, i) => ({ ...f, key: i }))}
          style={{ marginBottom: 16 }}
          columns={[
            { title: t('verify.kind'), dataIndex: 'kind', render: (kind: string) => <Tag color="red">{faultKind(kind, t)}</Tag> },
            { title: t('audit.position'), dataIndex: 'position', render: (v: number | null) => v ?? '—', responsive: ['md'] },
            { title: t('audit.aggregate'), dataIndex: 'aggregate', render: (v: string | null) => v ?? '—' },
            { title: t('audit.sequence'), dataIndex: 'sequence', render: (v: number | null) => v ?? '—', responsive: ['md'] },
            { title: t('verify.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </div>
  );
}

function Checkpoints() {
  const t = useT();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<Checkpoint[]>(paths.auditCheckpoints());
  const [signing, setSigning] = useState(false);
  const [signError, setSignError] = useState<unknown>();
  const sign = async () => {
    setSigning(true);
    setSignError(undefined);
    try {
      const checkpoint = await api<Checkpoint>(paths.auditCheckpoints(), { method: 'POST', body: {} });
      void message.success(t('checkpoints.signed', { position: checkpoint.position }));
      await reload();
    } catch (e) {
      setSignError(e);
    } finally {
      setSigning(false);
    }
  };
  return (
    <Card
      title={t('checkpoints.title')}
      style={{ marginTop: 24 }}
      extra={
        <Space wrap>
          <a href={paths.auditPublicKey()} download>
            {t('checkpoints.publicKey')}
          </a>
          <Button type="primary" onClick={() => void sign()} loading={signing}>
            {t('checkpoints.sign')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('checkpoints.keepOutside')}</Typography.Paragraph>
      <Problem error={error ?? signError} />
      <Table<Checkpoint>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={data ?? []}
        columns={[
          { title: t('checkpoints.signedAt'), dataIndex: 'signedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
          { title: t('audit.position'), dataIndex: 'position', responsive: ['md'] },
          { title: t('checkpoints.events'), dataIndex: 'events', render: (v: number) => figure(v) },
          { title: t('checkpoints.algorithms'), render: (_, c) => `${c.hashAlgorithm} / ${c.signatureAlgorithm}`, responsive: ['lg'] },
          {
            title: t('checkpoints.chainHash'),
            dataIndex: 'chainHash',
            render: (hash: string) => (
              <Tooltip title={<span style={{ wordBreak: 'break-all' }}>{hash}</span>}>
                <Typography.Text code copyable={{ text: hash }}>
                  {shortHash(hash)}
                </Typography.Text>
              </Tooltip>
            ),
          },
          { title: t('checkpoints.keyId'), dataIndex: 'keyId', responsive: ['lg'] },
          {
            title: t('checkpoints.file'),
            render: (_, c) => (
              <a href={paths.auditCheckpoint(String(c.id))} download>
                {t('checkpoints.download')}
              </a>
            ),
          },
        ]}
      />
    </Card>
  );
}
