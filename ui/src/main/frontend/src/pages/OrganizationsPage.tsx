import { Button, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Organization } from '../api';
import { OrganizationForm } from '../components/OrganizationForm';
import { Problem } from '../components/Problem';
import { useNarrow } from '../components/responsive';
import { usePage } from '../components/usePage';
import { organizationTypeCodes, organizationTypeName } from '../history';
import { useT } from '../i18n';
import { paths } from '../paths';
import { hasRole, useMe, useOrganizationName, useOrganizations } from '../session';

/**
 * 组织管理: the registered organizations, found by type, parent or a part of the code or name, a page at a time; the
 * office and the administrator register new ones, and the administrator goes on to a unit's accounts from here.
 */
export function OrganizationsPage() {
  const t = useT();
  const narrow = useNarrow();
  const me = useMe();
  const organizations = useOrganizations();
  const organizationName = useOrganizationName();
  const [type, setType] = useState<string>();
  const [parent, setParent] = useState<string>();
  const [q, setQ] = useState<string>();
  const [registering, setRegistering] = useState(false);
  const list = usePage<Organization>(paths.organizations(), { type, parent, q });
  return (
    <>
      <Space style={{ marginBottom: 16 }} align="baseline" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('organizations.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setRegistering(true)} data-testid="register-organization">
          {t('organizations.register')}
        </Button>
      </Space>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('organizations.type')}
          value={type}
          onChange={setType}
          options={organizationTypeCodes.map((code) => ({ value: code, label: organizationTypeName(code, t) }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          placeholder={t('organizations.parent')}
          value={parent}
          onChange={setParent}
          options={(organizations.data ?? []).map((o) => ({ value: o.code, label: o.name }))}
        />
        <Input.Search allowClear style={{ width: 240 }} placeholder={t('organizations.search')} onSearch={(text) => setQ(text)} />
      </Space>
      <Problem error={list.error} />
      <Table<Organization>
        rowKey="code"
        size="small"
        loading={list.loading}
        dataSource={list.rows}
        pagination={list.pagination}
        data-testid="organizations"
        columns={[
          { title: t('organizations.code'), dataIndex: 'code' },
          // on a phone the type and the parent go under the name: four columns are wider than the screen
          narrow
            ? {
                title: t('organizations.name'),
                dataIndex: 'name',
                render: (name: string, o: Organization) => (
                  <>
                    <div>{name}</div>
                    <Typography.Text type="secondary">
                      {organizationTypeName(o.type, t)}
                      {o.parent ? ` · ${organizationName(o.parent)}` : ''}
                    </Typography.Text>
                  </>
                ),
              }
            : { title: t('organizations.name'), dataIndex: 'name' },
          ...(narrow
            ? []
            : [
                { title: t('organizations.type'), dataIndex: 'type', render: (code: string) => organizationTypeName(code, t) },
                {
                  title: t('organizations.parent'),
                  dataIndex: 'parent',
                  render: (code: string | null) => (code ? organizationName(code) : '—'),
                },
              ]),
          ...(hasRole(me, 'ADMIN')
            ? [
                {
                  title: '',
                  render: (_: unknown, o: Organization) => (
                    <Link to={`/users?organization=${encodeURIComponent(o.code)}`}>{t('organizations.accounts')}</Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      <OrganizationForm
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={() => {
          setRegistering(false);
          void list.reload();
          void organizations.reload?.();
        }}
      />
    </>
  );
}
