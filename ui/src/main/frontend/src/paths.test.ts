import { describe, expect, it } from 'vitest';
import { boardQuery } from './board';
import { paths } from './paths';

// The addresses as the pages wrote them before they asked paths.ts: the same strings, so the server sees no change.

describe('paths', () => {
  it('names resources and their actions by id', () => {
    expect(paths.me()).toBe('/api/me');
    expect(paths.task('t1')).toBe('/api/tasks/t1');
    expect(paths.taskHistory('t1')).toBe('/api/tasks/t1/history');
    expect(paths.taskEvidenceFile('t1', 'k/1')).toBe('/api/tasks/t1/evidence/k%2F1');
    expect(paths.workQueueComplete('42')).toBe('/api/work-queue/42/complete');
    expect(paths.workPlanAmendments('wp-2018')).toBe('/api/work-plans/wp-2018/amendments');
    expect(paths.userRoles('张 三')).toBe('/api/users/%E5%BC%A0%20%E4%B8%89/roles');
    expect(paths.auditCheckpoint('7')).toBe('/api/audit/checkpoints/7');
  });

  it('asks for a task as it stood at a moment', () => {
    expect(paths.task('t1', '2018-06-30T16:00:00.000Z')).toBe('/api/tasks/t1?asOf=2018-06-30T16%3A00%3A00.000Z');
    expect(paths.task('t1', undefined)).toBe('/api/tasks/t1');
  });

  it('takes a query with or without its question mark, and leaves an empty one out', () => {
    const board = boardQuery('wp-2018', '2018-06-30T16:00:00.000Z');
    expect(paths.statusOrganizations(board)).toBe('/api/status/organizations?workPlan=wp-2018&asOf=2018-06-30T16%3A00%3A00.000Z');
    expect(paths.paperworkRegister(boardQuery('wp-2018'))).toBe('/api/paperwork/register?workPlan=wp-2018');
    expect(paths.notifications('limit=20&offset=0')).toBe('/api/notifications?limit=20&offset=0');
    expect(paths.auditEvents(new URLSearchParams({ limit: '50', after: '0' }))).toBe('/api/audit/events?limit=50&after=0');
    expect(paths.organizations()).toBe('/api/organizations');
    expect(paths.tasks('')).toBe('/api/tasks');
  });

  it('finds the print view its paper beside the PDF', () => {
    expect(paths.paperworkTaskList('l1')).toBe('/api/paperwork/task-lists/l1');
    expect(paths.paperworkTaskListPaper('l1')).toBe('/api/paperwork/task-lists/l1/paper');
    const period = new URLSearchParams({ workPlan: 'wp-2018', from: '2018-06-01', to: '' });
    expect(paths.paperworkBulletin(period)).toBe('/api/paperwork/bulletin?workPlan=wp-2018&from=2018-06-01&to=');
    expect(paths.paperworkBulletinPaper(period)).toBe('/api/paperwork/bulletin/paper?workPlan=wp-2018&from=2018-06-01&to=');
  });

  it('offers the task list template for a plan', () => {
    expect(paths.taskListImportTemplate('wp 2018')).toBe('/api/task-lists/import-template?workPlan=wp%202018');
  });
});
