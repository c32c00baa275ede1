import { App, Button, Form, Input, InputNumber, Space, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, type WorkPlan } from '../api';
import { PlanItemsEditor } from '../components/PlanItemsEditor';
import { Problem } from '../components/Problem';
import { useApi } from '../components/useApi';
import { useFieldErrors } from '../components/useFieldErrors';
import { useT } from '../i18n';
import { paths } from '../paths';
import { editorShows, toDocument, type PlanForm } from '../workPlanDocument';

/**
 * 起草 / 修改 / 修订工作计划: a new plan is drafted, a draft revised as a whole, and a published plan amended with a
 * reason (its year and title stay; items and indicators may change and grow, never be dropped). The server judges
 * every field and its refusals show where they belong.
 */
export function WorkPlanEditor() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanForm>();
  const errors = useFieldErrors(form, editorShows);
  const plan = useApi<WorkPlan>(id ? paths.workPlan(id) : null);
  const amending = plan.data?.status === 'PUBLISHED';
  useEffect(() => {
    if (plan.data) form.setFieldsValue(plan.data);
  }, [plan.data, form]);
  const save = async () => {
    errors.clear();
    try {
      await form.validateFields();
    } catch {
      return; // antd shows what is missing at the fields
    }
    // the whole store, so that what the form does not show (checklists) goes back as it came
    const values = form.getFieldsValue(true) as PlanForm;
    const body = toDocument(values);
    try {
      if (!id) await api(paths.workPlans(), { method: 'POST', body });
      else if (amending) await api(paths.workPlanAmendments(id), { method: 'POST', body: { items: body.items, reason: values.reason } });
      else await api(paths.workPlan(id), { method: 'PUT', body });
      void message.success(t('planEditor.saved'));
      navigate('/work-plans');
    } catch (e) {
      errors.show(e);
    }
  };
  if (id && !plan.data) return plan.error ? <Problem error={plan.error} /> : <Spin />;
  const title = !id ? t('planEditor.draft') : amending ? t('planEditor.amend') : t('planEditor.revise');
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Problem error={errors.problem} />
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear(), items: [] }} data-testid="plan-editor">
        <Space wrap align="start">
          <Form.Item name="year" label={t('workPlans.year')} rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber min={2000} max={2100} disabled={!!id} />
          </Form.Item>
          <Form.Item name="title" label={t('workPlans.planTitle')} rules={[{ required: true, message: t('form.required') }]}>
            <Input style={{ width: 360 }} disabled={amending} />
          </Form.Item>
          <Form.Item name="issuer" label={t('planEditor.issuer')}>
            <Input style={{ width: 240 }} disabled={amending} />
          </Form.Item>
        </Space>
        {amending && (
          <Form.Item name="reason" label={t('planEditor.reason')} rules={[{ required: true, message: t('form.required') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <PlanItemsEditor />
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" onClick={() => void save()} data-testid="save-plan">
            {amending ? t('planEditor.saveAmendment') : t('planEditor.save')}
          </Button>
          <Button onClick={() => navigate('/work-plans')}>{t('planEditor.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
