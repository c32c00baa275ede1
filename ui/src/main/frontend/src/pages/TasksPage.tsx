import { Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TaskSummary } from '../api';
import { useOrganizationName } from '../App';
import { StatusTag } from '../components/labels';
import { Problem } from '../components/Problem';
import { useApi } from '../components/useApi';
import { useT } from '../i18n';

/** 任务: the tasks I may see (a unit: its own). */
export function TasksPage() {
  const t = useT();
  const tasks = useApi<TaskSummary[]>('/api/tasks');
  const name = useOrganizationName();
  return (
    <>
      <Typography.Title level={3}>{t('tasks.title')}</Typography.Title>
      <Problem error={tasks.error} />
      <Table<TaskSummary>
        rowKey="id"
        size="small"
        loading={tasks.loading}
        dataSource={tasks.data ?? []}
        columns={[
          { title: t('tasks.id'), dataIndex: 'id', render: (id: string) => <Link to={`/tasks/${id}`}>{id.substring(0, 8)}</Link> },
          { title: t('tasks.item'), dataIndex: 'itemCode' },
          { title: t('tasks.organization'), dataIndex: 'organization', render: name, responsive: ['sm'] },
          { title: t('tasks.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          { title: t('tasks.dueDate'), dataIndex: 'dueDate' },
        ]}
      />
    </>
  );
}
