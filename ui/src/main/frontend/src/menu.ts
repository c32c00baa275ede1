import type { Me, Role } from './api';
import { key, type Key } from './i18n';

// The menu offers each role only the pages it may use; the server refuses the rest anyway (403), so a hidden entry
// spares people a page that could only fail.

export interface Entry {
  path: string;
  label: Key;
  /** Who sees the entry; everyone logged in when left out. */
  roles?: Role[];
}

export const entries: Entry[] = [
  { path: '/board', label: key('menu.board') },
  { path: '/work-queue', label: key('menu.workQueue') },
  { path: '/notifications', label: key('menu.notifications'), roles: ['OFFICE', 'UNIT'] },
  { path: '/tasks', label: key('menu.tasks') },
  { path: '/work-plans', label: key('menu.workPlans'), roles: ['OFFICE', 'AUDITOR'] },
  { path: '/task-lists', label: key('menu.taskLists'), roles: ['OFFICE', 'AUDITOR'] },
  { path: '/organizations', label: key('menu.organizations'), roles: ['ADMIN', 'OFFICE'] },
  { path: '/users', label: key('menu.users'), roles: ['ADMIN'] },
  { path: '/audit/events', label: key('menu.auditEvents'), roles: ['AUDITOR'] },
  { path: '/audit/rebuild', label: key('menu.rebuild'), roles: ['AUDITOR', 'ADMIN'] },
  { path: '/audit/verify', label: key('menu.verify'), roles: ['AUDITOR', 'ADMIN'] },
  { path: '/audit/logins', label: key('menu.logins'), roles: ['AUDITOR'] },
  { path: '/me', label: key('menu.me') },
];

export function hasRole(me: Me, ...roles: Role[]): boolean {
  return me.roles.some((r) => roles.includes(r));
}

/** The entries this caller sees, in the menu's order. */
export function visibleEntries(me: Me): Entry[] {
  return entries.filter((e) => !e.roles || hasRole(me, ...e.roles));
}
