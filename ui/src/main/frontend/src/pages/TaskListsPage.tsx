import { Button, Col, Input, Row, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { TaskSummary } from '../api';
import { StatusTag } from '../components/labels';
import { ImportButton, PaperworkLink } from '../components/Paperwork';
import { Problem } from '../components/Problem';
import { useNarrow } from '../components/responsive';
import { useApi, usePublishedPlans } from '../components/useApi';
import { usePage } from '../components/usePage';
import { useT } from '../i18n';
import { paths } from '../paths';
import { hasRole, useMe, useOrganizationName } from '../session';
import { taskNumber } from '../tasks';

interface TaskList {
  id: string;
  workPlanId: string;
  number: string;
  title: string;
  dueDate: string | null;
  status: string;
  assignments: unknown[];
  /** Empty in the list; the tasks once issued in a single list. */
  tasks: TaskSummary[];
}

/** 交办单: the office's task lists, each with its tasks once issued; a new one through the wizard. */
export function TaskListsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const narrow = useNarrow();
  // An office issues many lists a year: it finds one by a part of its number (督交〔2018〕N号) or title, which the
  // server looks for across all of them, a moment after the typing stops; the rest a page at a time.
  const [typed, setTyped] = useState('');
  const search = useSettled(typed, 300);
  const [status, setStatus] = useState<string>();
  const lists = usePage<TaskList>(paths.taskLists(), { q: search, status });
  const { published, plan, setChosen } = usePublishedPlans();
  const [importError, setImportError] = useState<unknown>();
  return (
    <>
      <Space style={{ marginBottom: 16 }} align="baseline" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('taskLists.title')}
        </Typography.Title>
        {hasRole(me, 'OFFICE') && (
          <Button type="primary" onClick={() => navigate('/task-lists/new')}>
            {t('taskLists.new')}
          </Button>
        )}
      </Space>
      {hasRole(me, 'OFFICE') && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Select
            style={{ minWidth: 240, maxWidth: '100%' }}
            value={plan}
            onChange={setChosen}
            aria-label={t('paperwork.plan')}
            placeholder={t('paperwork.plan')}
            options={published.map((p) => ({ value: p.id, label: p.title }))}
          />
          {plan && <PaperworkLink href={paths.taskListImportTemplate(plan)}>{t('paperwork.template')}</PaperworkLink>}
          <ImportButton
            path={paths.taskListImport()}
            onImported={() => {
              void message.success(t('paperwork.imported'));
              void lists.reload();
            }}
            onError={setImportError}
          >
            {t('paperwork.importList')}
          </ImportButton>
        </Space>
      )}
      <Problem error={importError} />
      <Problem error={lists.error} />
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} sm={16} lg={10} xl={8}>
          <Input.Search
            allowClear
            placeholder={t('taskLists.search')}
            aria-label={t('taskLists.search')}
            onChange={(e) => setTyped(e.target.value.trim())}
            onSearch={(text) => setTyped(text.trim())}
          />
        </Col>
        <Col xs={12} sm={8} lg={4}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('tasks.status')}
            aria-label={t('tasks.status')}
            value={status}
            onChange={setStatus}
            options={[
              { value: 'DRAFT', label: t('taskLists.draft') },
              { value: 'ISSUED', label: t('taskLists.issued') },
            ]}
          />
        </Col>
      </Row>
      <Table<TaskList>
        rowKey="id"
        size="small"
        loading={lists.loading}
        dataSource={lists.rows}
        pagination={lists.pagination}
        data-testid="task-lists"
        expandable={{
          expandedRowRender: (list) => <Tasks id={list.id} />,
        }}
        columns={[
          // on a phone the list's papers stand beneath its number: a column of their own would not fit beside it
          {
            title: t('wizard.number'),
            dataIndex: 'number',
            render: (n: string, list) =>
              narrow ? (
                <>
                  <div>{n}</div>
                  <ListPaperwork list={list} />
                </>
              ) : (
                n
              ),
          },
          { title: t('wizard.listTitle'), dataIndex: 'title', responsive: ['md'] },
          { title: t('wizard.dueDate'), dataIndex: 'dueDate', responsive: ['md'] },
          {
            title: t('tasks.status'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={s === 'ISSUED' ? 'blue' : 'default'}>{s === 'ISSUED' ? t('taskLists.issued') : t('taskLists.draft')}</Tag>
            ),
          },
          { title: t('taskLists.tasks'), render: (_, list) => list.assignments.length, responsive: ['md'] },
          {
            title: '',
            responsive: ['sm'],
            render: (_, list) => <ListPaperwork list={list} />,
          },
        ]}
      />
    </>
  );
}

/** The value once it has stayed the same for {@code ms}: a search box asks the server when the typing stops. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** A list's papers: its print view, its PDF and its 台账. */
function ListPaperwork({ list }: { list: TaskList }) {
  const t = useT();
  return (
    <Space size="small" wrap>
      <Link to={`/print/task-lists/${encodeURIComponent(list.id)}`} data-testid="print-task-list">
        {t('paperwork.printView')}
      </Link>
      <PaperworkLink href={paths.paperworkTaskList(list.id)}>{t('paperwork.print')}</PaperworkLink>
      <PaperworkLink
        href={paths.paperworkRegister(`workPlan=${encodeURIComponent(list.workPlanId)}&taskList=${encodeURIComponent(list.id)}`)}
      >
        {t('paperwork.register')}
      </PaperworkLink>
    </Space>
  );
}

/** The tasks of one list, fetched when its row opens. */
function Tasks({ id }: { id: string }) {
  const t = useT();
  const narrow = useNarrow();
  const name = useOrganizationName();
  const list = useApi<TaskList>(paths.taskList(id));
  return (
    <>
      <Problem error={list.error} />
      <Table<TaskSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.loading}
        dataSource={list.data?.tasks ?? []}
        columns={[
          // a phone has no room for the number beside the unit inside the list's row: the unit's name is the link there
          {
            title: t('tasks.id'),
            key: 'number',
            render: (_, task) => <Link to={`/tasks/${task.id}`}>{taskNumber(task)}</Link>,
            responsive: ['sm'],
          },
          { title: t('tasks.item'), dataIndex: 'itemCode', responsive: ['sm'] },
          {
            title: t('tasks.organization'),
            dataIndex: 'organization',
            render: (code: string, task) => (narrow ? <Link to={`/tasks/${task.id}`}>{name(code)}</Link> : name(code)),
          },
          { title: t('tasks.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
        ]}
      />
    </>
  );
}
