import { Tag } from 'antd';
import type { Role } from '../api';
import { eventName } from '../history';
import { useT, type Translate } from '../i18n';

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

/** A task's status in the reader's language (推进中); a status this front end does not know, by its name. */
export function statusName(status: string, t: Translate): string {
  const names: Record<string, string> = {
    ISSUED: t('status.ISSUED'),
    ACKNOWLEDGED: t('status.ACKNOWLEDGED'),
    REPORTING: t('status.REPORTING'),
    RECTIFYING: t('status.RECTIFYING'),
    ASSESSING: t('status.ASSESSING'),
    CLOSED: t('status.CLOSED'),
    WITHDRAWN: t('status.WITHDRAWN'),
  };
  return names[status] ?? status;
}

export function StatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={status === 'CLOSED' ? 'green' : status === 'WITHDRAWN' ? 'default' : 'processing'}>{statusName(status, t)}</Tag>;
}

/** An event's name in the reader's language (签收); a type this front end does not know says so, with its name. */
export function EventName({ type }: { type: string }) {
  const t = useT();
  return <>{eventName(type, t)}</>;
}
