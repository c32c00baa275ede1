import { key, type Key, type Translate } from './i18n';

// The auditor's verifiable history: what the server answers when it checks the store's hash chains and signed
// checkpoints, and the login records, with the words the pages use for them. Pure, so audit.test.ts can check it.

export type FaultKind = 'CHANGED' | 'MISSING' | 'UNCHAINED' | 'REORDERED' | 'CHAIN_BROKEN' | 'CHECKPOINT_MISMATCH' | 'BAD_SIGNATURE';

/** One thing found wrong, in store order: the first one is the first event at fault. */
export interface Fault {
  kind: FaultKind;
  position: number | null;
  aggregate: string | null;
  sequence: number | null;
  message: string;
}

/** The answer of POST /api/audit/verify, for the whole store or one task's stream. At most 100 faults are listed. */
export interface Verification {
  scope: 'store' | 'task';
  taskId: string | null;
  intact: boolean;
  eventsChecked: number;
  streamsChecked: number;
  checkpointsChecked: number;
  millis: number;
  eventsPerSecond: number;
  lastCheckpoint: { id: number; position: number; signedAt: string } | null;
  eventsAfterLastCheckpoint: number;
  faults: Fault[];
}

/** A signed checkpoint of the store: the chain's hash up to a global position, newest first in the list. */
export interface Checkpoint {
  id: number;
  position: number;
  events: number;
  chainHash: string;
  hashAlgorithm: 'SHA-256' | 'SM3';
  signatureAlgorithm: 'Ed25519' | 'SM2';
  keyId: string;
  signedAt: string;
}

export type LoginKind = 'LOGIN' | 'LOGIN_FAILED' | 'LOGOUT' | 'LOCKED';
export type LoginMethod = 'FORM' | 'BASIC' | 'OIDC' | 'BEARER';

export interface LoginRecord {
  position: number;
  timestamp: string;
  kind: LoginKind;
  username: string;
  address: string;
  method: LoginMethod;
  reason: string | null;
  lockedUntil: string | null;
}

/** A page of login records, newest first: {@code next} is the {@code before} of the next page, null at the end. */
export interface LoginPage {
  records: LoginRecord[];
  next: number | null;
}

/** The body of a verification: the whole store, or one task's stream when a task id is given. */
export function verifyBody(taskId?: string): { taskId?: string } {
  const id = taskId?.trim();
  return id ? { taskId: id } : {};
}

export const faultKinds: Record<FaultKind, Key> = {
  CHANGED: key('verify.fault.CHANGED'),
  MISSING: key('verify.fault.MISSING'),
  UNCHAINED: key('verify.fault.UNCHAINED'),
  REORDERED: key('verify.fault.REORDERED'),
  CHAIN_BROKEN: key('verify.fault.CHAIN_BROKEN'),
  CHECKPOINT_MISMATCH: key('verify.fault.CHECKPOINT_MISMATCH'),
  BAD_SIGNATURE: key('verify.fault.BAD_SIGNATURE'),
};

/** A fault's kind in the reader's language; an unknown kind as the server named it. */
export function faultKind(kind: string, t: Translate): string {
  const name = faultKinds[kind as FaultKind];
  return name ? t(name) : kind;
}

/** Where a fault is: 全局序号 12，聚合 Task 3f2a…，流内序号 4; only what the server named. */
export function faultPlace(fault: Fault, t: Translate): string {
  const parts: string[] = [];
  if (fault.position !== null) parts.push(t('verify.at.position', { position: fault.position }));
  if (fault.aggregate) parts.push(t('verify.at.aggregate', { aggregate: fault.aggregate }));
  if (fault.sequence !== null) parts.push(t('verify.at.sequence', { sequence: fault.sequence }));
  return parts.join(t('verify.at.separator'));
}

/** The first fault in words: 第一处问题：内容被改（全局序号 12，…）。 and the server's message. */
export function firstFault(verification: Verification, t: Translate): string | undefined {
  const fault = verification.faults[0];
  if (!fault) return undefined;
  const place = faultPlace(fault, t);
  const kind = faultKind(fault.kind, t);
  const text = place ? t('verify.firstFaultAt', { kind, place }) : t('verify.firstFault', { kind });
  return fault.message ? `${text} ${fault.message}` : text;
}

/** How many faults the answer lists; the server lists at most 100, so 100 means "at least". */
export const FAULT_LIMIT = 100;

export function faultCount(verification: Verification, t: Translate): string {
  const count = verification.faults.length;
  return count >= FAULT_LIMIT ? t('verify.faultsAtLeast', { count }) : t('verify.faultsCount', { count });
}

/** A duration as people read it: 850 毫秒, 1.2 秒, 2 分 5 秒. */
export function duration(millis: number, t: Translate): string {
  if (millis < 1000) return t('verify.millis', { value: Math.round(millis) });
  if (millis < 60_000) return t('verify.seconds', { value: (millis / 1000).toFixed(1).replace(/\.0$/, '') });
  const seconds = Math.round(millis / 1000);
  return t('verify.minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
}

/** A whole number with thousands separators (12,345), the same in both languages. */
export function figure(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A chain hash shortened for a table cell; the full one goes in the tooltip and the copy. */
export function shortHash(hash: string, length = 12): string {
  return hash.length > length ? `${hash.substring(0, length)}…` : hash;
}

export const loginKinds: Record<LoginKind, { label: Key; color: string }> = {
  LOGIN: { label: key('logins.kind.LOGIN'), color: 'green' },
  LOGIN_FAILED: { label: key('logins.kind.LOGIN_FAILED'), color: 'orange' },
  LOGOUT: { label: key('logins.kind.LOGOUT'), color: 'default' },
  LOCKED: { label: key('logins.kind.LOCKED'), color: 'red' },
};

export const loginMethods: Record<LoginMethod, Key> = {
  FORM: key('logins.method.FORM'),
  BASIC: key('logins.method.BASIC'),
  OIDC: key('logins.method.OIDC'),
  BEARER: key('logins.method.BEARER'),
};

export const loginReasons: Record<string, Key> = {
  BAD_CREDENTIALS: key('logins.reason.BAD_CREDENTIALS'),
  LOCKED: key('logins.reason.LOCKED'),
  DISABLED: key('logins.reason.DISABLED'),
  UNKNOWN_USER: key('logins.reason.UNKNOWN_USER'),
  INVALID_TOKEN: key('logins.reason.INVALID_TOKEN'),
  PROVIDER_REFUSED: key('logins.reason.PROVIDER_REFUSED'),
};

/** Why a login failed, in the reader's language; a reason the page does not know as the server named it. */
export function loginReason(reason: string | null, t: Translate): string {
  if (!reason) return '';
  const name = loginReasons[reason];
  return name ? t(name) : reason;
}

/** The query of one page of login records: the username only when one is given, {@code before} after the first page. */
export function loginQuery(username: string, before: number | null, limit: number): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (username.trim()) query.set('username', username.trim());
  if (before !== null) query.set('before', String(before));
  return query.toString();
}
