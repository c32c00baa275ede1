import { App, Button, Card, Col, Empty, Row, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, type WorkItem } from '../api';
import { FormRenderer, type FormSchema } from '../components/FormRenderer';
import { Problem } from '../components/Problem';
import { useApi } from '../components/useApi';
import { useT } from '../i18n';

/** 工作台: my open work items; the chosen one's Camunda Form beside the list. */
export function WorkQueuePage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const queue = useApi<WorkItem[]>('/api/work-queue');
  return (
    <>
      <Typography.Title level={3}>{t('workQueue.title')}</Typography.Title>
      <Problem error={queue.error} />
      <Row gutter={16}>
        <Col span={id ? 10 : 24}>
          <Table<WorkItem>
            rowKey="id"
            size="small"
            loading={queue.loading}
            dataSource={queue.data ?? []}
            locale={{ emptyText: <Empty description={t('workQueue.empty')} /> }}
            onRow={(item) => ({ onClick: () => navigate(`/work-queue/${item.id}`), style: { cursor: 'pointer' } })}
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
            <WorkItemForm id={id} item={queue.data?.find((i) => i.id === id)} onDone={() => { void queue.reload(); navigate('/work-queue'); }} />
          </Col>
        )}
      </Row>
    </>
  );
}

function WorkItemForm({ id, item, onDone }: { id: string; item: WorkItem | undefined; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const form = useApi<FormSchema>(`/api/work-queue/${id}/form`);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();
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
      title={item?.name ?? t('workQueue.form')}
      extra={item && <Link to={`/tasks/${item.taskId}`}>{t('workQueue.openTask')}</Link>}
      data-testid="work-item-form"
    >
      <Problem error={form.error} />
      {error !== undefined && <div style={{ marginBottom: 16 }}><Problem error={error} /></div>}
      {form.data && <FormRenderer key={id} schema={form.data} taskId={item?.taskId} submitting={submitting} error={error} onSubmit={(d) => void submit(d)} />}
      <Button type="link" onClick={onDone} style={{ paddingLeft: 0, marginTop: 8 }}>
        {t('common.close')}
      </Button>
    </Card>
  );
}
