import { Button, Descriptions, Tag, Typography } from 'antd';
import { logout } from '../api';
import { ContactForm } from '../components/ContactForm';
import { RoleName } from '../components/labels';
import { useT } from '../i18n';
import { useMe, useOrganizationName } from '../session';

/** 我的信息: who I am, for which organization, in which roles; where notifications reach me; and the way out. */
export function MePage() {
  const t = useT();
  const me = useMe();
  const name = useOrganizationName();
  return (
    <>
      <Typography.Title level={3}>{t('me.title')}</Typography.Title>
      <Descriptions bordered column={1} style={{ maxWidth: 640 }}>
        <Descriptions.Item label={t('me.username')}>{me.username}</Descriptions.Item>
        <Descriptions.Item label={t('me.organization')}>
          {me.organization ? `${name(me.organization)} (${me.organization})` : t('me.noOrganization')}
        </Descriptions.Item>
        <Descriptions.Item label={t('me.roles')}>
          {me.roles.map((r) => (
            <Tag key={r}>
              <RoleName role={r} />
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <ContactForm />
      <Button danger style={{ marginTop: 24 }} onClick={() => void logout()}>
        {t('me.logout')}
      </Button>
    </>
  );
}
