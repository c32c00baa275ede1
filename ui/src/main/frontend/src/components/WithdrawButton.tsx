import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api, type TaskDetails } from '../api';
import { topLevel } from '../fieldErrors';
import { useT } from '../i18n';
import { paths } from '../paths';
import { Problem } from './Problem';
import { useFieldErrors } from './useFieldErrors';

const onForm = topLevel('reason');

/** Whether the office may still withdraw (撤回) the task: at any point before it is closed, and only once. */
export function withdrawable(task: Pick<TaskDetails, 'status'>): boolean {
  return task.status !== 'CLOSED' && task.status !== 'WITHDRAWN';
}

/** 撤回: the office confirms with a reason, which the task's history keeps; the unit's work on it stops. */
export function WithdrawButton({ task, onDone }: { task: TaskDetails; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const errors = useFieldErrors(form, onForm);
  if (!withdrawable(task)) return null;
  const withdraw = async ({ reason }: { reason: string }) => {
    errors.clear();
    try {
      await api(paths.taskWithdraw(task.id), { method: 'POST', body: { reason } });
      void message.success(t('withdraw.done'));
      setOpen(false);
      onDone();
    } catch (e) {
      errors.show(e);
    }
  };
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="withdraw">
        {t('withdraw.button')}
      </Button>
      <Modal
        open={open}
        title={t('withdraw.confirm')}
        okText={t('withdraw.button')}
        okButtonProps={{ danger: true }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Problem error={errors.problem} />
        <p>{t('withdraw.explain')}</p>
        <Form form={form} layout="vertical" onFinish={(values) => void withdraw(values)}>
          <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
            <Input.TextArea rows={3} data-testid="withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
