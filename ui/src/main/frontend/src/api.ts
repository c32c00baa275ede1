// Every call to Duban's API goes through here: the session cookie, the CSRF header on changes, and problem details
// (RFC 9457) turned into an error whose text is the server's own (Chinese) wording.

import { totalCount, type Page } from './paging';

export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldProblem[],
  ) {
    super(detail ?? title);
  }
}

export function csrfToken(): string | undefined {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : undefined;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  return answer<T>(await request(path, init));
}

/** One page of a paged list (extensions.md "Paging and filters"): its rows and the whole list's length. */
export async function apiPage<T>(path: string): Promise<Page<T>> {
  const response = await request(path, {});
  const rows = await answer<T[]>(response);
  return { rows, total: totalCount(response.headers.get('X-Total-Count'), rows.length) };
}

async function request(path: string, init: { method?: string; body?: unknown }): Promise<Response> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** Uploads one file as the multipart part `file`, with the CSRF header; the answer or its problem as for `api`. */
export async function upload<T>(path: string, file: Blob, name?: string): Promise<T> {
  const body = new FormData();
  body.append('file', file, name ?? (file instanceof File ? file.name : 'file'));
  const token = csrfToken();
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (token) headers['X-XSRF-TOKEN'] = token;
  const response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body });
  return answer<T>(response);
}

async function answer<T>(response: Response): Promise<T> {
  if (response.status === 401) {
    window.location.assign('/login');
    throw new ApiError(401, '请先登录', undefined, []);
  }
  const text = await response.text();
  const json = text ? safeParse(text) : undefined;
  if (!response.ok) {
    const problem = (json ?? {}) as { title?: string; detail?: string; errors?: FieldProblem[] };
    throw new ApiError(response.status, problem.title ?? response.statusText, problem.detail, problem.errors ?? []);
  }
  return json as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function logout(): Promise<void> {
  const token = csrfToken();
  await fetch('/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: token ? { 'X-XSRF-TOKEN': token } : {},
    redirect: 'manual',
  });
  window.location.assign('/login?logout');
}

export type Role = 'ADMIN' | 'OFFICE' | 'UNIT' | 'AUDITOR';
export type Light = 'GREEN' | 'BLUE' | 'YELLOW' | 'RED';

export interface Me {
  username: string;
  roles: Role[];
  organization: string | null;
}

export interface Organization {
  code: string;
  name: string;
  type: string;
  parent: string | null;
}

/** A login account as GET /api/users lists it (never with its password). */
export interface Account {
  username: string;
  organization: string | null;
  roles: Role[];
  enabled: boolean;
}

export type IndicatorKind = 'COUNT' | 'PERCENT' | 'MILESTONE';
export type Bound = 'AT_LEAST' | 'AT_MOST';
export type Rollup = 'SUM' | 'MIN' | 'ALL';

export interface Indicator {
  code: string;
  name: string;
  unit: string | null;
  kind: IndicatorKind;
  comparator: Bound;
  target: number | null;
  rollup: Rollup;
  checklist?: string[];
}

export interface PlanItem {
  code: string;
  category: string | null;
  title: string;
  indicators: Indicator[];
}

export interface WorkPlan {
  id: string;
  year: number;
  title: string;
  issuer?: string | null;
  framework?: string | null;
  status: 'DRAFT' | 'PUBLISHED';
  items: PlanItem[];
}

export interface WorkItem {
  id: string;
  taskId: string;
  name: string;
  formKey: string | null;
  created: string;
  due: string | null;
  activity?: string;
  // What the item's task is (extensions.md); null for a moment after the task was issued.
  itemCode?: string | null;
  itemTitle?: string | null;
  taskListId?: string | null;
  taskListNumber?: string | null;
  /** The task's own number (督交〔2018〕3号-1). */
  taskNumber?: string | null;
  organization?: string | null;
  organizationName?: string | null;
  /** The task's deadline, a date; {@code due} is the item's own. */
  taskDueDate?: string | null;
  urges?: number;
  lastUrge?: string | null;
  lastUrgedAt?: string | null;
}

export interface TaskSummary {
  id: string;
  /** The task's number in its list (市委督办〔2018〕3号-1); null, or missing from an older server, when not known. */
  number?: string | null;
  taskListId: string;
  /** The plan of the task's list, when the server says so: it names the item exactly. */
  workPlanId?: string;
  itemCode: string;
  organization: string;
  status: string;
  dueDate: string | null;
  /** The light and overdue of the day asked about (extensions.md "Paging and filters"). */
  light: Light;
  overdue: boolean;
}

export interface Gap {
  indicator: string;
  target: number;
  reported: number;
  shortfall: number;
}

/** An evidence file attached to a task (佐证材料): reports and rectifications name it by its storage key. */
export interface EvidenceFile {
  storageKey: string;
  name: string;
  type: string;
  size: number;
  digestAlgorithm: string;
  digest: string;
}

export interface TaskDetails extends TaskSummary {
  /** The number of the task's list; null when not known. */
  taskListNumber?: string | null;
  evidence?: EvidenceFile[];
  targets: Record<string, number>;
  reported: Record<string, number>;
  completion?: number | null;
  gaps: Gap[];
  score: number | null;
  weight: number | null;
}

export interface HistoryEntry {
  sequence: number;
  type: string;
  timestamp: string;
  actor: string | null;
  organization: string | null;
  payload: unknown;
}

export interface OrganizationStatus {
  organization: string;
  name: string;
  tasks: number;
  closed: number;
  overdue: number;
  openGaps: number;
  /** 0..1, the mean of the organization's tasks' completions. */
  completion: number;
  score: number | null;
  light: Light | null;
}

/** One indicator of the city-wide roll-up; the server lists only indicators some task carries. */
export interface PlanItemStatus {
  itemCode: string;
  indicator: string;
  target: number | null;
  reported: number;
  /** 0..1, the city's share of the target. */
  completion: number;
}

export interface RankingEntry {
  rank: number;
  organization: string;
  name: string;
  score: number | null;
}

export type NoticeKind =
  'REMINDED' | 'URGED' | 'ESCALATED' | 'EXTENSION_GRANTED' | 'EXTENSION_DENIED' | 'GAPS_FOUND' | 'LIGHT_YELLOW' | 'LIGHT_RED';

/** A message of the message centre (消息中心), as its reader sees it. */
export interface Notification {
  id: string;
  kind: NoticeKind;
  taskId: string;
  organization: string;
  audience: 'UNIT' | 'OFFICE';
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  unread: number;
  items: Notification[];
}
