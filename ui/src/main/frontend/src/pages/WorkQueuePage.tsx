import { Alert, App, Button, Card, Col, Empty, Row, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, type WorkItem } from '../api';
import { FormRenderer, type FormSchema } from '../components/FormRenderer';
import { formTitle, withoutTitle } from '../components/formTitle';
import { Problem } from '../components/Problem';
import { useApi } from '../components/useApi';
import { useT } from '../i18n';

/**
 * 工作台: my open work items; the chosen one's Camunda Form beside the list. {@code ?task=} narrows the list to one
 * task's items (the task page links here): the office's queue holds an item for every task under review.
 */
export function WorkQueuePage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const task = search.get('task');
  const queue = useApi<WorkItem[]>('/api/work-queue');
  const items = (queue.data ?? []).filter((item) => !task || item.taskId === task);
  const keep = task ? `?task=${encodeURIComponent(task)}` : '';
  return (
    <>
      <Typography.Title level={3}>{t('workQueue.title')}</Typography.Title>
      <Problem error={queue.error} />
      {task && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          message={t('workQueue.forTask', { task: task.substring(0, 8) })}
          action={<Button size="small" type="link" onClick={() => setSearch({})}>{t('workQueue.showAll')}</Button>}
        />
      )}
      <Row gutter={16}>
        <Col span={id ? 10 : 24}>
          <Table<WorkItem>
            rowKey="id"
            size="small"
            loading={queue.loading}
            dataSource={items}
            locale={{ emptyText: <Empty description={t('workQueue.empty')} /> }}
            onRow={(item) => ({ onClick: () => navigate(`/work-queue/${item.id}${keep}`), style: { cursor: 'pointer' } })}
            rowClassName={(item) => (item.id === id ? 'ant-table-row-selected' : '')}
            columns={[
              { title: t('workQueue.name'), dataIndex: 'name' },
              {
                title: t('workQueue.task'),
                dataIndex: 'taskId',
                render: (taskId: string) => (
                  <Link to={`/tasks/${taskId}`} onClick={(e) => e.stopPropagation()}>
                    {taskId.substring(0, 8)}
                  </Link>
                ),
              },
              { title: t('workQueue.created'), dataIndex: 'created', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
              { title: t('workQueue.due'), dataIndex: 'due', render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD') : '—') },
            ]}
          />
        </Col>
        {id && (
          <Col span={14}>
            <WorkItemForm
              id={id}
              item={queue.data?.find((i) => i.id === id)}
              onDone={() => {
                void queue.reload();
                navigate(`/work-queue${keep}`);
              }}
              onClose={() => navigate(`/work-queue${keep}`)}
            />
          </Col>
        )}
      </Row>
    </>
  );
}

/** One work item's form: {@code onDone} once it is completed (the queue has changed), {@code onClose} to put it away. */
function WorkItemForm({ id, item, onDone, onClose }: { id: string; item: WorkItem | undefined; onDone: () => void; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const form = useApi<FormSchema>(`/api/work-queue/${id}/form`);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();
  // Headed by the work item's own name (the BPMN user task's), not by its form's title: 核查整改 reuses the gap
  // review's form, titled 查漏补缺. The form's title serves only while the queue has not named the item.
  const heading = item?.name ?? (form.data && formTitle(form.data)) ?? t('workQueue.form');
  // One object per form loaded: the renderer re-applies the server's field errors when its schema changes.
  const schema = useMemo(() => form.data && withoutTitle(form.data), [form.data]);
  const submit = async (data: Record<string, unknown>) => {
    setSubmitting(true);
    setError(undefined);
    try {
      await api(`/api/work-queue/${id}/complete`, { method: 'POST', body: data });
      void message.success(t('workQueue.completed'));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <Card
      title={
        <Typography.Title level={5} style={{ margin: 0 }}>
          {heading}
        </Typography.Title>
      }
      extra={item && <Link to={`/tasks/${item.taskId}`}>{t('workQueue.openTask')}</Link>}
      data-testid="work-item-form"
    >
      <Problem error={form.error} />
      {error !== undefined && <div style={{ marginBottom: 16 }}><Problem error={error} /></div>}
      {schema && <FormRenderer key={id} schema={schema} taskId={item?.taskId} submitting={submitting} error={error} onSubmit={(d) => void submit(d)} />}
      <Button type="link" onClick={onClose} style={{ paddingLeft: 0, marginTop: 8 }}>
        {t('common.close')}
      </Button>
    </Card>
  );
}
