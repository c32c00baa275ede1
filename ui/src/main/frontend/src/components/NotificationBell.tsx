import { Badge, Button } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { READ_MARKS_CHANGED } from '../notifications';
import { useT } from '../i18n';
import { useApi } from './useApi';

const EVERY = 30_000;

/** The header's bell: the caller's unread messages, counted again every 30 s and whenever marks change. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const { data, reload } = useApi<{ unread: number }>('/api/notifications/unread-count');
  useEffect(() => {
    const again = () => void reload();
    const timer = window.setInterval(again, EVERY);
    window.addEventListener(READ_MARKS_CHANGED, again);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(READ_MARKS_CHANGED, again);
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
