import { App, Form, Input, Modal, Select } from 'antd';
import { api, type Organization } from '../api';
import { topLevel } from '../fieldErrors';
import { organizationTypeCodes, organizationTypeName } from '../history';
import { useT } from '../i18n';
import { paths } from '../paths';
import { useOrganizations } from '../session';
import { Problem } from './Problem';
import { useFieldErrors } from './useFieldErrors';

const onForm = topLevel('code', 'name', 'type', 'parent');

/** 登记组织: the server decides what a good code is, and says so at the field. */
export function OrganizationForm({ open, onClose, onRegistered }: { open: boolean; onClose: () => void; onRegistered: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Organization>();
  const { data: organizations } = useOrganizations();
  const errors = useFieldErrors(form, onForm);
  const register = async (values: Organization) => {
    errors.clear();
    try {
      await api(paths.organizations(), { method: 'POST', body: { ...values, parent: values.parent || null } });
      void message.success(t('organizations.registered', { name: values.name }));
      form.resetFields();
      onRegistered();
    } catch (e) {
      errors.show(e);
    }
  };
  return (
    <Modal
      open={open}
      title={t('organizations.register')}
      okText={t('organizations.register')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Problem error={errors.problem} />
      <Form form={form} layout="vertical" onFinish={(values) => void register(values)} data-testid="organization-form">
        <Form.Item
          name="code"
          label={t('organizations.code')}
          extra={t('organizations.codeHint')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('organizations.name')} rules={[{ required: true, message: t('form.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="type" label={t('organizations.type')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={organizationTypeCodes.map((type) => ({ value: type, label: organizationTypeName(type, t) }))} />
        </Form.Item>
        <Form.Item name="parent" label={t('organizations.parent')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(organizations ?? []).map((o) => ({ value: o.code, label: o.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
