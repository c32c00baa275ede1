import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Input, Modal, Row, Space, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, type HistoryEntry, type PlanItem, type TaskDetails, type WorkPlan } from '../api';
import { EventName, StatusTag } from '../components/labels';
import { LightTag } from '../components/Light';
import { Problem } from '../components/Problem';
import { useNarrow } from '../components/responsive';
import { EvidenceList, FiguresTable } from '../components/TaskFigures';
import { useApi } from '../components/useApi';
import { WithdrawButton } from '../components/WithdrawButton';
import { tell, type Names } from '../history';
import { key, useT } from '../i18n';
import { paths } from '../paths';
import { planIndicator, planItem } from '../plan';
import { hasRole, useMe, useOrganizationName } from '../session';
import { taskNumber } from '../tasks';

/** One task: where it stands, its history as a timeline, and the task as of any moment on that timeline. */
export function TaskPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useMe();
  const organizationName = useOrganizationName();
  const task = useApi<TaskDetails>(paths.task(id));
  const history = useApi<HistoryEntry[]>(paths.taskHistory(id));
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const past = useApi<TaskDetails>(asOf ? paths.task(id, asOf.toISOString()) : null);
  // The plan names the task's item and indicators, for now and for any moment: one task, one plan, one fetch.
  const workPlanId = task.data?.workPlanId;
  const plan = useApi<WorkPlan>(workPlanId ? paths.workPlan(workPlanId) : null);
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
  const narrow = useNarrow();
  const actions = task.data && <Actions task={task.data} isOffice={hasRole(me, 'OFFICE')} isUnit={hasRole(me, 'UNIT')} onDone={reload} />;
  return (
    <>
      <Typography.Title level={3} style={{ overflowWrap: 'anywhere' }}>
        {t('task.title')} {task.data && <span data-testid="task-number">{taskNumber(task.data)}</span>}{' '}
        {task.data && (
          <Typography.Text type="secondary">
            {task.data.itemCode} · {organizationName(task.data.organization)}
          </Typography.Text>
        )}
      </Typography.Title>
      <Problem error={task.error} />
      <Urged history={history.data} sent={hasRole(me, 'OFFICE')} />
      {/* on a phone the actions stand above the card: its header has no room for three buttons beside the title */}
      {narrow && actions && <div style={{ marginBottom: 12 }}>{actions}</div>}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          {task.data && (
            <Card title={t('task.now')} extra={!narrow && actions}>
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
        <Col xs={24} lg={10}>
          <Card title={t('task.history')}>
            <DatePicker
              showTime
              allowClear
              value={asOf}
              onChange={setAsOf}
              placeholder={t('task.chooseMoment')}
              style={{ marginBottom: 16 }}
              classNames={narrow ? { popup: { root: 'duban-stacked-picker' } } : undefined}
            />
            <Problem error={history.error} />
            <Timeline
              items={(history.data ?? []).map((e) => ({
                key: e.sequence,
                children: (
                  <div>
                    <Typography.Text strong>
                      <EventName type={e.type} />
                    </Typography.Text>{' '}
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
                    <Typography.Paragraph
                      ellipsis={{ rows: 2, expandable: true }}
                      style={{ marginBottom: 0 }}
                      data-testid="history-sentence"
                    >
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

/** The urges (催办) the unit received (the office: sent), the latest one's words: an urge must not hide in the timeline. */
function Urged({ history, sent }: { history: HistoryEntry[] | undefined; sent: boolean }) {
  const t = useT();
  const urges = (history ?? []).filter((e) => e.type === 'TaskUrged');
  if (urges.length === 0) return null;
  const latest = urges[urges.length - 1];
  const message = (latest.payload as { message?: string }).message ?? '';
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="task-urged"
      message={t(sent ? key('task.urgesSent') : key('task.urges'), { count: urges.length, message })}
      description={dayjs(latest.timestamp).format('YYYY-MM-DD HH:mm')}
    />
  );
}

function TaskView({ task, item }: { task: TaskDetails; item: PlanItem | undefined }) {
  const t = useT();
  return (
    <>
      {/* every breakpoint named: antd falls back to three columns for one left out */}
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 }} bordered>
        <Descriptions.Item label={t('tasks.status')}>
          <StatusTag status={task.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('task.light')}>
          <LightTag light={task.light} />
        </Descriptions.Item>
        <Descriptions.Item label={t('tasks.dueDate')}>
          {task.dueDate} {task.overdue && <Tag color="red">{t('task.overdue')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('task.weight')}>{task.weight ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('task.score')}>{task.score ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('task.taskList')}>{task.taskListNumber ?? task.taskListId?.substring(0, 8)}</Descriptions.Item>
        {item && (
          <Descriptions.Item label={t('tasks.item')} span={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 }}>
            {item.code} {item.title}
          </Descriptions.Item>
        )}
      </Descriptions>
      <div style={{ marginTop: 16 }}>
        <FiguresTable task={task} item={item} />
      </div>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('task.evidence')}
      </Typography.Title>
      <EvidenceList task={task} />
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
      if (open === 'urge') await api(paths.taskUrges(task.id), { method: 'POST', body: { message: text } });
      else await api(paths.taskExtensionRequests(task.id), { method: 'POST', body: { dueDate: date?.format('YYYY-MM-DD'), reason: text } });
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
    <Space wrap>
      <Button type="primary" onClick={() => navigate(`/work-queue?task=${encodeURIComponent(task.id)}`)}>
        {t('task.workItems')}
      </Button>
      {isOffice && <Button onClick={() => setOpen('urge')}>{t('task.urge')}</Button>}
      {isUnit && <Button onClick={() => setOpen('extension')}>{t('task.requestExtension')}</Button>}
      {isOffice && <WithdrawButton task={task} onDone={onDone} />}
      <Modal
        open={open !== null}
        title={open === 'urge' ? t('task.urge') : t('task.requestExtension')}
        onOk={() => void send()}
        onCancel={() => setOpen(null)}
      >
        <Problem error={error} />
        {open === 'extension' && (
          <DatePicker style={{ margin: '12px 0' }} value={date} onChange={setDate} placeholder={t('task.newDueDate')} />
        )}
        <Input.TextArea
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={open === 'urge' ? t('task.urgeMessage') : t('task.reason')}
        />
      </Modal>
    </Space>
  );
}
