import { Button, Input, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { Problem } from '../components/Problem';
import { useT } from '../i18n';

interface AuditEvent {
  position?: number;
  globalIndex?: number;
  aggregate?: string;
  aggregateId?: string;
  aggregateType?: string;
  sequence?: number;
  type?: string;
  timestamp?: string;
  actor?: string;
  organization?: string;
  payload?: unknown;
}

const PAGE = 50;

function position(e: AuditEvent): number | undefined {
  return e.position ?? e.globalIndex;
}

/** 事件日志: the global event log, oldest first, one page after another by global position. */
export function AuditEventsPage() {
  const t = useT();
  const [aggregate, setAggregate] = useState('');
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  const [done, setDone] = useState(false);

  const load = async (from: AuditEvent[]) => {
    setLoading(true);
    try {
      const last = from.length ? position(from[from.length - 1]) : undefined;
      const query = new URLSearchParams({ limit: String(PAGE) });
      if (last !== undefined) query.set('after', String(last));
      if (aggregate) query.set('aggregate', aggregate);
      const answer = await api<AuditEvent[] | { events: AuditEvent[] }>(`/api/audit/events?${query}`);
      const page = Array.isArray(answer) ? answer : answer.events ?? [];
      setEvents([...from, ...page]);
      setDone(page.length < PAGE);
      setError(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load([]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <Typography.Title level={3}>{t('audit.events')}</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <Input placeholder={t('audit.aggregate')} value={aggregate} onChange={(e) => setAggregate(e.target.value)} allowClear style={{ width: 320 }} />
        <Button type="primary" onClick={() => void load([])} loading={loading}>
          {t('audit.load')}
        </Button>
      </Space>
      <Problem error={error} />
      <Table<AuditEvent>
        rowKey={(e) => String(position(e) ?? `${e.aggregate ?? e.aggregateId}-${e.sequence}`)}
        size="small"
        pagination={false}
        dataSource={events}
        columns={[
          { title: t('audit.position'), render: (_, e) => position(e) },
          { title: t('audit.aggregate'), render: (_, e) => `${e.aggregateType ?? ''} ${(e.aggregate ?? e.aggregateId ?? '').substring(0, 8)}` },
          { title: t('audit.sequence'), dataIndex: 'sequence' },
          { title: t('audit.type'), dataIndex: 'type', render: (v?: string) => v?.substring(v.lastIndexOf('.') + 1) },
          { title: t('audit.when'), dataIndex: 'timestamp', render: (v?: string) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm:ss') : '') },
          { title: t('audit.actor'), render: (_, e) => `${e.actor ?? ''}${e.organization ? ` (${e.organization})` : ''}` },
          {
            title: t('audit.payload'),
            dataIndex: 'payload',
            render: (p: unknown) => (
              <Typography.Paragraph ellipsis={{ rows: 1, expandable: true }} style={{ fontSize: 12, margin: 0, maxWidth: 420 }}>
                {JSON.stringify(p)}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
      {events.length > 0 && !done && (
        <Button style={{ marginTop: 16 }} onClick={() => void load(events)} loading={loading}>
          {t('audit.more')}
        </Button>
      )}
    </>
  );
}
