import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { loginKinds, loginMethods, loginQuery, loginReason, type LoginPage, type LoginRecord } from '../audit';
import { Problem } from '../components/Problem';
import { useT } from '../i18n';
import { paths } from '../paths';

const PAGE = 50;

/** 登录审计: logins, failed logins, logouts and lockouts, newest first, one page after another. */
export function LoginAuditPage() {
  const t = useT();
  const [username, setUsername] = useState('');
  /** The username the records shown were asked for: the next page asks for the same one. */
  const [asked, setAsked] = useState('');
  const [records, setRecords] = useState<LoginRecord[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);

  const load = async (from: LoginRecord[], before: number | null, name: string) => {
    setLoading(true);
    try {
      const answer = await api<LoginPage>(paths.auditLogins(loginQuery(name, before, PAGE)));
      setAsked(name);
      setRecords([...from, ...answer.records]);
      setNext(answer.next);
      setError(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load([], null, '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const time = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm:ss') : '');
  return (
    <>
      <Typography.Title level={3}>{t('logins.title')}</Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <Input
          placeholder={t('logins.username')}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          onPressEnter={() => void load([], null, username)}
          allowClear
          style={{ width: 240, maxWidth: '100%' }}
        />
        <Button type="primary" onClick={() => void load([], null, username)} loading={loading}>
          {t('audit.load')}
        </Button>
      </Space>
      <Problem error={error} />
      <Table<LoginRecord>
        rowKey="position"
        size="small"
        pagination={false}
        dataSource={records}
        columns={[
          { title: t('audit.when'), dataIndex: 'timestamp', render: time },
          {
            title: t('logins.kind'),
            dataIndex: 'kind',
            render: (kind: LoginRecord['kind']) => {
              const k = loginKinds[kind];
              return k ? <Tag color={k.color}>{t(k.label)}</Tag> : <Tag>{kind}</Tag>;
            },
          },
          { title: t('logins.username'), dataIndex: 'username' },
          { title: t('logins.address'), dataIndex: 'address', responsive: ['md'] },
          {
            title: t('logins.method'),
            dataIndex: 'method',
            render: (m: LoginRecord['method']) => (loginMethods[m] ? t(loginMethods[m]) : m),
            responsive: ['md'],
          },
          { title: t('logins.reason'), dataIndex: 'reason', render: (r: string | null) => loginReason(r, t), responsive: ['sm'] },
          { title: t('logins.lockedUntil'), dataIndex: 'lockedUntil', render: time, responsive: ['md'] },
        ]}
      />
      {next !== null && (
        <Button style={{ marginTop: 16 }} onClick={() => void load(records, next, asked)} loading={loading}>
          {t('audit.more')}
        </Button>
      )}
    </>
  );
}
