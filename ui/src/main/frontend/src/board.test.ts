import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { boardQuery, isFutureDay, momentOf, pastMoment, tasksLink } from './board';

const then = '2026-03-19T02:30:00.000Z';

describe('boardQuery', () => {
  it('asks for the plan now, and as of a moment when one is chosen', () => {
    expect(boardQuery('wp-2018')).toBe('?workPlan=wp-2018');
    expect(boardQuery('wp-2018', null)).toBe('?workPlan=wp-2018');
    expect(boardQuery('wp-2018', then)).toBe('?workPlan=wp-2018&asOf=2026-03-19T02%3A30%3A00.000Z');
  });

  it('encodes a plan id of any characters', () => {
    expect(boardQuery('计划 1&x')).toBe('?workPlan=%E8%AE%A1%E5%88%92+1%26x');
  });
});

describe('tasksLink', () => {
  it('narrows the tasks page to an organization of the plan', () => {
    expect(tasksLink({ workPlan: 'wp-2018', organization: 'jieshou' })).toBe('/tasks?workPlan=wp-2018&organization=jieshou');
  });

  it('narrows it to the overdue ones when the overdue count is followed', () => {
    expect(tasksLink({ workPlan: 'wp-2018', organization: 'jieshou', overdue: true })).toBe(
      '/tasks?workPlan=wp-2018&organization=jieshou&overdue=true',
    );
    expect(tasksLink({ workPlan: 'wp-2018', organization: 'jieshou', overdue: false })).toBe(
      '/tasks?workPlan=wp-2018&organization=jieshou',
    );
  });

  it('narrows it to a plan item for a line of the roll-up', () => {
    expect(tasksLink({ workPlan: 'wp-2018', item: 'S4' })).toBe('/tasks?workPlan=wp-2018&item=S4');
  });

  it('carries the moment the board shows, so the tasks are shown as they stood then', () => {
    expect(tasksLink({ workPlan: 'wp-2018', organization: 'jieshou', asOf: then })).toBe(
      '/tasks?workPlan=wp-2018&organization=jieshou&asOf=2026-03-19T02%3A30%3A00.000Z',
    );
    expect(new URLSearchParams(tasksLink({ workPlan: 'wp-2018', item: 'S4', asOf: then }).split('?')[1]).get('asOf')).toBe(then);
  });
});

describe('momentOf', () => {
  it('reads the moment an address names', () => {
    expect(momentOf(then)?.toISOString()).toBe(then);
  });

  it('shows the board live for no moment or one that is not a moment', () => {
    expect(momentOf(null)).toBeNull();
    expect(momentOf('')).toBeNull();
    expect(momentOf('yesterday')).toBeNull();
  });
});

describe('pastMoment', () => {
  const now = dayjs('2026-03-19T10:00:00.250Z');

  it('keeps a moment picked in the past, to the second', () => {
    expect(pastMoment(dayjs('2026-03-18T08:15:42.900Z'), now).toISOString()).toBe('2026-03-18T08:15:42.000Z');
  });

  it('takes a time picked later today as now: the server refuses the future', () => {
    expect(pastMoment(dayjs('2026-03-19T11:00:00Z'), now).toISOString()).toBe('2026-03-19T10:00:00.000Z');
    expect(pastMoment(dayjs('2026-03-19T11:00:00Z'), now).isAfter(now)).toBe(false);
  });
});

describe('isFutureDay', () => {
  it('offers today and the days before, not tomorrow', () => {
    const now = dayjs('2026-03-19T10:00:00');
    expect(isFutureDay(dayjs('2026-03-19T23:00:00'), now)).toBe(false);
    expect(isFutureDay(dayjs('2025-12-31T12:00:00'), now)).toBe(false);
    expect(isFutureDay(dayjs('2026-03-20T00:00:00'), now)).toBe(true);
  });
});
