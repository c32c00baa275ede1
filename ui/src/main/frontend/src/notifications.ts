import type { NoticeKind } from './api';
import { key, type Key } from './i18n';

/** Each kind of notice with its tag's label and colour. */
export const noticeKinds: Record<NoticeKind, { label: Key; color: string }> = {
  REMINDED: { label: key('notifications.kind.reminded'), color: 'blue' },
  URGED: { label: key('notifications.kind.urged'), color: 'orange' },
  ESCALATED: { label: key('notifications.kind.escalated'), color: 'volcano' },
  EXTENSION_GRANTED: { label: key('notifications.kind.extensionGranted'), color: 'green' },
  EXTENSION_DENIED: { label: key('notifications.kind.extensionDenied'), color: 'default' },
  GAPS_FOUND: { label: key('notifications.kind.gapsFound'), color: 'gold' },
  LIGHT_YELLOW: { label: key('notifications.kind.lightYellow'), color: 'yellow' },
  LIGHT_RED: { label: key('notifications.kind.lightRed'), color: 'red' },
};

/** Said on the window when the message centre has read or marked messages, so that the bell counts again at once. */
export const MESSAGES_CHANGED = 'duban:messages-changed';

export function notificationsQuery(unreadOnly: boolean, limit: number, offset: number): string {
  const query = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  if (unreadOnly) query.set('unread', 'true');
  return query.toString();
}
