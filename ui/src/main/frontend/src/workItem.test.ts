import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry, WorkItem } from './api';
import { translator } from './i18n';
import { deadline, latestExtensionRequest, latestNarrative, shortfall, taskCaption } from './workItem';

const t = translator('zh-CN');
const item: WorkItem = {
  id: 'w1',
  taskId: '72547fe1-aaaa-bbbb',
  name: '签收任务',
  formKey: null,
  created: '2018-03-01T00:00:00Z',
  due: null,
};
const event = (type: string, payload: unknown, sequence = 0): HistoryEntry => ({
  sequence,
  type,
  timestamp: '2018-03-01T00:00:00Z',
  actor: null,
  organization: null,
  payload,
});

describe('taskCaption', () => {
  it('names the task by its plan item', () => {
    expect(taskCaption({ ...item, itemCode: 'S4', itemTitle: '建立“爱心驿站”' })).toBe('S4 建立“爱心驿站”');
  });
  it('falls back to the code, then to the short id while the read side catches up', () => {
    expect(taskCaption({ ...item, itemCode: 'S4', itemTitle: null })).toBe('S4');
    expect(taskCaption(item)).toBe('72547fe1');
  });
});

describe('deadline', () => {
  const today = dayjs('2018-06-10');
  it('counts the days left', () => expect(deadline('2018-06-15', today, t)).toBe('2018-06-15（还剩 5 天）'));
  it('says when it is today', () => expect(deadline('2018-06-10', today, t)).toBe('2018-06-10（今日到期）'));
  it('counts the days overdue', () => expect(deadline('2018-06-08', today, t)).toBe('2018-06-08（已逾期 2 天）'));
  it('shows a dash for none', () => expect(deadline(null, today, t)).toBe('—'));
});

describe('what a decision decides on', () => {
  it('is the latest extension request', () => {
    const history = [
      event('ExtensionRequested', { dueDate: '2018-12-31', reason: '选址未定' }, 1),
      event('ExtensionDenied', { requestedDueDate: '2018-12-31' }, 2),
      event('ExtensionRequested', { dueDate: '2018-11-30', reason: '汛期施工受阻' }, 3),
    ];
    expect(latestExtensionRequest(history)).toEqual({ dueDate: '2018-11-30', reason: '汛期施工受阻' });
    expect(latestExtensionRequest([event('TaskIssued', {})])).toBeUndefined();
  });
  it('is the narrative of the latest report or rectification', () => {
    const history = [event('ProgressReported', { narrative: '建成12家' }, 1), event('GapsRectified', { narrative: '补齐' }, 2)];
    expect(latestNarrative(history)).toBe('补齐');
    expect(latestNarrative([event('TaskIssued', {})])).toBeUndefined();
  });
});

describe('shortfall', () => {
  it('is what an at-least target still misses', () => {
    expect(shortfall(30, 12)).toBe(18);
    expect(shortfall(30, undefined)).toBe(30);
    expect(shortfall(30, 31)).toBe(0);
  });
  it('is unknown for another comparator or no target', () => {
    expect(shortfall(30, 12, 'AT_MOST')).toBeNull();
    expect(shortfall(undefined, 12)).toBeNull();
  });
});
