// The addresses of Duban's API (shared/API.md and extensions.md), in one place: every page and component asks here,
// none writes an /api address of its own (architecture.test.ts). Each is named after its endpoint; ids and other
// path segments are encoded. A query, where an endpoint takes one, is its text with or without the leading `?`
// (as URL.search takes it): boardQuery's `?workPlan=…` and URLSearchParams alike; empty, it is left out.

/** One path segment, whatever characters an id or a name holds. */
const segment = (value: string) => encodeURIComponent(value);

function withQuery(path: string, query?: string | URLSearchParams): string {
  const text = (query ?? '').toString().replace(/^\?/, '');
  return text ? `${path}?${text}` : path;
}

type Query = string | URLSearchParams;

const task = (id: string) => `/api/tasks/${segment(id)}`;
const workPlan = (id: string) => `/api/work-plans/${segment(id)}`;
const taskList = (id: string) => `/api/task-lists/${segment(id)}`;
const user = (username: string) => `/api/users/${segment(username)}`;
const paperworkTaskList = (id: string) => `/api/paperwork/task-lists/${segment(id)}`;

export const paths = {
  me: () => '/api/me',
  meContact: () => '/api/me/contact',

  organizations: (query?: Query) => withQuery('/api/organizations', query),

  users: (query?: Query) => withQuery('/api/users', query),
  userRoles: (username: string) => `${user(username)}/roles`,
  userPassword: (username: string) => `${user(username)}/password`,
  userDisable: (username: string) => `${user(username)}/disable`,
  userEnable: (username: string) => `${user(username)}/enable`,

  workPlans: (query?: Query) => withQuery('/api/work-plans', query),
  workPlan,
  workPlanPublish: (id: string) => `${workPlan(id)}/publish`,
  workPlanAmendments: (id: string) => `${workPlan(id)}/amendments`,
  workPlanWorkbook: (id: string) => `${workPlan(id)}/workbook`,
  workPlanImportTemplate: () => '/api/work-plans/import-template',
  workPlanImport: () => '/api/work-plans/import',

  taskLists: (query?: Query) => withQuery('/api/task-lists', query),
  taskList,
  taskListIssue: (id: string) => `${taskList(id)}/issue`,
  taskListImportTemplate: (workPlanId: string) => `/api/task-lists/import-template?workPlan=${encodeURIComponent(workPlanId)}`,
  taskListImport: () => '/api/task-lists/import',

  tasks: (query?: Query) => withQuery('/api/tasks', query),
  /** The task now, or as it stood at `asOf` (an ISO instant). */
  task: (id: string, asOf?: string) => (asOf ? `${task(id)}?asOf=${encodeURIComponent(asOf)}` : task(id)),
  taskHistory: (id: string) => `${task(id)}/history`,
  taskEvidence: (id: string) => `${task(id)}/evidence`,
  taskEvidenceFile: (id: string, storageKey: string) => `${task(id)}/evidence/${segment(storageKey)}`,
  taskUrges: (id: string) => `${task(id)}/urges`,
  taskExtensionRequests: (id: string) => `${task(id)}/extension-requests`,
  taskWithdraw: (id: string) => `${task(id)}/withdraw`,

  workQueue: () => '/api/work-queue',
  workQueueForm: (id: string) => `/api/work-queue/${segment(id)}/form`,
  workQueueComplete: (id: string) => `/api/work-queue/${segment(id)}/complete`,

  statusOrganizations: (query: Query) => withQuery('/api/status/organizations', query),
  statusPlanItems: (query: Query) => withQuery('/api/status/plan-items', query),
  statusStream: () => '/api/status/stream',
  assessmentRanking: (query: Query) => withQuery('/api/assessment/ranking', query),

  paperworkStatus: (query: Query) => withQuery('/api/paperwork/status', query),
  paperworkRanking: (query: Query) => withQuery('/api/paperwork/ranking', query),
  paperworkRegister: (query: Query) => withQuery('/api/paperwork/register', query),
  /** The 督查交办单 as PDF. */
  paperworkTaskList,
  /** The same 交办单 as blocks, for the print view. */
  paperworkTaskListPaper: (id: string) => `${paperworkTaskList(id)}/paper`,
  /** The 督查通报 as PDF. */
  paperworkBulletin: (query: Query) => withQuery('/api/paperwork/bulletin', query),
  paperworkBulletinPaper: (query: Query) => withQuery('/api/paperwork/bulletin/paper', query),

  notifications: (query: Query) => withQuery('/api/notifications', query),
  notificationsUnreadCount: () => '/api/notifications/unread-count',
  notificationRead: (id: string) => `/api/notifications/${segment(id)}/read`,
  notificationsReadAll: () => '/api/notifications/read-all',

  auditEvents: (query: Query) => withQuery('/api/audit/events', query),
  auditRebuild: () => '/api/audit/rebuild',
  auditVerify: () => '/api/audit/verify',
  auditCheckpoints: () => '/api/audit/checkpoints',
  auditCheckpoint: (id: string) => `/api/audit/checkpoints/${segment(id)}`,
  auditPublicKey: () => '/api/audit/public-key',
  auditLogins: (query: Query) => withQuery('/api/audit/logins', query),
};
