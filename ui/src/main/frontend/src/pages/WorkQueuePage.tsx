import { Alert, App, Button, Card, Col, Empty, List, Row, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, type WorkItem } from '../api';
import { FormRenderer, type FormSchema } from '../components/FormRenderer';
import { formTitle, withoutTitle } from '../components/formTitle';
import { Problem } from '../components/Problem';
import { useNarrow } from '../components/responsive';
import { useApi } from '../components/useApi';
import { DecisionBasis, WorkItemFacts } from '../components/WorkItemFacts';
import { useT } from '../i18n';
import { paths } from '../paths';
import { taskNumber } from '../tasks';
import { deadline, taskCaption } from '../workItem';

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
  const queue = useApi<WorkItem[]>(paths.workQueue());
  const items = (queue.data ?? []).filter((item) => !task || item.taskId === task);
  const keep = task ? `?task=${encodeURIComponent(task)}` : '';
  const narrow = useNarrow();
  const open = (item: WorkItem) => navigate(`/work-queue/${item.id}${keep}`);
  return (
    <>
      <Typography.Title level={3}>{t('workQueue.title')}</Typography.Title>
      <Problem error={queue.error} />
      {task && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          message={t('workQueue.forTask', { task: items[0] ? taskCaption(items[0]) : taskNumber({ id: task }) })}
          action={
            <Button size="small" type="link" onClick={() => setSearch({})}>
              {t('workQueue.showAll')}
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        {/* on a phone the open item takes the screen; the list is one tap back */}
        {!(narrow && id) && (
          <Col xs={24} lg={id ? 10 : 24}>
            {narrow ? (
              <WorkItemCards items={items} loading={queue.loading} open={open} />
            ) : (
              <WorkItemTable items={items} loading={queue.loading} open={open} selected={id} compact={!!id} />
            )}
          </Col>
        )}
        {id && (
          <Col xs={24} lg={14}>
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

/** The queue on a desktop; {@code compact} beside an open form, where only what tells the items apart has room. */
function WorkItemTable({
  items,
  loading,
  open,
  selected,
  compact,
}: {
  items: WorkItem[];
  loading: boolean;
  open: (item: WorkItem) => void;
  selected?: string;
  compact: boolean;
}) {
  const t = useT();
  const today = dayjs();
  return (
    <Table<WorkItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: <Empty description={t('workQueue.empty')} /> }}
      onRow={(item) =>
        ({ onClick: () => open(item), style: { cursor: 'pointer' }, 'data-testid': 'work-item' }) as HTMLAttributes<HTMLElement>
      }
      rowClassName={(item) => (item.id === selected ? 'ant-table-row-selected' : '')}
      columns={[
        { title: t('workQueue.name'), key: 'name', render: (_, item) => <ItemName item={item} /> },
        { title: t('workQueue.task'), key: 'task', render: (_, item) => <TaskLink item={item} /> },
        ...(compact
          ? []
          : [
              {
                title: t('tasks.id'),
                key: 'taskNumber',
                render: (_: unknown, item: WorkItem) => item.taskNumber ?? item.taskListNumber ?? '—',
              },
              {
                title: t('workQueue.organization'),
                key: 'organization',
                render: (_: unknown, item: WorkItem) => item.organizationName ?? item.organization ?? '—',
              },
            ]),
        { title: t('workQueue.taskDue'), key: 'taskDue', render: (_, item) => deadline(item.taskDueDate, today, t) },
        ...(compact
          ? []
          : [
              {
                title: t('workQueue.itemDue'),
                key: 'due',
                render: (_: unknown, item: WorkItem) => (item.due ? dayjs(item.due).format('YYYY-MM-DD HH:mm') : '—'),
              },
              {
                title: t('workQueue.created'),
                key: 'created',
                render: (_: unknown, item: WorkItem) => dayjs(item.created).format('YYYY-MM-DD HH:mm'),
              },
            ]),
      ]}
    />
  );
}

/** The queue on a phone: a card per item, what it is at a glance, the whole card a tap target. */
function WorkItemCards({ items, loading, open }: { items: WorkItem[]; loading: boolean; open: (item: WorkItem) => void }) {
  const t = useT();
  const today = dayjs();
  if (!loading && items.length === 0) return <Empty description={t('workQueue.empty')} />;
  return (
    <List
      loading={loading}
      dataSource={items}
      split={false}
      renderItem={(item) => (
        <Card
          size="small"
          hoverable
          style={{ marginBottom: 8 }}
          onClick={() => open(item)}
          data-testid="work-item"
          title={<ItemName item={item} />}
        >
          <div>
            <TaskLink item={item} />
          </div>
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {[item.taskNumber ?? item.taskListNumber, item.organizationName ?? item.organization].filter(Boolean).join(' · ')}
          </Typography.Text>
          <div>
            {t('workQueue.taskDue')}：{deadline(item.taskDueDate, today, t)}
          </div>
          {item.due && (
            <div>
              {t('workQueue.itemDue')}：{dayjs(item.due).format('YYYY-MM-DD HH:mm')}
            </div>
          )}
        </Card>
      )}
    />
  );
}

/** The item's name, and a tag when the office urged its task: an urge must be seen where the work is. */
function ItemName({ item }: { item: WorkItem }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <span data-testid="work-item-name">{item.name}</span>
      {(item.urges ?? 0) > 0 && (
        <Tooltip title={item.lastUrge}>
          <Tag color="volcano" data-testid="work-item-urged">
            {t('workQueue.urged', { count: item.urges ?? 0 })}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}

function TaskLink({ item }: { item: WorkItem }) {
  return (
    <Link to={`/tasks/${item.taskId}`} onClick={(e) => e.stopPropagation()} style={{ overflowWrap: 'anywhere' }}>
      {taskCaption(item)}
    </Link>
  );
}

/** One work item's form: {@code onDone} once it is completed (the queue has changed), {@code onClose} to put it away. */
function WorkItemForm({ id, item, onDone, onClose }: { id: string; item: WorkItem | undefined; onDone: () => void; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const form = useApi<FormSchema>(paths.workQueueForm(id));
  const narrow = useNarrow();
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
      await api(paths.workQueueComplete(id), { method: 'POST', body: data });
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
      styles={{ body: { padding: narrow ? 12 : undefined } }}
      data-testid="work-item-form"
    >
      {item && <WorkItemFacts item={item} />}
      {item && <DecisionBasis item={item} />}
      <Problem error={form.error} />
      {error !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <Problem error={error} />
        </div>
      )}
      {schema && (
        <FormRenderer
          key={id}
          schema={schema}
          taskId={item?.taskId}
          submitting={submitting}
          error={error}
          onSubmit={(d) => void submit(d)}
        />
      )}
      <Button type="link" onClick={onClose} style={{ paddingLeft: 0, marginTop: 8 }} data-testid="work-item-close">
        {narrow ? t('workQueue.back') : t('common.close')}
      </Button>
    </Card>
  );
}
