import { Button, Drawer, Layout, Menu, Result, Segmented, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { logout, type Me, type Organization } from './api';
import { NotificationBell } from './components/NotificationBell';
import { PageBoundary } from './components/PageBoundary';
import { Problem } from './components/Problem';
import { useNarrow } from './components/responsive';
import { useApi } from './components/useApi';
import { useLocale, useT } from './i18n';
import { visibleEntries } from './menu';
import { MePage } from './pages/MePage';
import { NotificationsPage } from './pages/NotificationsPage';
import { BulletinPrintPage, TaskListPrintPage } from './pages/PrintPage';
import { TaskListsPage } from './pages/TaskListsPage';
import { TaskPage } from './pages/TaskPage';
import { TasksPage } from './pages/TasksPage';
import { WorkPlansPage } from './pages/WorkPlansPage';
import { WorkQueuePage } from './pages/WorkQueuePage';
import { paths } from './paths';
import { hasRole, organizationName, Session } from './session';

/** A page whose code is fetched when it is first opened, by the name it exports. */
function later<N extends string>(load: () => Promise<Record<N, ComponentType>>, name: N) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// The pages a unit's clerk works in (queue, tasks, messages) come with the app. The board with its chart library
// (echarts, a third of the app), the editors and wizards of the office and the administrator's and auditors'
// screens are fetched when first opened, so a phone on a slow line does not wait for them.
const StatusBoard = later(() => import('./pages/StatusBoard'), 'StatusBoard');
const WorkPlanEditor = later(() => import('./pages/WorkPlanEditor'), 'WorkPlanEditor');
const TaskListWizard = later(() => import('./pages/TaskListWizard'), 'TaskListWizard');
const OrganizationsPage = later(() => import('./pages/OrganizationsPage'), 'OrganizationsPage');
const UsersPage = later(() => import('./pages/UsersPage'), 'UsersPage');
const AuditEventsPage = later(() => import('./pages/AuditEventsPage'), 'AuditEventsPage');
const RebuildPage = later(() => import('./pages/RebuildPage'), 'RebuildPage');
const VerifyPage = later(() => import('./pages/VerifyPage'), 'VerifyPage');
const LoginAuditPage = later(() => import('./pages/LoginAuditPage'), 'LoginAuditPage');

const header = { background: '#fff', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 } as const;

export function App() {
  const t = useT();
  const { language, setLanguage } = useLocale();
  const { data: me, error } = useApi<Me>(paths.me());
  const organizations = useApi<Organization[]>(paths.organizations());
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
    <Session me={me} organizations={organizations}>
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
                {narrow
                  ? me.username
                  : `${me.username}${me.organization ? ` · ${organizationName(organizations.data, me.organization)}` : ''}`}
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
            <PageBoundary at={location.pathname}>
              <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} data-testid="page-loading" />}>
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
              </Suspense>
            </PageBoundary>
          </Layout.Content>
        </Layout>
      </Layout>
    </Session>
  );
}
