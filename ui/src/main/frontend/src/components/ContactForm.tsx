import { Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useT } from '../i18n';
import { paths } from '../paths';
import { Problem } from './Problem';
import { useApi } from './useApi';

interface Contact {
  email: string | null;
  mobile: string | null;
}

/** Where notifications reach me: e-mail and mobile number, kept by myself; the server checks them. */
export function ContactForm() {
  const t = useT();
  const { data, error: loadError } = useApi<Contact>(paths.meContact());
  const [form] = Form.useForm<Contact>();
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (data) form.setFieldsValue({ email: data.email ?? '', mobile: data.mobile ?? '' });
  }, [data, form]);

  const save = async (contact: Contact) => {
    setSaved(false);
    try {
      const answer = await api<Contact>(paths.meContact(), { method: 'PUT', body: contact });
      form.setFieldsValue({ email: answer.email ?? '', mobile: answer.mobile ?? '' });
      setError(undefined);
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div style={{ maxWidth: 640, marginTop: 24 }}>
      <Typography.Title level={4}>{t('contact.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('contact.why')}</Typography.Paragraph>
      <Problem error={loadError ?? error} />
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item name="email" label={t('contact.email')}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item name="mobile" label={t('contact.mobile')}>
          <Input autoComplete="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="contact-save">
          {t('contact.save')}
        </Button>
        {saved && (
          <Typography.Text type="success" style={{ marginLeft: 12 }}>
            {t('contact.saved')}
          </Typography.Text>
        )}
      </Form>
    </div>
  );
}
