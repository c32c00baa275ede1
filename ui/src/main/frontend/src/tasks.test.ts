import { describe, expect, it } from 'vitest';
import { changeFilter, pageInRange, readTaskFilters, taskNumber, taskQuery, writeTaskFilters } from './tasks';

const read = (search: string) => readTaskFilters(new URLSearchParams(search));

describe('taskNumber', () => {
  it('names a task by its number in its list', () => {
    expect(taskNumber({ id: '0f3c9a2e-1111-2222-3333-444455556666', number: '市委督办〔2018〕3号-1' })).toBe('市委督办〔2018〕3号-1');
  });

  it('falls back to the start of the id while the number is not known', () => {
    expect(taskNumber({ id: '0f3c9a2e-1111-2222-3333-444455556666', number: null })).toBe('0f3c9a2e');
    expect(taskNumber({ id: '0f3c9a2e-1111-2222-3333-444455556666' })).toBe('0f3c9a2e');
    expect(taskNumber({ id: '0f3c9a2e-1111-2222-3333-444455556666', number: '' })).toBe('0f3c9a2e');
  });
});

describe("the tasks page's filters in its address", () => {
  it('reads what the status board links to, on the first page of 20', () => {
    expect(read('workPlan=wp-2018&organization=jieshou')).toEqual({
      workPlan: 'wp-2018',
      organization: 'jieshou',
      item: undefined,
      status: undefined,
      light: undefined,
      overdue: undefined,
      asOf: undefined,
      page: 1,
      size: 20,
    });
  });

  it('reads every filter, the page and the size', () => {
    expect(
      read(
        'workPlan=wp-2018&organization=jieshou&item=S4&status=REPORTING&light=RED&overdue=true&asOf=2018-06-30T16:00:00Z&page=3&size=50',
      ),
    ).toEqual({
      workPlan: 'wp-2018',
      organization: 'jieshou',
      item: 'S4',
      status: 'REPORTING',
      light: 'RED',
      overdue: 'true',
      asOf: '2018-06-30T16:00:00Z',
      page: 3,
      size: 50,
    });
  });

  it('leaves out values the server does not know and pages the page does not offer', () => {
    expect(read('status=DONE&light=PURPLE&overdue=yes&page=0&size=7')).toMatchObject({
      status: undefined,
      light: undefined,
      overdue: undefined,
      page: 1,
      size: 20,
    });
    expect(read('page=2.5&size=500')).toMatchObject({ page: 1, size: 20 });
    expect(read('organization=%20%20&item=')).toMatchObject({ organization: undefined, item: undefined });
  });

  it('writes only what is set, so the first page of 20 is the bare address', () => {
    expect(writeTaskFilters(read('')).toString()).toBe('');
    const search =
      'workPlan=wp-2018&organization=jieshou&item=S4&status=CLOSED&light=GREEN&overdue=false&asOf=2018-06-30T16%3A00%3A00Z&page=2&size=100';
    expect(writeTaskFilters(read(search)).toString()).toBe(search);
  });

  it('goes back to the first page when a filter changes, and drops the item of a plan no longer chosen', () => {
    const on = read('workPlan=wp-2018&item=S4&page=4');
    expect(changeFilter(on, 'status', 'ISSUED')).toMatchObject({ status: 'ISSUED', item: 'S4', page: 1 });
    expect(changeFilter(on, 'workPlan', 'wp-2019')).toMatchObject({ workPlan: 'wp-2019', item: undefined, page: 1 });
    expect(changeFilter(on, 'workPlan', undefined)).toMatchObject({ workPlan: undefined, item: undefined });
    expect(changeFilter(on, 'asOf', undefined).asOf).toBeUndefined();
  });
});

describe('taskQuery', () => {
  it('asks the server for the page, counting from 0, with every filter set', () => {
    expect(taskQuery(read('workPlan=wp-2018&organization=jieshou&light=RED&overdue=true&page=2&size=50'), false)).toBe(
      '/api/tasks?workPlan=wp-2018&organization=jieshou&light=RED&overdue=true&page=1&size=50',
    );
    expect(taskQuery(read('asOf=2018-06-30T16:00:00Z'), false)).toBe('/api/tasks?asOf=2018-06-30T16%3A00%3A00Z&page=0&size=20');
  });

  it('sends no organization for a unit, which sees only its own', () => {
    expect(taskQuery(read('organization=linze&status=ISSUED'), true)).toBe('/api/tasks?status=ISSUED&page=0&size=20');
  });
});

describe('pageInRange', () => {
  it('moves a page past the end of the list to its last page', () => {
    expect(pageInRange(read('page=4'), 41)).toBe(3);
    expect(pageInRange(read('page=2&size=50'), 2)).toBe(1);
    expect(pageInRange(read('page=2'), 0)).toBe(1);
  });

  it('leaves a page that is there', () => {
    expect(pageInRange(read('page=3'), 41)).toBeUndefined();
    expect(pageInRange(read(''), 0)).toBeUndefined();
  });
});
