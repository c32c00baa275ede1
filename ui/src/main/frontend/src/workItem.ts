import dayjs from 'dayjs';
import type { HistoryEntry, WorkItem } from './api';
import type { Translate } from './i18n';
import { taskNumber } from './tasks';

// What a work item is, in the words a clerk scans a queue by, and what a decision item decides on.

/** The item's task by its plan item (S4 建立“爱心驿站”); by its number (`taskNumber`) while the read side has not named it. */
export function taskCaption(item: WorkItem): string {
  if (!item.itemCode) return taskNumber({ id: item.taskId });
  return item.itemTitle ? `${item.itemCode} ${item.itemTitle}` : item.itemCode;
}

/** A deadline with the days it leaves on {@code today}: 2018-12-31（还剩 5 天）, （今日到期）, （已逾期 2 天）. */
export function deadline(date: string | null | undefined, today: dayjs.Dayjs, t: Translate): string {
  if (!date) return '—';
  const day = dayjs(date);
  const days = day.startOf('day').diff(today.startOf('day'), 'day');
  const left = days > 0 ? t('deadline.left', { days }) : days === 0 ? t('deadline.today') : t('deadline.overdue', { days: -days });
  return `${day.format('YYYY-MM-DD')}（${left}）`;
}

/** The unit's latest extension request in a task's history: what the office's 审批延期 decides on. */
export function latestExtensionRequest(history: HistoryEntry[] | undefined): { dueDate: string; reason: string } | undefined {
  const requested = (history ?? []).filter((e) => e.type === 'ExtensionRequested').pop();
  if (!requested) return undefined;
  const p = requested.payload as { dueDate?: string; reason?: string };
  return { dueDate: p.dueDate ?? '', reason: p.reason ?? '' };
}

/** The narrative of the latest progress report or rectification: what a gap review or verification reads. */
export function latestNarrative(history: HistoryEntry[] | undefined): string | undefined {
  const reported = (history ?? []).filter((e) => e.type === 'ProgressReported' || e.type === 'GapsRectified').pop();
  return (reported?.payload as { narrative?: string } | undefined)?.narrative || undefined;
}

/**
 * How far a reported figure falls short of its target under the indicator's comparator, as the gap review will
 * judge it: the server decides; this shows the office the figures beforehand. Null when none is known.
 */
export function shortfall(target: number | undefined, reported: number | undefined, comparator = 'AT_LEAST'): number | null {
  if (target === undefined || comparator !== 'AT_LEAST') return null;
  const missing = target - (reported ?? 0);
  return missing > 0 ? missing : 0;
}
