import { Alert, Button, Card, Col, List, Row, Select, Space, Table, Tag, Typography, type PaginationProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect, type HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Light, TaskSummary, WorkPlan } from '../api';
import { statusName, StatusTag } from '../components/labels';
import { lightName, LightTag } from '../components/Light';
import { Problem } from '../components/Problem';
import { useNarrow } from '../components/responsive';
import { useApi } from '../components/useApi';
import { useApiPage } from '../components/usePage';
import { useT } from '../i18n';
import { paths } from '../paths';
import { itemLabel, taskItem } from '../plan';
import { hasRole, useMe, useOrganizationName, useOrganizations } from '../session';
import {
  changeFilter,
  LIGHTS,
  PAGE_SIZES,
  pageInRange,
  readTaskFilters,
  TASK_STATUSES,
  taskNumber,
  taskQuery,
  writeTaskFilters,
  type TaskFilters,
} from '../tasks';

type Filter = Parameters<typeof changeFilter>[1];

/**
 * 任务: the tasks I may see (a unit: its own), a page at a time, found by plan, plan item, organization, status,
 * light and overdue. The filters and the page are the address's (`/tasks?workPlan=..&organization=..`), so the
 * status board links to a row's tasks and back and forward step through what the user chose; `asOf` shows the
 * tasks as they stood at that moment until it is cleared.
 */
export function TasksPage() {
  const t = useT();
  const me = useMe();
  const narrow = useNarrow();
  const ownOnly = !hasRole(me, 'OFFICE', 'AUDITOR', 'ADMIN');
  const [params, setParams] = useSearchParams();
  const filters = readTaskFilters(params);
  const tasks = useApiPage<TaskSummary>(taskQuery(filters, ownOnly));
  const plans = useApi<WorkPlan[]>(paths.workPlans());
  const published = (plans.data ?? []).filter((p) => p.status === 'PUBLISHED').sort((a, b) => b.year - a.year);
  const go = (next: TaskFilters) => setParams(writeTaskFilters(next));
  // an address kept from when there were more tasks may ask for a page past the end: show the last one instead
  const moveTo = tasks.answered && !tasks.error ? pageInRange(filters, tasks.total) : undefined;
  useEffect(() => {
    if (moveTo) setParams(writeTaskFilters({ ...filters, page: moveTo }), { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [moveTo]);
  const set = (name: Filter) => (value?: string) => go(changeFilter(filters, name, value));
  const pagination: PaginationProps = {
    current: filters.page,
    pageSize: filters.size,
    total: tasks.total,
    showSizeChanger: true,
    pageSizeOptions: [...PAGE_SIZES],
    showTotal: (total: number) => t('tasks.total', { count: total }),
    onChange: (page: number, size: number) => go({ ...filters, page: size === filters.size ? page : 1, size }),
  };
  const item = (task: TaskSummary) => itemLabel(taskItem(plans.data, task.itemCode, task.workPlanId ?? filters.workPlan), task.itemCode);
  return (
    <>
      <Typography.Title level={3}>{t('tasks.title')}</Typography.Title>
      <TaskFilterBar filters={filters} plans={published} ownOnly={ownOnly} set={set} />
      {filters.asOf && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="tasks-as-of"
          message={t('tasks.asOf', { moment: moment(filters.asOf) })}
          action={
            <Button size="small" type="link" onClick={() => set('asOf')(undefined)} data-testid="tasks-as-of-clear">
              {t('tasks.clearAsOf')}
            </Button>
          }
        />
      )}
      <Problem error={plans.error} />
      <Problem error={tasks.error} />
      {narrow ? (
        <TaskCards tasks={tasks.rows} loading={tasks.loading} pagination={pagination} item={item} />
      ) : (
        <TaskTable tasks={tasks.rows} loading={tasks.loading} pagination={pagination} item={item} />
      )}
    </>
  );
}

/** An instant of the address as the reader's clock shows it; as it came when it is not one. */
function moment(asOf: string): string {
  const at = dayjs(asOf);
  return at.isValid() ? at.format('YYYY-MM-DD HH:mm:ss') : asOf;
}

/** The filters, a grid that wraps: four in a row on a wide desktop, two on a phone, none wider than the screen. */
function TaskFilterBar({
  filters,
  plans,
  ownOnly,
  set,
}: {
  filters: TaskFilters;
  plans: WorkPlan[];
  ownOnly: boolean;
  set: (name: Filter) => (value?: string) => void;
}) {
  const t = useT();
  const organizations = useOrganizations();
  const plan = plans.find((p) => p.id === filters.workPlan);
  const bar = { filters, set };
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }} data-testid="task-filters">
      <FilterSelect
        {...bar}
        name="workPlan"
        label={t('tasks.workPlan')}
        testId="filter-work-plan"
        options={plans.map((p) => ({ value: p.id, label: p.title }))}
      />
      {/* a plan's item codes are its own: the items to choose from are the chosen plan's */}
      <FilterSelect
        {...bar}
        name="item"
        label={t('tasks.item')}
        testId="filter-item"
        searchable
        disabled={!plan && !filters.item}
        options={(plan?.items ?? []).map((i) => ({ value: i.code, label: itemLabel(i, i.code) }))}
      />
      {!ownOnly && (
        <FilterSelect
          {...bar}
          name="organization"
          label={t('tasks.organization')}
          testId="filter-organization"
          searchable
          options={(organizations.data ?? []).map((o) => ({ value: o.code, label: o.name }))}
        />
      )}
      <FilterSelect
        {...bar}
        name="status"
        label={t('tasks.status')}
        testId="filter-status"
        options={TASK_STATUSES.map((s) => ({ value: s, label: statusName(s, t) }))}
      />
      <FilterSelect
        {...bar}
        name="light"
        label={t('tasks.light')}
        testId="filter-light"
        options={LIGHTS.map((l) => ({ value: l, label: lightName(l, t) }))}
      />
      <FilterSelect
        {...bar}
        name="overdue"
        label={t('tasks.overdue')}
        testId="filter-overdue"
        options={[
          { value: 'true', label: t('tasks.overdueYes') },
          { value: 'false', label: t('tasks.overdueNo') },
        ]}
      />
    </Row>
  );
}

/** One filter of the bar, in its cell of the grid: a clearable select named by its label, its value the address's. */
function FilterSelect({
  filters,
  set,
  name,
  label,
  testId,
  options,
  searchable,
  disabled,
}: {
  filters: TaskFilters;
  set: (name: Filter) => (value?: string) => void;
  name: Filter;
  label: string;
  testId: string;
  options: { value: string; label: string }[];
  searchable?: boolean;
  disabled?: boolean;
}) {
  return (
    <Col xs={12} lg={8} xl={6}>
      <Select
        allowClear
        showSearch={searchable}
        optionFilterProp={searchable ? 'label' : undefined}
        style={{ width: '100%' }}
        placeholder={label}
        aria-label={label}
        value={filters[name] as string | undefined}
        onChange={set(name)}
        disabled={disabled}
        data-testid={testId}
        options={options}
      />
    </Col>
  );
}

interface ListProps {
  tasks: TaskSummary[];
  loading: boolean;
  pagination: PaginationProps;
  /** The task's plan item by its code and title. */
  item: (task: TaskSummary) => string;
}

function Due({ task }: { task: TaskSummary }) {
  const t = useT();
  return (
    <>
      {task.dueDate ?? '—'} {task.overdue && <Tag color="red">{t('task.overdue')}</Tag>}
    </>
  );
}

function TaskTable({ tasks, loading, pagination, item }: ListProps) {
  const t = useT();
  const name = useOrganizationName();
  return (
    <Table<TaskSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={tasks}
      pagination={pagination}
      data-testid="tasks-table"
      onRow={() => ({ 'data-testid': 'task-row' }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('tasks.id'), key: 'number', render: (_, task) => <Link to={`/tasks/${task.id}`}>{taskNumber(task)}</Link> },
        { title: t('tasks.item'), key: 'item', render: (_, task) => item(task) },
        { title: t('tasks.organization'), dataIndex: 'organization', render: (code: string) => name(code) },
        { title: t('tasks.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
        { title: t('tasks.light'), dataIndex: 'light', render: (light: Light) => <LightTag light={light} /> },
        { title: t('tasks.dueDate'), key: 'dueDate', render: (_, task) => <Due task={task} /> },
      ]}
    />
  );
}

/** The tasks on a phone: a card each, its number the link, what it is and where it stands beneath. */
function TaskCards({ tasks, loading, pagination, item }: ListProps) {
  const t = useT();
  const name = useOrganizationName();
  return (
    <List
      loading={loading}
      dataSource={tasks}
      split={false}
      pagination={{ ...pagination, size: 'small', simple: true }}
      data-testid="tasks-table"
      renderItem={(task) => (
        <Card
          size="small"
          style={{ marginBottom: 8 }}
          data-testid="task-row"
          title={
            <Link to={`/tasks/${task.id}`} style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
              {taskNumber(task)}
            </Link>
          }
          extra={<LightTag light={task.light} />}
        >
          <div style={{ overflowWrap: 'anywhere' }}>{item(task)}</div>
          <Typography.Text type="secondary">{name(task.organization)}</Typography.Text>
          <Space size="small" wrap style={{ display: 'flex', marginTop: 4 }}>
            <StatusTag status={task.status} />
            <span>
              {t('tasks.dueDate')}：<Due task={task} />
            </span>
          </Space>
        </Card>
      )}
    />
  );
}
