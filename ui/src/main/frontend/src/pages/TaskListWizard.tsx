import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Result, Select, Space, Steps, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Indicator, type Organization, type PlanItem, type WorkPlan } from '../api';
import { Problem } from '../components/Problem';
import { useApi } from '../components/useApi';
import { organizationTypeName } from '../history';
import { useT } from '../i18n';
import { paths } from '../paths';
import { useOrganizations } from '../session';

const cell = (item: string, org: string, indicator?: string) => [item, org, indicator ?? ''].join('|');

/** The organizations' targets for one indicator of an item, added up (blank counts 0). */
function sumOf(item: PlanItem, indicator: Indicator, orgs: Organization[], targets: Record<string, number | null>): number {
  return orgs.reduce((s, o) => s + Number(targets[cell(item.code, o.code, indicator.code)] ?? 0), 0);
}

/**
 * 交办单 wizard: choose plan items, choose organizations, decompose each city-wide target across them (with the
 * running sum against the city target), set weights and deadlines, then draft and issue the list.
 */
export function TaskListWizard() {
  const t = useT();
  const { message } = App.useApp();
  const plans = useApi<WorkPlan[]>(paths.workPlans());
  const organizations = useOrganizations();
  const [step, setStep] = useState(0);
  const [planId, setPlanId] = useState<string>();
  const plan = useApi<WorkPlan>(planId ? paths.workPlan(planId) : null);
  const [itemCodes, setItemCodes] = useState<string[]>([]);
  const [orgCodes, setOrgCodes] = useState<string[]>([]);
  const [targets, setTargets] = useState<Record<string, number | null>>({});
  const [weights, setWeights] = useState<Record<string, number | null>>({});
  const [dueDates, setDueDates] = useState<Record<string, Dayjs | null>>({});
  const [header] = Form.useForm<{ number: string; title: string; dueDate: Dayjs }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<string[]>();

  const items = useMemo(() => (plan.data?.items ?? []).filter((i) => itemCodes.includes(i.code)), [plan.data, itemCodes]);
  const orgs = useMemo(() => (organizations.data ?? []).filter((o) => orgCodes.includes(o.code)), [organizations.data, orgCodes]);

  const split = (item: PlanItem, indicator: Indicator) => {
    const next = { ...targets };
    const total = Number(indicator.target ?? 0);
    orgs.forEach((o, i) => {
      if (indicator.rollup !== 'SUM') next[cell(item.code, o.code, indicator.code)] = total;
      else next[cell(item.code, o.code, indicator.code)] = Math.floor(total / orgs.length) + (i < total % orgs.length ? 1 : 0);
    });
    setTargets(next);
  };

  const request = (values: { number: string; title: string; dueDate: Dayjs }) => ({
    workPlanId: planId,
    number: values.number,
    title: values.title,
    dueDate: values.dueDate?.format('YYYY-MM-DD'),
    assignments: items.flatMap((item) =>
      orgs.map((o) => ({
        itemCode: item.code,
        organization: o.code,
        targets: Object.fromEntries(
          item.indicators
            .map((ind) => [ind.code, targets[cell(item.code, o.code, ind.code)]] as const)
            .filter(([, v]) => v !== undefined && v !== null),
        ),
        weight: weights[cell(item.code, o.code)] ?? 1,
        dueDate: dueDates[cell(item.code, o.code)]?.format('YYYY-MM-DD'),
      })),
    ),
  });

  const issue = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const values = await header.validateFields();
      const { id } = await api<{ id: string }>(paths.taskLists(), { method: 'POST', body: request(values) });
      const answer = await api<{ taskIds: string[] }>(paths.taskListIssue(id), { method: 'POST', body: {} });
      setIssued(answer.taskIds);
      void message.success(t('wizard.issued', { count: answer.taskIds.length }));
    } catch (e) {
      if (!(e && typeof e === 'object' && 'errorFields' in e)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (issued) {
    return (
      <Result
        status="success"
        title={t('wizard.issued', { count: issued.length })}
        extra={
          <Space>
            <Link to="/task-lists">{t('menu.taskLists')}</Link>
            <Link to="/board">{t('menu.board')}</Link>
          </Space>
        }
      />
    );
  }

  // Indicators that add up but whose organizations' targets do not reach the city target: worth a second look.
  const unbalanced = items.flatMap((item) =>
    item.indicators
      .filter((ind) => ind.rollup === 'SUM' && ind.target != null)
      .map((ind) => ({ item, ind, sum: sumOf(item, ind, orgs, targets) }))
      .filter(({ ind, sum }) => sum !== Number(ind.target)),
  );

  const steps = [t('wizard.stepItems'), t('wizard.stepOrganizations'), t('wizard.stepTargets'), t('wizard.stepIssue')];
  const canNext = (step === 0 && itemCodes.length > 0) || (step === 1 && orgCodes.length > 0) || step === 2;

  return (
    <>
      <Typography.Title level={3}>{t('wizard.title')}</Typography.Title>
      <Steps current={step} items={steps.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
      <Problem error={plans.error ?? organizations.error ?? plan.error} />

      {step === 0 && (
        <>
          <Select
            style={{ width: 360, maxWidth: '100%', marginBottom: 16 }}
            placeholder={t('wizard.choosePlan')}
            value={planId}
            onChange={(id) => {
              setPlanId(id);
              setItemCodes([]);
            }}
            options={(plans.data ?? []).map((p) => ({
              value: p.id,
              label: `${p.title}${p.status === 'DRAFT' ? ` (${t('wizard.draft')})` : ''}`,
            }))}
          />
          <Table<PlanItem>
            rowKey="code"
            size="small"
            pagination={false}
            loading={plan.loading}
            dataSource={plan.data?.items ?? []}
            rowSelection={{ selectedRowKeys: itemCodes, onChange: (keys) => setItemCodes(keys as string[]) }}
            columns={[
              { title: t('wizard.itemCode'), dataIndex: 'code', width: 80, responsive: ['sm'] },
              { title: t('wizard.itemTitle'), dataIndex: 'title' },
              {
                title: t('wizard.indicators'),
                dataIndex: 'indicators',
                responsive: ['md'],
                render: (indicators: Indicator[]) =>
                  indicators.map((i) => (
                    <Tag key={i.code}>
                      {i.name} {i.target ?? ''}
                      {i.unit ?? ''}
                    </Tag>
                  )),
              },
            ]}
          />
        </>
      )}

      {step === 1 && (
        <Table<Organization>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={organizations.data ?? []}
          rowSelection={{ selectedRowKeys: orgCodes, onChange: (keys) => setOrgCodes(keys as string[]) }}
          columns={[
            { title: t('wizard.organization'), dataIndex: 'name' },
            { title: t('wizard.organizationCode'), dataIndex: 'code', responsive: ['sm'] },
            { title: t('wizard.organizationType'), dataIndex: 'type', render: (type: string) => organizationTypeName(type, t) },
          ]}
        />
      )}

      {step === 2 &&
        items.map((item) => (
          <Card key={item.code} size="small" title={`${item.code} ${item.title}`} style={{ marginBottom: 16 }}>
            <Table<Organization>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={orgs}
              // a grid of organizations by indicators has no single-column form: on a phone it scrolls in its card
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('wizard.organization'), dataIndex: 'name', width: 160 },
                ...item.indicators.map((ind) => ({
                  key: ind.code,
                  title: (
                    <Space direction="vertical" size={0}>
                      <span>{ind.name}</span>
                      <Button size="small" type="link" style={{ padding: 0 }} onClick={() => split(item, ind)}>
                        {t('wizard.split')}
                      </Button>
                    </Space>
                  ),
                  render: (_: unknown, o: Organization) => (
                    <InputNumber
                      min={0}
                      value={targets[cell(item.code, o.code, ind.code)] ?? null}
                      onChange={(v) => setTargets({ ...targets, [cell(item.code, o.code, ind.code)]: v })}
                    />
                  ),
                })),
                {
                  key: 'weight',
                  title: t('wizard.weight'),
                  render: (_: unknown, o: Organization) => (
                    <InputNumber
                      min={0}
                      step={0.1}
                      value={weights[cell(item.code, o.code)] ?? 1}
                      onChange={(v) => setWeights({ ...weights, [cell(item.code, o.code)]: v })}
                    />
                  ),
                },
                {
                  key: 'due',
                  title: t('wizard.dueDate'),
                  render: (_: unknown, o: Organization) => (
                    <DatePicker
                      value={dueDates[cell(item.code, o.code)] ?? null}
                      onChange={(v) => setDueDates({ ...dueDates, [cell(item.code, o.code)]: v })}
                    />
                  ),
                },
              ]}
              summary={() =>
                item.indicators.length === 0 ? null : (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>{t('wizard.sum')}</Table.Summary.Cell>
                    {item.indicators.map((ind, i) => (
                      <Table.Summary.Cell key={ind.code} index={i + 1}>
                        <RunningSum item={item} indicator={ind} orgs={orgs} targets={targets} />
                      </Table.Summary.Cell>
                    ))}
                    <Table.Summary.Cell index={item.indicators.length + 1} colSpan={2} />
                  </Table.Summary.Row>
                )
              }
            />
          </Card>
        ))}

      {step === 3 && (
        <Form form={header} layout="vertical" style={{ maxWidth: 480 }}>
          <Form.Item name="number" label={t('wizard.number')} rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder="督交〔2018〕3号" />
          </Form.Item>
          <Form.Item name="title" label={t('wizard.listTitle')} rules={[{ required: true, message: t('form.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="dueDate" label={t('wizard.dueDate')} rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker />
          </Form.Item>
          <Typography.Paragraph>{t('wizard.summary', { tasks: items.length * orgs.length })}</Typography.Paragraph>
          {unbalanced.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message={t('wizard.unbalanced')}
              description={unbalanced.map(({ item, ind, sum }) => (
                <div key={item.code + ind.code}>
                  {item.code} {ind.name}: {sum} / {ind.target}
                </div>
              ))}
            />
          )}
        </Form>
      )}

      <Problem error={error} />
      <Space style={{ marginTop: 24 }}>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('wizard.previous')}</Button>}
        {step < 3 && (
          <Button type="primary" disabled={!canNext} onClick={() => setStep(step + 1)}>
            {t('wizard.next')}
          </Button>
        )}
        {step === 3 && (
          <Button type="primary" loading={busy} onClick={() => void issue()}>
            {t('wizard.issue')}
          </Button>
        )}
      </Space>
    </>
  );
}

/** The running sum of the organizations' targets against the city-wide target (for indicators that add up). */
function RunningSum({
  item,
  indicator,
  orgs,
  targets,
}: {
  item: PlanItem;
  indicator: Indicator;
  orgs: Organization[];
  targets: Record<string, number | null>;
}) {
  const t = useT();
  if (indicator.rollup !== 'SUM')
    return <Typography.Text type="secondary">{t('wizard.eachReaches', { target: indicator.target ?? '—' })}</Typography.Text>;
  const sum = sumOf(item, indicator, orgs, targets);
  const target = Number(indicator.target ?? 0);
  const colour = sum === target ? 'green' : sum < target ? 'gold' : 'blue';
  return (
    <Tag color={colour} data-testid={`sum-${item.code}-${indicator.code}`}>
      {sum} / {target}
    </Tag>
  );
}
