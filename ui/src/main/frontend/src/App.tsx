import { createContext, useCallback, useContext, useState } from 'react';
import { Button, Drawer, Layout, Menu, Result, Segmented, Space, Spin, Typography } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { logout, type Me, type Organization } from './api';
import { useApi } from './components/useApi';
import { Problem } from './components/Problem';
import { useLocale, useT } from './i18n';
import { hasRole, visibleEntries } from './menu';
import { MePage } from './pages/MePage';
import { WorkQueuePage } from './pages/WorkQueuePage';
import { TasksPage } from './pages/TasksPage';
import { BulletinPrintPage, TaskListPrintPage } from './pages/PrintPage';
import { WorkPlansPage } from './pages/WorkPlansPage';
import { WorkPlanEditor } from './pages/WorkPlanEditor';
import { OrganizationsPage } from './pages/OrganizationsPage';
import { UsersPage } from './pages/UsersPage';
import { TaskPage } from './pages/TaskPage';
import { TaskListWizard } from './pages/TaskListWizard';
import { TaskListsPage } from './pages/TaskListsPage';
import { StatusBoard } from './pages/StatusBoard';
import { AuditEventsPage } from './pages/AuditEventsPage';
import { RebuildPage } from './pages/RebuildPage';
import { VerifyPage } from './pages/VerifyPage';
import { LoginAuditPage } from './pages/LoginAuditPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { NotificationBell } from './components/NotificationBell';
import { useNarrow } from './components/responsive';

// Pages take hasRole from the layout, with useMe.
export { hasRole };

const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the layout');
  return me;
}

interface Organizations {
  /** Undefined until they have come. */
  data?: Organization[];
  /** Why they did not come, for <Problem>. */
  error?: unknown;
  /** Fetches them again, after one was registered. */
  reload?: () => Promise<void>;
}

/** The registered organizations, loaded once for the whole layout. */
const OrganizationsContext = createContext<Organizations>({});

export function useOrganizations(): Organizations {
  return useContext(OrganizationsContext);
}

/** An organization's name by its code; the code itself while the list loads or if it is unknown. */
function organizationName(organizations: Organization[] | undefined, code: string): string {
  return organizations?.find((o) => o.code === code)?.name ?? code;
}

export function useOrganizationName(): (code: string) => string {
  const { data } = useOrganizations();
  return useCallback((code: string) => organizationName(data, code), [data]);
}

const header = { background: '#fff', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 } as const;

export function App() {
  const t = useT();
  const { language, setLanguage } = useLocale();
  const { data: me, error } = useApi<Me>('/api/me');
  const organizations = useApi<Organization[]>('/api/organizations');
  const navigate = useNavigate();
  const location = useLocation();
  const narrow = useNarrow();
  const [drawer, setDrawer] = useState(false);
  if (error) return <Problem error={error} />;
  if (!me) return <Spin style={{ margin: 48 }} />;
  const visible = visibleEntries(me);
  const selected = visible.find((e) => location.pathname.startsWith(e.path))?.path ?? '/board';
  const home = hasRole(me, 'OFFICE', 'AUDITOR') ? '/board' : '/work-queue';
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      items={visible.map((e) => ({ key: e.path, label: t(e.label) }))}
      onClick={({ key }) => {
        setDrawer(false);
        navigate(key);
      }}
    />
  );
  const languages = (
    <Segmented
      size="small"
      value={language}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
      onChange={(value) => setLanguage(value as 'zh-CN' | 'en')}
    />
  );
  const logoutButton = (
    <Button size="small" onClick={() => void logout()}>
      {t('me.logout')}
    </Button>
  );
  return (
    <MeContext.Provider value={me}>
      <OrganizationsContext.Provider value={organizations}>
        <Layout style={{ minHeight: '100vh' }} className={narrow ? 'duban-narrow' : undefined}>
          {!narrow && (
            <Layout.Sider width={200} theme="light">
              <div style={{ padding: '16px 24px', fontSize: 20, fontWeight: 600 }}>{t('app.name')}</div>
              {menu}
            </Layout.Sider>
          )}
          <Layout style={{ minWidth: 0 }}>
            <Layout.Header style={{ ...header, padding: narrow ? '0 12px' : '0 24px' }}>
              {narrow ? (
                <Space size="small">
                  <Button size="small" onClick={() => setDrawer(true)} data-testid="menu-open" aria-label={t('app.menu')}>
                    {t('app.menu')}
                  </Button>
                  <Typography.Text strong>{t('app.name')}</Typography.Text>
                </Space>
              ) : (
                <Typography.Text strong>{t('app.title')}</Typography.Text>
              )}
              <Space size="small">
                {hasRole(me, 'OFFICE', 'UNIT') && <NotificationBell />}
                {!narrow && languages}
                <Typography.Text data-testid="current-user" ellipsis style={{ maxWidth: narrow ? 120 : undefined, verticalAlign: 'middle' }}>
                  {narrow ? me.username : `${me.username}${me.organization ? ` · ${organizationName(organizations.data, me.organization)}` : ''}`}
                </Typography.Text>
                {!narrow && logoutButton}
              </Space>
            </Layout.Header>
            {/* On a phone the menu, the language and the logout are one tap away in a drawer, not squeezed into the header. */}
            <Drawer
              open={narrow && drawer}
              placement="left"
              width={260}
              onClose={() => setDrawer(false)}
              title={me.organization ? organizationName(organizations.data, me.organization) : me.username}
              styles={{ body: { padding: 0 } }}
            >
              {menu}
              <Space direction="vertical" style={{ padding: 16 }}>
                {languages}
                {logoutButton}
              </Space>
            </Drawer>
            <Layout.Content style={{ margin: narrow ? 0 : 16, padding: narrow ? 12 : 24, background: '#fff' }}>
              <Routes>
                <Route path="/" element={<Navigate to={home} replace />} />
                <Route path="/me" element={<MePage />} />
                <Route path="/board" element={<StatusBoard />} />
                <Route path="/work-queue" element={<WorkQueuePage />} />
                <Route path="/work-queue/:id" element={<WorkQueuePage />} />
                <Route path="/tasks" element={<TasksPage />} />
                <Route path="/tasks/:id" element={<TaskPage />} />
                <Route path="/work-plans" element={<WorkPlansPage />} />
                <Route path="/work-plans/new" element={<WorkPlanEditor />} />
                <Route path="/work-plans/:id/edit" element={<WorkPlanEditor />} />
                <Route path="/organizations" element={<OrganizationsPage />} />
                <Route path="/users" element={<UsersPage />} />
                <Route path="/task-lists" element={<TaskListsPage />} />
                <Route path="/task-lists/new" element={<TaskListWizard />} />
                <Route path="/print/task-lists/:id" element={<TaskListPrintPage />} />
                <Route path="/print/bulletin" element={<BulletinPrintPage />} />
                <Route path="/audit/events" element={<AuditEventsPage />} />
                <Route path="/audit/rebuild" element={<RebuildPage />} />
                <Route path="/audit/verify" element={<VerifyPage />} />
                <Route path="/audit/logins" element={<LoginAuditPage />} />
                <Route path="/notifications" element={<NotificationsPage />} />
                <Route path="*" element={<Result status="404" title="404" subTitle={t('error.notFound')} />} />
              </Routes>
            </Layout.Content>
          </Layout>
        </Layout>
      </OrganizationsContext.Provider>
    </MeContext.Provider>
  );
}
