import { Button, Input, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { EventName } from '../components/labels';
import { Problem } from '../components/Problem';
import { aggregateName, tell } from '../history';
import { useT } from '../i18n';
import { paths } from '../paths';
import { useOrganizationName } from '../session';

/** One event of the global log as the server stores it (query's LoggedEvent); who and where are in its metadata. */
interface AuditEvent {
  position: number;
  /** null for an event of no aggregate (a login) */
  aggregateType: string | null;
  aggregateId: string;
  sequence: number;
  type: string;
  revision: string | null;
  timestamp: string;
  payload: unknown;
  metadata: { actor?: string; organization?: string; [key: string]: unknown };
}

/** A page of the log (query's EventLogPage): {@code nextAfter} is the {@code after} of the next page. */
interface EventLogPage {
  events: AuditEvent[];
  nextAfter: number;
}

const PAGE = 50;

/** 事件日志: the global event log, oldest first, one page after another by global position. */
export function AuditEventsPage() {
  const t = useT();
  const name = useOrganizationName();
  const [aggregate, setAggregate] = useState('');
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  const [done, setDone] = useState(false);
  const [nextAfter, setNextAfter] = useState(0);

  const load = async (from: AuditEvent[], after: number) => {
    setLoading(true);
    try {
      const query = new URLSearchParams({ limit: String(PAGE), after: String(after) });
      if (aggregate) query.set('aggregate', aggregate);
      const answer = await api<EventLogPage>(paths.auditEvents(query));
      setEvents([...from, ...answer.events]);
      setNextAfter(answer.nextAfter);
      setDone(answer.events.length < PAGE);
      setError(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load([], 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <Typography.Title level={3}>{t('audit.events')}</Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <Input
          placeholder={t('audit.aggregate')}
          value={aggregate}
          onChange={(e) => setAggregate(e.target.value)}
          allowClear
          style={{ width: 320, maxWidth: '100%' }}
        />
        <Button type="primary" onClick={() => void load([], 0)} loading={loading}>
          {t('audit.load')}
        </Button>
      </Space>
      <Problem error={error} />
      <Table<AuditEvent>
        rowKey="position"
        size="small"
        pagination={false}
        dataSource={events}
        columns={[
          { title: t('audit.position'), dataIndex: 'position', responsive: ['md'] },
          {
            title: t('audit.aggregate'),
            render: (_, e) => (
              <>
                <div>{aggregateName(e.aggregateType, t)}</div>
                <Typography.Text copyable type="secondary" style={{ fontSize: 12 }}>
                  {e.aggregateId}
                </Typography.Text>
              </>
            ),
          },
          { title: t('audit.sequence'), dataIndex: 'sequence', responsive: ['md'] },
          { title: t('audit.type'), dataIndex: 'type', render: (type: string) => <EventName type={type} />, responsive: ['sm'] },
          {
            title: t('audit.when'),
            dataIndex: 'timestamp',
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
            responsive: ['md'],
          },
          {
            title: t('audit.actor'),
            render: (_, { metadata: { actor, organization } }) => `${actor ?? ''}${organization ? ` (${name(organization)})` : ''}`,
          },
          {
            title: t('audit.payload'),
            // The sentence for reading; the stored JSON beneath it, since what an auditor checks is what the store holds.
            render: (_, e) => (
              <div style={{ maxWidth: 420 }}>
                <div>{tell({ type: e.type, payload: e.payload, organization: e.metadata.organization }, { t, organization: name })}</div>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 1, expandable: true }} style={{ fontSize: 12, margin: 0 }}>
                  {t('audit.stored')} {JSON.stringify(e.payload)}
                </Typography.Paragraph>
              </div>
            ),
          },
        ]}
      />
      {events.length > 0 && !done && (
        <Button style={{ marginTop: 16 }} onClick={() => void load(events, nextAfter)} loading={loading}>
          {t('audit.more')}
        </Button>
      )}
    </>
  );
}
