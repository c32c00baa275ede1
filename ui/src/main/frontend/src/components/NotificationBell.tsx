import { Badge, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../i18n';
import { MESSAGES_CHANGED } from '../notifications';
import { paths } from '../paths';
import { useApi } from './useApi';

const EVERY = 30_000;

/**
 * The header's bell: the caller's unread messages, counted again every 30 s, on every move to another page and
 * whenever the message centre has marked messages read.
 */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data, reload } = useApi<{ unread: number }>(paths.notificationsUnreadCount());
  const shown = useRef(pathname);
  useEffect(() => {
    // useApi has counted on the first page already: count again only on a move to another
    if (shown.current === pathname) return;
    shown.current = pathname;
    void reload();
  }, [pathname, reload]);
  useEffect(() => {
    const again = () => void reload();
    const timer = window.setInterval(again, EVERY);
    window.addEventListener(MESSAGES_CHANGED, again);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(MESSAGES_CHANGED, again);
    };
  }, [reload]);
  return (
    <Badge count={data?.unread ?? 0} size="small" overflowCount={99}>
      <Button size="small" data-testid="notification-bell" onClick={() => navigate('/notifications')}>
        {t('notifications.bell')}
      </Button>
    </Badge>
  );
}
