import { Button, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Notification, type NotificationPage } from '../api';
import { Problem } from '../components/Problem';
import { useNarrow } from '../components/responsive';
import { useT } from '../i18n';
import { MESSAGES_CHANGED, noticeKinds, notificationsQuery } from '../notifications';
import { paths } from '../paths';

const PAGE = 20;

/** 消息中心: the caller's messages, newest first, a page at a time; each marked read by its reader alone. */
export function NotificationsPage() {
  const t = useT();
  const narrow = useNarrow();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [messages, setMessages] = useState<Notification[]>([]);
  const [unread, setUnread] = useState(0);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);

  const load = async (from: Notification[], onlyUnread: boolean) => {
    setLoading(true);
    try {
      // unread only, the messages marked read here have left the server's list: they count for no offset
      const offset = onlyUnread ? from.filter((m) => !m.read).length : from.length;
      const page = await api<NotificationPage>(paths.notifications(notificationsQuery(onlyUnread, PAGE, offset)));
      setMessages([...from, ...page.items]);
      setUnread(page.unread);
      setMore(page.items.length === PAGE);
      setError(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load([], unreadOnly);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unreadOnly]);

  const marked = (ids: string[] | 'all') => {
    setMessages((shown) => shown.map((m) => (ids === 'all' || ids.includes(m.id) ? { ...m, read: true } : m)));
    window.dispatchEvent(new Event(MESSAGES_CHANGED));
  };
  const markRead = async (id: string) => {
    try {
      await api(paths.notificationRead(id), { method: 'POST' });
      setUnread((n) => Math.max(0, n - 1));
      marked([id]);
    } catch (e) {
      setError(e);
    }
  };
  const markAll = async () => {
    try {
      const answer = await api<{ unread: number }>(paths.notificationsReadAll(), { method: 'POST' });
      setUnread(answer.unread);
      marked('all');
    } catch (e) {
      setError(e);
    }
  };

  return (
    <>
      <Typography.Title level={3}>{t('notifications.title')}</Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          options={[
            { label: t('notifications.all'), value: 'all' },
            { label: t('notifications.unreadOnly'), value: 'unread' },
          ]}
          onChange={(value) => setUnreadOnly(value === 'unread')}
        />
        <Typography.Text data-testid="unread-count">{t('notifications.unread', { count: unread })}</Typography.Text>
        <Button onClick={() => void markAll()} disabled={unread === 0}>
          {t('notifications.readAll')}
        </Button>
      </Space>
      <Problem error={error} />
      <Table<Notification>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={messages}
        locale={{ emptyText: t('notifications.none') }}
        columns={[
          {
            title: t('notifications.when'),
            dataIndex: 'createdAt',
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
            responsive: ['md'],
          },
          {
            title: t('notifications.kind'),
            dataIndex: 'kind',
            render: (kind: Notification['kind']) => {
              const k = noticeKinds[kind];
              return k ? <Tag color={k.color}>{t(k.label)}</Tag> : <Tag>{kind}</Tag>;
            },
          },
          {
            title: t('notifications.message'),
            render: (_, m) => (
              <>
                <Typography.Text strong={!m.read}>
                  {m.title}
                  {m.body ? `：${m.body}` : ''}
                </Typography.Text>
                {/* the time has no column of its own on a phone */}
                {narrow && (
                  <div>
                    <Typography.Text type="secondary">{dayjs(m.createdAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('notifications.task'),
            dataIndex: 'taskId',
            render: (id: string) => <Link to={`/tasks/${encodeURIComponent(id)}`}>{t('notifications.open')}</Link>,
          },
          {
            title: t('notifications.status'),
            render: (_, m) =>
              m.read ? (
                <Typography.Text type="secondary">{t('notifications.read')}</Typography.Text>
              ) : (
                <Button size="small" type="link" onClick={() => void markRead(m.id)}>
                  {t('notifications.markRead')}
                </Button>
              ),
          },
        ]}
      />
      {more && (
        <Button style={{ marginTop: 16 }} onClick={() => void load(messages, unreadOnly)} loading={loading}>
          {t('audit.more')}
        </Button>
      )}
    </>
  );
}
