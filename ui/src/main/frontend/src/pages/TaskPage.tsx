import { App, Button, Card, Col, DatePicker, Descriptions, Input, Modal, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, type HistoryEntry, type PlanItem, type TaskDetails, type WorkPlan } from '../api';
import { hasRole, useMe, useOrganizationName } from '../App';
import { EventName, StatusTag } from '../components/labels';
import { LightTag } from '../components/Light';
import { fileSize } from '../components/EvidenceUpload';
import { WithdrawButton } from '../components/WithdrawButton';
import { Problem } from '../components/Problem';
import { useApi } from '../components/useApi';
import { useT } from '../i18n';
import { indicatorName, planIndicator, planItem } from '../plan';
import { tell, type Names } from '../history';

/** One task: where it stands, its history as a timeline, and the task as of any moment on that timeline. */
export function TaskPage() {
  const t = useT();
  const { id } = useParams();
  const me = useMe();
  const organizationName = useOrganizationName();
  const task = useApi<TaskDetails>(`/api/tasks/${id}`);
  const history = useApi<HistoryEntry[]>(`/api/tasks/${id}/history`);
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const past = useApi<TaskDetails>(asOf ? `/api/tasks/${id}?asOf=${encodeURIComponent(asOf.toISOString())}` : null);
  // The plan names the task's item and indicators, for now and for any moment: one task, one plan, one fetch.
  const workPlanId = task.data?.workPlanId;
  const plan = useApi<WorkPlan>(workPlanId ? `/api/work-plans/${workPlanId}` : null);
  const item = task.data && planItem(plan.data, task.data.itemCode);
  // The timeline names indicators and targets as the task and its plan item do.
  const names: Names = {
    t,
    organization: organizationName,
    indicator: (code) => planIndicator(item, code),
    target: (code) => task.data?.targets?.[code],
  };
  const reload = () => {
    void task.reload();
    void history.reload();
  };
  return (
    <>
      <Typography.Title level={3}>
        {t('task.title')} {task.data && <Typography.Text type="secondary">{task.data.itemCode} · {organizationName(task.data.organization)}</Typography.Text>}
      </Typography.Title>
      <Problem error={task.error} />
      <Row gutter={16}>
        <Col span={14}>
          {task.data && (
            <Card title={t('task.now')} extra={<Actions task={task.data} isOffice={hasRole(me, 'OFFICE')} isUnit={hasRole(me, 'UNIT')} onDone={reload} />}>
              <TaskView task={task.data} item={item} />
            </Card>
          )}
          {asOf && (
            <Card style={{ marginTop: 16 }} title={t('task.asOf', { moment: asOf.format('YYYY-MM-DD HH:mm:ss') })} data-testid="task-as-of">
              <Problem error={past.error} />
              {past.data && <TaskView task={past.data} item={item} />}
            </Card>
          )}
        </Col>
        <Col span={10}>
          <Card
            title={t('task.history')}
            extra={<DatePicker showTime allowClear value={asOf} onChange={setAsOf} placeholder={t('task.chooseMoment')} />}
          >
            <Problem error={history.error} />
            <Timeline
              items={(history.data ?? []).map((e) => ({
                key: e.sequence,
                children: (
                  <div>
                    <Typography.Text strong><EventName type={e.type} /></Typography.Text>{' '}
                    <Button size="small" type="link" onClick={() => setAsOf(dayjs(e.timestamp))}>
                      {t('task.showThen')}
                    </Button>
                    <div>
                      <Typography.Text type="secondary">
                        {dayjs(e.timestamp).format('YYYY-MM-DD HH:mm:ss')} · {e.actor || t('task.system')}
                        {e.organization ? ` (${organizationName(e.organization)})` : ''}
                      </Typography.Text>
                    </div>
                    {/* a system event (a reminder) names no organization of its own: the task's unit stands in */}
                    <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }} data-testid="history-sentence">
                      {tell({ ...e, organization: e.organization ?? task.data?.organization }, names)}
                    </Typography.Paragraph>
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function TaskView({ task, item }: { task: TaskDetails; item: PlanItem | undefined }) {
  const t = useT();
  const indicators = Object.keys(task.targets ?? {});
  const name = (code: string) => indicatorName(item, code);
  return (
    <>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('tasks.status')}><StatusTag status={task.status} /></Descriptions.Item>
        <Descriptions.Item label={t('task.light')}><LightTag light={task.light} /></Descriptions.Item>
        <Descriptions.Item label={t('tasks.dueDate')}>
          {task.dueDate} {task.overdue && <Tag color="red">{t('task.overdue')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('task.weight')}>{task.weight ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('task.score')}>{task.score ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('task.taskList')}>{task.taskListId?.substring(0, 8)}</Descriptions.Item>
        {item && <Descriptions.Item label={t('tasks.item')} span={2}>{item.code} {item.title}</Descriptions.Item>}
      </Descriptions>
      <Table
        style={{ marginTop: 16 }}
        size="small"
        pagination={false}
        rowKey="indicator"
        dataSource={indicators.map((indicator) => ({
          indicator,
          target: task.targets[indicator],
          reported: task.reported?.[indicator],
          gap: task.gaps?.find((g) => g.indicator === indicator)?.shortfall,
        }))}
        columns={[
          { title: t('task.indicator'), dataIndex: 'indicator', render: name },
          { title: t('task.target'), dataIndex: 'target' },
          { title: t('task.reported'), dataIndex: 'reported', render: (v) => v ?? '—' },
          { title: t('task.gap'), dataIndex: 'gap', render: (v) => (v ? <Tag color="gold">{v}</Tag> : '—') },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('task.evidence')}
      </Typography.Title>
      {(task.evidence ?? []).length === 0 ? (
        <Typography.Text type="secondary">{t('task.noEvidence')}</Typography.Text>
      ) : (
        <ul data-testid="task-evidence" style={{ paddingLeft: 20, margin: 0 }}>
          {(task.evidence ?? []).map((f) => (
            <li key={f.storageKey}>
              {/* Served as an attachment: the browser saves it, never renders it. */}
              <a href={`/api/tasks/${encodeURIComponent(task.id)}/evidence/${encodeURIComponent(f.storageKey)}`} download={f.name}>
                {f.name}
              </a>{' '}
              <Typography.Text type="secondary">{fileSize(f.size)}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * What the office may do outside the work queue (urge, withdraw), the unit's extension request, and the way to this task's
 * own work items in the caller's queue.
 */
function Actions({ task, isOffice, isUnit, onDone }: { task: TaskDetails; isOffice: boolean; isUnit: boolean; onDone: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'urge' | 'extension' | null>(null);
  const [text, setText] = useState('');
  const [date, setDate] = useState<Dayjs | null>(null);
  const [error, setError] = useState<unknown>();
  if (task.status === 'CLOSED' || task.status === 'WITHDRAWN') return null;
  const send = async () => {
    try {
      if (open === 'urge') await api(`/api/tasks/${task.id}/urges`, { method: 'POST', body: { message: text } });
      else await api(`/api/tasks/${task.id}/extension-requests`, { method: 'POST', body: { dueDate: date?.format('YYYY-MM-DD'), reason: text } });
      void message.success(t('common.done'));
      setOpen(null);
      setText('');
      setError(undefined);
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Space>
      <Button type="primary" onClick={() => navigate(`/work-queue?task=${encodeURIComponent(task.id)}`)}>{t('task.workItems')}</Button>
      {isOffice && <Button onClick={() => setOpen('urge')}>{t('task.urge')}</Button>}
      {isUnit && <Button onClick={() => setOpen('extension')}>{t('task.requestExtension')}</Button>}
      {isOffice && <WithdrawButton task={task} onDone={onDone} />}
      <Modal open={open !== null} title={open === 'urge' ? t('task.urge') : t('task.requestExtension')} onOk={() => void send()} onCancel={() => setOpen(null)}>
        <Problem error={error} />
        {open === 'extension' && <DatePicker style={{ margin: '12px 0' }} value={date} onChange={setDate} placeholder={t('task.newDueDate')} />}
        <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={open === 'urge' ? t('task.urgeMessage') : t('task.reason')} />
      </Modal>
    </Space>
  );
}
