import { Button, Checkbox, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../api';
import { useT } from '../i18n';
import { EvidenceUpload } from './EvidenceUpload';

// A renderer of the Camunda Form (form-js JSON) schema in antd, for the component types Duban's forms use. form-js
// speaks only English and brings its own styles; this renderer follows the locale, the antd look and the CSP.

const EVIDENCE = 'evidence';

export interface FormComponent {
  id?: string;
  key?: string;
  type: string;
  label?: string;
  text?: string;
  defaultValue?: unknown;
  values?: { label: string; value: string }[];
  validate?: { required?: boolean; min?: number; max?: number; maxLength?: number; minLength?: number };
}

export interface FormSchema {
  id?: string;
  components: FormComponent[];
}

function Text({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, i) =>
        line.startsWith('#') ? (
          <Typography.Title key={i} level={4}>
            {line.replace(/^#+\s*/, '')}
          </Typography.Title>
        ) : (
          <Typography.Paragraph key={i}>{line}</Typography.Paragraph>
        ),
      )}
    </>
  );
}

export function FormRenderer({
  schema,
  taskId,
  submitting,
  error,
  onSubmit,
}: {
  schema: FormSchema;
  /** The work item's task: its evidence field uploads files to this task. */
  taskId?: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (data: Record<string, unknown>) => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const initial: Record<string, unknown> = {};
  for (const c of schema.components) if (c.key && c.defaultValue !== undefined) initial[c.key] = c.defaultValue;

  useEffect(() => {
    if (error instanceof ApiError && error.errors.length > 0) {
      form.setFields(
        error.errors.filter((e) => schema.components.some((c) => c.key === e.field)).map((e) => ({ name: e.field, errors: [e.message] })),
      );
    }
  }, [error, form, schema]);

  const submit = (values: Record<string, unknown>) => {
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null) data[key] = value;
    onSubmit(data);
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} style={{ maxWidth: 720 }}>
      {schema.components.map((c, i) => {
        if (c.type === 'text') return <Text key={c.id ?? i} text={c.text ?? ''} />;
        if (!c.key) return null;
        const v = c.validate ?? {};
        const rules = [
          ...(v.required
            ? [
                c.type === 'checkbox'
                  ? {
                      validator: (_: unknown, value: unknown) =>
                        value ? Promise.resolve() : Promise.reject(new Error(t('form.required'))),
                    }
                  : { required: true, message: t('form.required') },
              ]
            : []),
          ...(v.maxLength ? [{ max: v.maxLength, message: t('form.tooLong', { max: v.maxLength }) }] : []),
        ];
        const common = { key: c.id ?? c.key, name: c.key, rules };
        // The forms' evidence field takes storage keys; people pick files instead, uploaded as they are chosen.
        if (c.key === EVIDENCE && taskId)
          return (
            <Form.Item {...common} label={t('evidence.label')}>
              <EvidenceUpload taskId={taskId} />
            </Form.Item>
          );
        switch (c.type) {
          case 'checkbox':
            return (
              <Form.Item {...common} valuePropName="checked">
                <Checkbox>{c.label}</Checkbox>
              </Form.Item>
            );
          case 'number':
            return (
              <Form.Item {...common} label={c.label}>
                <InputNumber min={v.min} max={v.max} style={{ width: 200 }} />
              </Form.Item>
            );
          case 'textarea':
            return (
              <Form.Item {...common} label={c.label}>
                <Input.TextArea rows={4} showCount={!!v.maxLength} maxLength={v.maxLength} />
              </Form.Item>
            );
          case 'radio':
            return (
              <Form.Item {...common} label={c.label}>
                <Radio.Group options={c.values ?? []} />
              </Form.Item>
            );
          case 'select':
            return (
              <Form.Item {...common} label={c.label}>
                <Select options={c.values ?? []} />
              </Form.Item>
            );
          default:
            return (
              <Form.Item {...common} label={c.label}>
                <Input maxLength={v.maxLength} />
              </Form.Item>
            );
        }
      })}
      <Button type="primary" htmlType="submit" loading={submitting} data-testid="form-submit">
        {t('form.submit')}
      </Button>
    </Form>
  );
}
