import { describe, expect, it } from 'vitest';
import type { Role } from './api';
import { visibleEntries } from './menu';

const paths = (...roles: Role[]) => visibleEntries({ username: 'x', roles, organization: null }).map((e) => e.path);

describe('the menu', () => {
  it('offers organizations to the administrator and the office, and accounts to the administrator alone', () => {
    expect(paths('ADMIN')).toEqual(expect.arrayContaining(['/organizations', '/users']));
    expect(paths('OFFICE')).toContain('/organizations');
    expect(paths('OFFICE')).not.toContain('/users');
  });

  it('offers a unit and an auditor neither', () => {
    for (const role of ['UNIT', 'AUDITOR'] as Role[]) {
      expect(paths(role)).not.toContain('/organizations');
      expect(paths(role)).not.toContain('/users');
    }
  });

  it('offers a person with two roles what either may use, once', () => {
    const both = paths('OFFICE', 'ADMIN');
    expect(both).toEqual(expect.arrayContaining(['/organizations', '/users', '/work-plans', '/audit/rebuild']));
    expect(new Set(both).size).toBe(both.length);
  });

  it('offers everyone the board, the tasks and their own page', () => {
    expect(paths('UNIT')).toEqual(['/board', '/work-queue', '/notifications', '/tasks', '/me']);
  });
});
