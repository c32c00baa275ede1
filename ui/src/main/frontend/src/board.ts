import dayjs, { type Dayjs } from 'dayjs';

// The status board's addresses: the query its reads (and its workbooks) share, now or as of a past moment, and the
// tasks page narrowed to what a row of the board stands for.

/** `?workPlan=…`, and `&asOf=…` (an ISO instant) when the board shows a past moment. */
export function boardQuery(workPlan: string, asOf?: string | null): string {
  return `?${params({ workPlan, asOf })}`;
}

export interface TasksFilter {
  workPlan: string;
  organization?: string;
  item?: string;
  /** Only the overdue ones. */
  overdue?: boolean;
  /** The tasks as they stood at this instant, as the board that links to them does. */
  asOf?: string | null;
}

/** The tasks page showing the tasks behind a board row (an organization), a roll-up line (an item) or a count. */
export function tasksLink({ workPlan, organization, item, overdue, asOf }: TasksFilter): string {
  return `/tasks?${params({ workPlan, organization, item, overdue: overdue ? 'true' : undefined, asOf })}`;
}

/**
 * The moment a board's address names (`?asOf=`), or null for now: an address that names no moment, or one that is
 * not a moment, shows the board live.
 */
export function momentOf(asOf: string | null): Dayjs | null {
  if (!asOf) return null;
  const moment = dayjs(asOf);
  return moment.isValid() ? moment : null;
}

/**
 * The moment picked, as the server may be asked for it: never later than now (the server refuses the future, and a
 * time picked later today means "as things stand"), to the second the picker shows.
 */
export function pastMoment(picked: Dayjs, now: Dayjs = dayjs()): Dayjs {
  return (picked.isAfter(now) ? now : picked).millisecond(0);
}

/** The picker offers no day after today. */
export function isFutureDay(day: Dayjs, now: Dayjs = dayjs()): boolean {
  return day.isAfter(now, 'day');
}

function params(values: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) query.set(name, value);
  return query.toString();
}
