import { App, Button, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, type Account, type Role } from '../api';
import { DisableForm, PasswordForm, RegisterAccountForm, RolesForm } from '../components/AccountForms';
import { RoleName } from '../components/labels';
import { Problem } from '../components/Problem';
import { useNarrow } from '../components/responsive';
import { usePage } from '../components/usePage';
import { useT } from '../i18n';
import { paths } from '../paths';
import { useOrganizationName, useOrganizations } from '../session';

type Open = { form: 'roles' | 'password' | 'disable'; account: Account } | { form: 'register' } | null;

/**
 * 用户管理: the login accounts, a unit's several users together when filtered by it (the organizations page links
 * here so); the administrator registers accounts, changes their roles, resets a password, disables and enables.
 */
export function UsersPage() {
  const t = useT();
  const narrow = useNarrow();
  const enabledTag = (enabled: boolean) => (
    <Tag color={enabled ? 'green' : 'default'}>{enabled ? t('accounts.enabled') : t('accounts.disabled')}</Tag>
  );
  const { message } = App.useApp();
  const organizations = useOrganizations();
  const organizationName = useOrganizationName();
  const [params, setParams] = useSearchParams();
  const organization = params.get('organization') ?? undefined;
  const [role, setRole] = useState<Role>();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<unknown>();
  const list = usePage<Account>(paths.users(), { organization, role });
  const done = () => {
    setOpen(null);
    void list.reload();
  };
  const enable = async (account: Account) => {
    setError(undefined);
    try {
      await api(paths.userEnable(account.username), { method: 'POST' });
      void message.success(t('common.done'));
      void list.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <Space style={{ marginBottom: 16 }} align="baseline" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('accounts.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setOpen({ form: 'register' })}>
          {t('accounts.register')}
        </Button>
      </Space>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 220 }}
          placeholder={t('me.organization')}
          value={organization}
          onChange={(code?: string) => setParams(code ? { organization: code } : {})}
          options={(organizations.data ?? []).map((o) => ({ value: o.code, label: o.name }))}
        />
        <Select<Role>
          allowClear
          style={{ width: 140 }}
          placeholder={t('me.roles')}
          value={role}
          onChange={setRole}
          options={(['UNIT', 'OFFICE', 'AUDITOR', 'ADMIN'] as Role[]).map((r) => ({ value: r, label: <RoleName role={r} /> }))}
        />
      </Space>
      <Problem error={error} />
      <Problem error={list.error} />
      <Table<Account>
        rowKey="username"
        size="small"
        loading={list.loading}
        dataSource={list.rows}
        pagination={list.pagination}
        data-testid="accounts"
        columns={[
          // on a phone the organization and the state go under the username: five columns are wider than the screen
          narrow
            ? {
                title: t('field.username'),
                dataIndex: 'username',
                render: (username: string, account: Account) => (
                  <>
                    <div>{username}</div>
                    <Typography.Text type="secondary">
                      {account.organization ? organizationName(account.organization) : '—'}
                    </Typography.Text>
                    <div>{enabledTag(account.enabled)}</div>
                  </>
                ),
              }
            : { title: t('field.username'), dataIndex: 'username' },
          ...(narrow
            ? []
            : [
                {
                  title: t('me.organization'),
                  dataIndex: 'organization',
                  render: (code: string | null) => (code ? organizationName(code) : '—'),
                },
              ]),
          {
            title: t('me.roles'),
            dataIndex: 'roles',
            render: (roles: Role[]) =>
              roles.map((r) => (
                <Tag key={r}>
                  <RoleName role={r} />
                </Tag>
              )),
          },
          ...(narrow ? [] : [{ title: t('tasks.status'), dataIndex: 'enabled', render: (enabled: boolean) => enabledTag(enabled) }]),
          {
            title: '',
            render: (_, account) => (
              <Space size="small" wrap>
                <Button size="small" onClick={() => setOpen({ form: 'roles', account })}>
                  {t('accounts.roles')}
                </Button>
                <Button size="small" onClick={() => setOpen({ form: 'password', account })}>
                  {t('accounts.password')}
                </Button>
                {account.enabled ? (
                  <Button size="small" danger onClick={() => setOpen({ form: 'disable', account })}>
                    {t('accounts.disableShort')}
                  </Button>
                ) : (
                  <Popconfirm title={t('accounts.enableConfirm', { username: account.username })} onConfirm={() => void enable(account)}>
                    <Button size="small">{t('accounts.enable')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <RegisterAccountForm open={open?.form === 'register'} onClose={() => setOpen(null)} onDone={done} organization={organization} />
      {open && open.form !== 'register' && (
        <>
          <RolesForm open={open.form === 'roles'} onClose={() => setOpen(null)} onDone={done} account={open.account} />
          <PasswordForm open={open.form === 'password'} onClose={() => setOpen(null)} onDone={done} account={open.account} />
          <DisableForm open={open.form === 'disable'} onClose={() => setOpen(null)} onDone={done} account={open.account} />
        </>
      )}
    </>
  );
}
