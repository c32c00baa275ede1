import { Tag } from 'antd';
import type { Role } from '../api';
import { key, useT, type Key } from '../i18n';

export function RoleName({ role }: { role: Role }) {
  const t = useT();
  const names: Record<Role, string> = {
    ADMIN: t('role.ADMIN'),
    OFFICE: t('role.OFFICE'),
    UNIT: t('role.UNIT'),
    AUDITOR: t('role.AUDITOR'),
  };
  return <>{names[role] ?? role}</>;
}

export function StatusTag({ status }: { status: string }) {
  const t = useT();
  const names: Record<string, string> = {
    ISSUED: t('status.ISSUED'),
    ACKNOWLEDGED: t('status.ACKNOWLEDGED'),
    REPORTING: t('status.REPORTING'),
    RECTIFYING: t('status.RECTIFYING'),
    ASSESSING: t('status.ASSESSING'),
    CLOSED: t('status.CLOSED'),
    WITHDRAWN: t('status.WITHDRAWN'),
  };
  return <Tag color={status === 'CLOSED' ? 'green' : status === 'WITHDRAWN' ? 'default' : 'processing'}>{names[status] ?? status}</Tag>;
}

/** The events of a task's stream, by the simple type name the server sends. */
const events: Record<string, Key> = {
  TaskIssued: key('event.TaskIssued'),
  TaskAcknowledged: key('event.TaskAcknowledged'),
  EvidenceAttached: key('event.EvidenceAttached'),
  ProgressReported: key('event.ProgressReported'),
  TaskUrged: key('event.TaskUrged'),
  TaskReminded: key('event.TaskReminded'),
  TaskEscalated: key('event.TaskEscalated'),
  ExtensionRequested: key('event.ExtensionRequested'),
  ExtensionGranted: key('event.ExtensionGranted'),
  ExtensionDenied: key('event.ExtensionDenied'),
  GapsReviewed: key('event.GapsReviewed'),
  GapsRectified: key('event.GapsRectified'),
  TaskAssessed: key('event.TaskAssessed'),
  TaskClosed: key('event.TaskClosed'),
  TaskWithdrawn: key('event.TaskWithdrawn'),
  TaskLightChanged: key('event.TaskLightChanged'),
};

/** An event's name in the reader's language with its type beside it (签收 (TaskAcknowledged)); else the type. */
export function EventName({ type }: { type: string }) {
  const t = useT();
  const name = events[type];
  return <>{name ? `${t(name)} (${type})` : type}</>;
}
