import { Alert, Button, Card, Col, DatePicker, Empty, List, Progress, Row, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { OrganizationStatus, PlanItemStatus, RankingEntry, WorkPlan } from '../api';
import { boardQuery, isFutureDay, momentOf, pastMoment, tasksLink } from '../board';
import { LightTag } from '../components/Light';
import { watchStatus } from '../components/liveStatus';
import { PaperworkLink } from '../components/Paperwork';
import { Problem } from '../components/Problem';
import { useNarrow } from '../components/responsive';
import { useApi, usePublishedPlans } from '../components/useApi';
import { useT } from '../i18n';
import { paths } from '../paths';
import { indicatorName, itemLabel, planIndicator, planItem, withUnit } from '../plan';
import { hasRole, useMe } from '../session';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const POLL_MS = 30_000;
const CHANGE_SETTLE_MS = 300;

/**
 * 督查看板: for one published work plan (the latest unless chosen), one row per Party organization with its light,
 * the city-wide progress per indicator and the ranking; each row and line leads to the tasks behind it.
 * Live: the server's event stream when there is one, otherwise a poll every 30 seconds. As of a past moment (from
 * the event store) it shows how everything stood then and stays so: live changes do not replace it.
 * The plan and the moment are in the address (`?workPlan=&asOf=`), so the way back from a task finds the same board.
 */
export function StatusBoard() {
  const t = useT();
  const me = useMe();
  const seesAll = hasRole(me, 'OFFICE', 'AUDITOR', 'ADMIN');
  const [params, setParams] = useSearchParams();
  const { plans, published, plan: newest } = usePublishedPlans();
  const plan = params.get('workPlan') ?? newest;
  const moment = momentOf(params.get('asOf'));
  const asOf = moment?.toISOString() ?? null;
  const show = (change: { workPlan?: string; asOf?: Dayjs | null }) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (change.workPlan) next.set('workPlan', change.workPlan);
        if (change.asOf) next.set('asOf', pastMoment(change.asOf).toISOString());
        else if (change.asOf === null) next.delete('asOf');
        return next;
      },
      { replace: true },
    );
  const query = plan ? boardQuery(plan, asOf) : null;
  const organizations = useApi<OrganizationStatus[]>(query && paths.statusOrganizations(query));
  const items = useApi<PlanItemStatus[]>(seesAll && query ? paths.statusPlanItems(query) : null);
  const ranking = useApi<RankingEntry[]>(seesAll && query ? paths.assessmentRanking(query) : null);
  // The plan itself, read from its stream, names the items and indicators the progress comes with by code.
  const details = useApi<WorkPlan>(seesAll && plan ? paths.workPlan(plan) : null);
  const named = details.data?.id === plan ? details.data : published.find((p) => p.id === plan);
  const [live, setLive] = useState(false);
  const narrow = useNarrow();

  const refresh = () => {
    // A past moment stays as it was: the stream and the poll would only ask the event store the same again.
    if (asOf) return;
    void organizations.reload();
    if (seesAll) {
      void items.reload();
      void ranking.reload();
    }
  };

  // The stream and the poll outlive renders; they call the refresh of the plan chosen now.
  const latest = useRef(refresh);
  latest.current = refresh;

  useEffect(
    () =>
      watchStatus({
        open: () => (typeof EventSource === 'undefined' ? null : new EventSource(paths.statusStream())),
        refresh: () => latest.current(),
        setLive,
        pollMs: POLL_MS,
        settleMs: CHANGE_SETTLE_MS,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [seesAll],
  );

  return (
    <>
      <Space style={{ marginBottom: 16 }} align="baseline" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {seesAll ? t('board.title') : t('board.myStatus')}
        </Typography.Title>
        <Select
          style={{ minWidth: 240, maxWidth: '100%' }}
          value={plan}
          onChange={(workPlan: string) => show({ workPlan })}
          placeholder={t('board.workPlan')}
          loading={plans.loading}
          options={published.map((p) => ({ value: p.id, label: p.title }))}
          data-testid="board-work-plan"
        />
        <DatePicker
          showTime
          allowClear
          value={moment}
          onChange={(picked) => show({ asOf: picked })}
          disabledDate={(day) => isFutureDay(day)}
          placeholder={t('board.chooseMoment')}
          style={{ width: 200, maxWidth: '100%' }}
          classNames={narrow ? { popup: { root: 'duban-stacked-picker' } } : undefined}
        />
        {!moment && (
          <>
            <Typography.Text type="secondary">{live ? t('board.live') : t('board.polling')}</Typography.Text>
            <Button size="small" onClick={refresh}>
              {t('common.refresh')}
            </Button>
          </>
        )}
      </Space>
      {moment && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="board-as-of"
          message={t('board.asOf', { moment: moment.format('YYYY-MM-DD HH:mm:ss') })}
          description={t('board.asOfNote')}
          action={
            <Button size="small" onClick={() => show({ asOf: null })} data-testid="board-back-to-live">
              {t('board.backToLive')}
            </Button>
          }
        />
      )}
      {hasRole(me, 'OFFICE', 'AUDITOR') && plan && <BoardPaperwork plan={plan} asOf={asOf} />}
      <Card title={t('board.organizations')} size="small">
        <Problem error={plans.error ?? organizations.error} />
        {narrow ? (
          <OrganizationCards rows={organizations.data ?? []} loading={organizations.loading} plan={plan} asOf={asOf} />
        ) : (
          <Table<OrganizationStatus>
            rowKey="organization"
            size="small"
            pagination={false}
            loading={organizations.loading}
            dataSource={organizations.data ?? []}
            data-testid="status-board"
            onRow={() => ({ 'data-testid': 'board-row' }) as HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('board.organization'),
                dataIndex: 'name',
                render: (name: string, row) => <OrganizationLink row={row} name={name} plan={plan} asOf={asOf} />,
              },
              { title: t('board.light'), dataIndex: 'light', render: (light) => <LightTag light={light} /> },
              { title: t('board.tasks'), dataIndex: 'tasks' },
              { title: t('board.closed'), dataIndex: 'closed', render: (n: number) => <span data-testid="board-closed">{n}</span> },
              {
                title: t('board.completion'),
                dataIndex: 'completion',
                render: (c: number) => <Progress percent={percent(c)} size="small" style={{ width: 140 }} />,
              },
              { title: t('board.openGaps'), dataIndex: 'openGaps' },
              {
                title: t('board.overdue'),
                dataIndex: 'overdue',
                render: (n: number, row) => <Overdue count={n} row={row} plan={plan} asOf={asOf} />,
              },
              {
                title: t('board.score'),
                dataIndex: 'score',
                render: (s: number | null) => <span data-testid="board-score">{score(s)}</span>,
              },
            ]}
          />
        )}
      </Card>
      {seesAll && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} md={12}>
            <Card title={t('board.planItems')} size="small">
              <Problem error={items.error} />
              {(items.data ?? []).length === 0 && !items.error && <Empty />}
              {(items.data ?? []).map((i) => {
                const item = planItem(named, i.itemCode);
                const figures = withUnit(`${i.reported} / ${i.target ?? '—'}`, planIndicator(item, i.indicator)?.unit);
                return (
                  <div key={`${i.itemCode}|${i.indicator}`} style={{ marginBottom: 8 }} data-testid="plan-item-progress">
                    <Typography.Text>
                      {plan ? (
                        <Link
                          to={tasksLink({ workPlan: plan, item: i.itemCode, asOf })}
                          title={t('board.showItemTasks')}
                          data-testid="plan-item-tasks"
                        >
                          {itemLabel(item, i.itemCode)}
                        </Link>
                      ) : (
                        itemLabel(item, i.itemCode)
                      )}{' '}
                      · {indicatorName(item, i.indicator)}
                    </Typography.Text>
                    <Progress percent={percent(i.completion)} format={() => figures} />
                  </div>
                );
              })}
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card title={t('board.ranking')} size="small">
              <Problem error={ranking.error} />
              {(ranking.data ?? []).length === 0 ? (
                !ranking.error && <Empty />
              ) : (
                <ReactEChartsCore
                  echarts={echarts}
                  style={{ height: 360 }}
                  option={{
                    tooltip: {},
                    grid: { left: 110, right: narrow ? 8 : 24, top: 8, bottom: 24 },
                    xAxis: { type: 'value', max: 100 },
                    yAxis: {
                      type: 'category',
                      inverse: true,
                      data: (ranking.data ?? []).map((r) => `${r.rank}. ${r.name ?? r.organization}`),
                    },
                    series: [
                      {
                        type: 'bar',
                        name: t('board.score'),
                        data: (ranking.data ?? []).map((r) => r.score ?? 0),
                        itemStyle: { color: '#c0392b' },
                      },
                    ],
                  }}
                />
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

interface RowLinks {
  /** The plan the board shows; its rows lead nowhere before it is known. */
  plan: string | undefined;
  asOf: string | null;
}

/** The organizations on a phone: a card each, its light and progress first, its counts beneath. */
function OrganizationCards({ rows, loading, plan, asOf }: { rows: OrganizationStatus[]; loading: boolean } & RowLinks) {
  const t = useT();
  return (
    <List
      loading={loading}
      dataSource={rows}
      split={false}
      data-testid="status-board"
      renderItem={(row) => (
        <Card
          size="small"
          style={{ marginBottom: 8 }}
          data-testid="board-row"
          title={<OrganizationLink row={row} name={row.name} plan={plan} asOf={asOf} />}
          extra={<LightTag light={row.light} />}
        >
          <Progress percent={percent(row.completion)} size="small" />
          <Space size="middle" wrap>
            <span>
              {t('board.tasks')} {row.tasks}
            </span>
            <span>
              {t('board.closed')} <span data-testid="board-closed">{row.closed}</span>
            </span>
            <span>
              {t('board.openGaps')} {row.openGaps}
            </span>
            <span>
              {t('board.overdue')} <Overdue count={row.overdue} row={row} plan={plan} asOf={asOf} />
            </span>
            <span>
              {t('board.score')} <span data-testid="board-score">{score(row.score)}</span>
            </span>
          </Space>
        </Card>
      )}
    />
  );
}

/** An organization's name, leading to its tasks of the plan (as they stood at the board's moment). */
function OrganizationLink({ row, name, plan, asOf }: { row: OrganizationStatus; name: string | null } & RowLinks) {
  const t = useT();
  const text = name ?? row.organization;
  return (
    <span data-testid="board-name">
      {plan ? (
        <Link to={tasksLink({ workPlan: plan, organization: row.organization, asOf })} title={t('board.showTasks')}>
          {text}
        </Link>
      ) : (
        text
      )}
    </span>
  );
}

/** The overdue count, in red and leading to those tasks when there are any. */
function Overdue({ count, row, plan, asOf }: { count: number; row: OrganizationStatus } & RowLinks) {
  const t = useT();
  if (!count) return <>{count}</>;
  const figure = <Typography.Text type="danger">{count}</Typography.Text>;
  return plan ? (
    <Link
      to={tasksLink({ workPlan: plan, organization: row.organization, overdue: true, asOf })}
      title={t('board.showOverdue')}
      data-testid="board-overdue"
    >
      {figure}
    </Link>
  ) : (
    figure
  );
}

function score(s: number | null): string {
  return s == null ? '—' : Number(s).toFixed(1);
}

/** The server's completion, always a fraction from 0 to 1, as a percentage to one decimal. */
function percent(completion: number): number {
  return Math.round(completion * 1000) / 10;
}

/**
 * The board as paperwork: the workbooks of progress, ranking and 台账 (as of the board's moment, if it shows one), and
 * this month's 督查通报 so far.
 */
function BoardPaperwork({ plan, asOf }: { plan: string; asOf: string | null }) {
  const t = useT();
  const p = encodeURIComponent(plan);
  const standing = boardQuery(plan, asOf);
  const period = `workPlan=${p}&from=${dayjs().startOf('month').format('YYYY-MM-DD')}&to=${dayjs().format('YYYY-MM-DD')}`;
  return (
    <Space size="small" wrap style={{ marginBottom: 12 }}>
      <PaperworkLink href={paths.paperworkStatus(standing)} testId="export-status">
        {t('paperwork.exportStatus')}
      </PaperworkLink>
      <PaperworkLink href={paths.paperworkRanking(standing)}>{t('paperwork.exportRanking')}</PaperworkLink>
      <PaperworkLink href={paths.paperworkRegister(standing)}>{t('paperwork.register')}</PaperworkLink>
      <PaperworkLink href={paths.paperworkBulletin(period)}>{t('paperwork.bulletin')}</PaperworkLink>
      <Link to={`/print/bulletin?${period}`}>{t('paperwork.bulletinView')}</Link>
    </Space>
  );
}
