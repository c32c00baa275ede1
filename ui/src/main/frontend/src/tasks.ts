import type { Light } from './api';
import { pageQuery } from './paging';
import { paths } from './paths';

// Naming a task, and the filters of the tasks page (任务) as they stand in its address: the status board links to
// `/tasks?workPlan=..&organization=..`, and back and forward move through the filters a user chose.

/** A task by its number in its list (市委督办〔2018〕3号-1), or by the start of its id while no number is known. */
export function taskNumber(task: { id: string; number?: string | null }): string {
  return task.number || task.id.substring(0, 8);
}

export const TASK_STATUSES = ['ISSUED', 'ACKNOWLEDGED', 'REPORTING', 'RECTIFYING', 'ASSESSING', 'CLOSED', 'WITHDRAWN'] as const;
export const LIGHTS: readonly Light[] = ['RED', 'YELLOW', 'BLUE', 'GREEN'];
export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface TaskFilters {
  workPlan?: string;
  organization?: string;
  item?: string;
  status?: string;
  light?: Light;
  overdue?: 'true' | 'false';
  /** An instant (ISO-8601): the tasks as they stood then. */
  asOf?: string;
  /** From 1, as the pagination shows it. */
  page: number;
  size: number;
}

const FILTERS = ['workPlan', 'organization', 'item', 'status', 'light', 'overdue', 'asOf'] as const;
type FilterName = (typeof FILTERS)[number];

/**
 * The filters an address asks for. A status, light or overdue the server does not know is left out, as is a page
 * or size that is not one the page offers: the selects then show what is asked, nothing else.
 */
export function readTaskFilters(params: URLSearchParams): TaskFilters {
  const text = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value : undefined;
  };
  const status = text('status');
  const light = text('light');
  const overdue = text('overdue');
  const page = Number(text('page'));
  const size = Number(text('size'));
  return {
    workPlan: text('workPlan'),
    organization: text('organization'),
    item: text('item'),
    status: status && (TASK_STATUSES as readonly string[]).includes(status) ? status : undefined,
    light: light && (LIGHTS as readonly string[]).includes(light) ? (light as Light) : undefined,
    overdue: overdue === 'true' || overdue === 'false' ? overdue : undefined,
    asOf: text('asOf'),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The address's search part for these filters: the filters set, the page past the first, a size not the default. */
export function writeTaskFilters(filters: TaskFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.size !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.size));
  return params;
}

/**
 * The filters with one changed. A change of filter goes back to the first page, for the page the user was on may
 * not be there any more; a new plan drops the item, whose code was the old plan's.
 */
export function changeFilter(filters: TaskFilters, name: FilterName, value: string | undefined): TaskFilters {
  const next = { ...filters, [name]: value || undefined, page: 1 } as TaskFilters;
  if (name === 'workPlan' && value !== filters.workPlan) next.item = undefined;
  return next;
}

/**
 * The page to show instead when the one asked for is past the end of the list (an address kept from when there were
 * more tasks): the last one; undefined when the page asked for is there.
 */
export function pageInRange(filters: TaskFilters, total: number): number | undefined {
  const last = Math.max(1, Math.ceil(total / filters.size));
  return filters.page > last ? last : undefined;
}

/**
 * The page of the tasks' list (`paths.tasks`) for these filters. A unit sees only its own tasks, so its organization
 * filter is not sent: the server answers a unit with its own anyway, and with 403 when it names another.
 */
export function taskQuery(filters: TaskFilters, ownOnly: boolean): string {
  const { page, size, ...rest } = filters;
  return pageQuery(paths.tasks(), { ...rest, organization: ownOnly ? undefined : rest.organization }, page, size);
}
