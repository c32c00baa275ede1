import { Descriptions, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HistoryEntry, TaskDetails, WorkItem, WorkPlan } from '../api';
import { useT } from '../i18n';
import { paths } from '../paths';
import { planItem } from '../plan';
import { deadline, latestExtensionRequest, latestNarrative, taskCaption } from '../workItem';
import { Problem } from './Problem';
import { EvidenceList, FiguresTable } from './TaskFigures';
import { useApi } from './useApi';

/** What a work item is: its task, list, unit and deadlines, and the office's latest urge, above its form. */
export function WorkItemFacts({ item }: { item: WorkItem }) {
  const t = useT();
  return (
    <Descriptions size="small" column={1} style={{ marginBottom: 16 }} data-testid="work-item-facts">
      <Descriptions.Item label={t('workQueue.task')}>{taskCaption(item)}</Descriptions.Item>
      {item.taskListNumber && <Descriptions.Item label={t('workQueue.taskList')}>{item.taskListNumber}</Descriptions.Item>}
      {item.organization && (
        <Descriptions.Item label={t('workQueue.organization')}>{item.organizationName ?? item.organization}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('workQueue.taskDue')}>{deadline(item.taskDueDate, dayjs(), t)}</Descriptions.Item>
      {item.due && <Descriptions.Item label={t('workQueue.itemDue')}>{dayjs(item.due).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>}
      {(item.urges ?? 0) > 0 && (
        <Descriptions.Item label={t('workQueue.lastUrge')}>
          <Typography.Text type="danger" data-testid="work-item-last-urge">
            {item.lastUrge}{' '}
            {item.lastUrgedAt &&
              `（${dayjs(item.lastUrgedAt).format('MM-DD HH:mm')}，${t('workQueue.urged', { count: item.urges ?? 0 })}）`}
          </Typography.Text>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** The office's decisions, with what they decide on: an extension request, or the figures and evidence reported. */
const DECISIONS: Record<string, 'extension' | 'figures' | 'assessment'> = {
  Task_DecideExtension: 'extension',
  Task_ReviewGaps: 'figures',
  Task_VerifyRectification: 'figures',
  Task_Assess: 'assessment',
};

export function DecisionBasis({ item }: { item: WorkItem }) {
  const kind = item.activity ? DECISIONS[item.activity] : undefined;
  if (!kind) return null;
  return <Basis taskId={item.taskId} kind={kind} />;
}

function Basis({ taskId, kind }: { taskId: string; kind: 'extension' | 'figures' | 'assessment' }) {
  const t = useT();
  const task = useApi<TaskDetails>(paths.task(taskId));
  const history = useApi<HistoryEntry[]>(paths.taskHistory(taskId));
  const plan = useApi<WorkPlan>(kind !== 'extension' && task.data?.workPlanId ? paths.workPlan(task.data.workPlanId) : null);
  if (task.error || history.error) return <Problem error={task.error ?? history.error} />;
  if (!task.data || !history.data) return null;
  if (kind === 'extension') {
    const request = latestExtensionRequest(history.data);
    return (
      <Descriptions
        size="small"
        bordered
        column={1}
        title={t('decision.extension')}
        style={{ marginBottom: 16 }}
        data-testid="decision-basis"
      >
        <Descriptions.Item label={t('decision.currentDue')}>{task.data.dueDate}</Descriptions.Item>
        <Descriptions.Item label={t('decision.requestedDue')}>{request?.dueDate ?? t('decision.noRequest')}</Descriptions.Item>
        <Descriptions.Item label={t('decision.reason')}>{request?.reason || '—'}</Descriptions.Item>
      </Descriptions>
    );
  }
  const narrative = latestNarrative(history.data);
  return (
    <div style={{ marginBottom: 16 }} data-testid="decision-basis">
      <Typography.Title level={5}>{t('decision.figures')}</Typography.Title>
      {/* a review about to be made shows what it will find; the assessment, what the last review found */}
      <FiguresTable task={task.data} item={planItem(plan.data, task.data.itemCode)} preview={kind === 'figures'} />
      {narrative && (
        <Typography.Paragraph style={{ marginTop: 12, overflowWrap: 'anywhere' }}>
          <Typography.Text type="secondary">{t('decision.narrative')}：</Typography.Text>
          {narrative}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('task.evidence')}
      </Typography.Title>
      <EvidenceList task={task.data} />
    </div>
  );
}
