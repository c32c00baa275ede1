import { Table, Tag, Typography } from 'antd';
import type { PlanItem, TaskDetails } from '../api';
import { useT } from '../i18n';
import { paths } from '../paths';
import { indicatorName, planIndicator } from '../plan';
import { shortfall } from '../workItem';
import { fileSize } from './EvidenceUpload';

/**
 * A task's figures against its targets, one row per indicator. The gap is the latest review's; {@code preview} shows
 * instead what a review now would find, for the office about to decide one.
 */
export function FiguresTable({ task, item, preview = false }: { task: TaskDetails; item: PlanItem | undefined; preview?: boolean }) {
  const t = useT();
  const gap = (indicator: string) =>
    preview
      ? shortfall(task.targets[indicator], task.reported?.[indicator], planIndicator(item, indicator)?.comparator) || undefined
      : task.gaps?.find((g) => g.indicator === indicator)?.shortfall;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="indicator"
      dataSource={Object.keys(task.targets ?? {}).map((indicator) => ({
        indicator,
        target: task.targets[indicator],
        reported: task.reported?.[indicator],
        gap: gap(indicator),
      }))}
      columns={[
        { title: t('task.indicator'), dataIndex: 'indicator', render: (code: string) => indicatorName(item, code) },
        { title: t('task.target'), dataIndex: 'target' },
        { title: t('task.reported'), dataIndex: 'reported', render: (v) => v ?? '—' },
        { title: t('task.gap'), dataIndex: 'gap', render: (v) => (v ? <Tag color="gold">{v}</Tag> : '—') },
      ]}
    />
  );
}

/** A task's evidence files, each a download (served as an attachment: the browser saves it, never renders it). */
export function EvidenceList({ task }: { task: TaskDetails }) {
  const t = useT();
  const files = task.evidence ?? [];
  if (files.length === 0) return <Typography.Text type="secondary">{t('task.noEvidence')}</Typography.Text>;
  return (
    <ul data-testid="task-evidence" style={{ paddingLeft: 20, margin: 0 }}>
      {files.map((f) => (
        <li key={f.storageKey} style={{ overflowWrap: 'anywhere' }}>
          <a href={paths.taskEvidenceFile(task.id, f.storageKey)} download={f.name}>
            {f.name}
          </a>{' '}
          <Typography.Text type="secondary">{fileSize(f.size)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
