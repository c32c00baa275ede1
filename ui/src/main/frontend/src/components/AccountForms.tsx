import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { api, type Account, type Role } from '../api';
import { topLevel, type FieldPath } from '../fieldErrors';
import { useT } from '../i18n';
import { paths } from '../paths';
import { useOrganizations } from '../session';
import { RoleName } from './labels';
import { Problem } from './Problem';
import { useFieldErrors } from './useFieldErrors';

// The administrator's forms for one account. Each sends one request of UserController and shows the server's
// refusals at their fields: the password policy's, above all, which says every rule a password breaks.

const ROLES: Role[] = ['UNIT', 'OFFICE', 'AUDITOR', 'ADMIN'];

interface FormProps {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

function OrganizationSelect(props: { value?: string; onChange?: (value: string | undefined) => void }) {
  const { data } = useOrganizations();
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      {...props}
      options={(data ?? []).map((o) => ({ value: o.code, label: o.name }))}
    />
  );
}

/** Form.Item hands its value and onChange to this, which hands them on to the checkboxes. */
function RoleChoice(props: { value?: Role[]; onChange?: (roles: Role[]) => void }) {
  return <Checkbox.Group {...props} options={ROLES.map((role) => ({ value: role, label: <RoleName role={role} /> }))} />;
}

function useSubmit<V>(onForm: (path: FieldPath) => boolean, send: (values: V) => Promise<unknown>, done: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const errors = useFieldErrors(form, onForm);
  const submit = async (values: V) => {
    errors.clear();
    try {
      await send(values);
      void message.success(t('common.done'));
      done();
    } catch (e) {
      errors.show(e);
    }
  };
  return { form, problem: errors.problem, submit };
}

const required = (message: string) => [{ required: true, message }];

/** 登记账户: a unit's users belong to it; the office, auditors and administrators to no unit in particular. */
export function RegisterAccountForm({ open, onClose, onDone, organization }: FormProps & { organization?: string }) {
  const t = useT();
  const { form, problem, submit } = useSubmit(
    topLevel('username', 'password', 'organization', 'roles'),
    (values: { organization?: string }) =>
      api(paths.users(), { method: 'POST', body: { ...values, organization: values.organization || null } }),
    onDone,
  );
  return (
    <Modal
      open={open}
      title={t('accounts.register')}
      okText={t('accounts.register')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Problem error={problem} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ organization, roles: ['UNIT'] }} data-testid="account-form">
        <Form.Item name="username" label={t('field.username')} extra={t('accounts.usernameHint')} rules={required(t('form.required'))}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('accounts.initialPassword')}
          extra={t('accounts.passwordHint')}
          rules={required(t('form.required'))}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="roles" label={t('me.roles')} rules={required(t('form.required'))}>
          <RoleChoice />
        </Form.Item>
        <Form.Item name="organization" label={t('me.organization')} extra={t('accounts.organizationHint')}>
          <OrganizationSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 调整角色: the roles and the organization together, as PUT /api/users/{username}/roles takes them. */
export function RolesForm({ open, onClose, onDone, account }: FormProps & { account: Account }) {
  const t = useT();
  const { form, problem, submit } = useSubmit(
    topLevel('organization', 'roles'),
    (values: { organization?: string; roles: Role[] }) =>
      api(paths.userRoles(account.username), {
        method: 'PUT',
        body: { roles: values.roles, organization: values.organization || null },
      }),
    onDone,
  );
  return (
    <Modal
      open={open}
      title={t('accounts.changeRoles', { username: account.username })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Problem error={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ roles: account.roles, organization: account.organization ?? undefined }}
      >
        <Form.Item name="roles" label={t('me.roles')} rules={required(t('form.required'))}>
          <RoleChoice />
        </Form.Item>
        <Form.Item name="organization" label={t('me.organization')} extra={t('accounts.organizationHint')}>
          <OrganizationSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 重置密码: typed twice, since nobody can read it back. */
export function PasswordForm({ open, onClose, onDone, account }: FormProps & { account: Account }) {
  const t = useT();
  const { form, problem, submit } = useSubmit(
    topLevel('password'),
    (values: { password: string }) => api(paths.userPassword(account.username), { method: 'PUT', body: { password: values.password } }),
    onDone,
  );
  return (
    <Modal
      open={open}
      title={t('accounts.resetPassword', { username: account.username })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Problem error={problem} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="password"
          label={t('accounts.newPassword')}
          extra={t('accounts.passwordHint')}
          rules={required(t('form.required'))}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="again"
          label={t('accounts.passwordAgain')}
          dependencies={['password']}
          rules={[
            ...required(t('form.required')),
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('accounts.passwordsDiffer'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 停用账户: with the reason the account's stream keeps. */
export function DisableForm({ open, onClose, onDone, account }: FormProps & { account: Account }) {
  const t = useT();
  const { form, problem, submit } = useSubmit(
    topLevel('reason'),
    (values: { reason: string }) => api(paths.userDisable(account.username), { method: 'POST', body: values }),
    onDone,
  );
  return (
    <Modal
      open={open}
      title={t('accounts.disable', { username: account.username })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Problem error={problem} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('field.reason')} rules={required(t('form.required'))}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
