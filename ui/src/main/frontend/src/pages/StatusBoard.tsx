import { Button, Card, Col, Empty, List, Progress, Row, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { OrganizationStatus, PlanItemStatus, RankingEntry, WorkPlan } from '../api';
import { hasRole, useMe } from '../App';
import { LightTag } from '../components/Light';
import { PaperworkLink } from '../components/Paperwork';
import { Problem } from '../components/Problem';
import { useNarrow } from '../components/responsive';
import { useApi, usePublishedPlans } from '../components/useApi';
import { watchStatus } from '../components/liveStatus';
import { useT } from '../i18n';
import { indicatorName, itemLabel, planIndicator, planItem, withUnit } from '../plan';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const POLL_MS = 30_000;
const CHANGE_SETTLE_MS = 300;

/**
 * 督查看板: for one published work plan (the latest unless chosen), one row per Party organization with its light,
 * the city-wide progress per indicator and the ranking.
 * Live: the server's event stream when there is one, otherwise a poll every 30 seconds.
 */
export function StatusBoard() {
  const t = useT();
  const me = useMe();
  const seesAll = hasRole(me, 'OFFICE', 'AUDITOR', 'ADMIN');
  const { plans, published, plan, setChosen } = usePublishedPlans();
  const query = plan ? `?workPlan=${encodeURIComponent(plan)}` : null;
  const organizations = useApi<OrganizationStatus[]>(query && `/api/status/organizations${query}`);
  const items = useApi<PlanItemStatus[]>(seesAll && query ? `/api/status/plan-items${query}` : null);
  const ranking = useApi<RankingEntry[]>(seesAll && query ? `/api/assessment/ranking${query}` : null);
  // The plan itself, read from its stream, names the items and indicators the progress comes with by code.
  const details = useApi<WorkPlan>(seesAll && plan ? `/api/work-plans/${encodeURIComponent(plan)}` : null);
  const named = details.data?.id === plan ? details.data : published.find((p) => p.id === plan);
  const [live, setLive] = useState(false);
  const narrow = useNarrow();

  const refresh = () => {
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
        open: () => (typeof EventSource === 'undefined' ? null : new EventSource('/api/status/stream')),
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
          onChange={setChosen}
          placeholder={t('board.workPlan')}
          loading={plans.loading}
          options={published.map((p) => ({ value: p.id, label: p.title }))}
          data-testid="board-work-plan"
        />
        <Typography.Text type="secondary">{live ? t('board.live') : t('board.polling')}</Typography.Text>
        <Button size="small" onClick={refresh}>
          {t('common.refresh')}
        </Button>
      </Space>
      {hasRole(me, 'OFFICE', 'AUDITOR') && plan && <BoardPaperwork plan={plan} />}
      <Card title={t('board.organizations')} size="small">
        <Problem error={plans.error ?? organizations.error} />
        {narrow ? (
          <OrganizationCards rows={organizations.data ?? []} loading={organizations.loading} />
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
              { title: t('board.organization'), dataIndex: 'name', render: (name: string, row) => <span data-testid="board-name">{name ?? row.organization}</span> },
              { title: t('board.light'), dataIndex: 'light', render: (light) => <LightTag light={light} /> },
              { title: t('board.tasks'), dataIndex: 'tasks' },
              { title: t('board.closed'), dataIndex: 'closed', render: (n: number) => <span data-testid="board-closed">{n}</span> },
              { title: t('board.completion'), dataIndex: 'completion', render: (c: number) => <Progress percent={percent(c)} size="small" style={{ width: 140 }} /> },
              { title: t('board.openGaps'), dataIndex: 'openGaps' },
              { title: t('board.overdue'), dataIndex: 'overdue', render: (n: number) => <Overdue count={n} /> },
              { title: t('board.score'), dataIndex: 'score', render: (s: number | null) => <span data-testid="board-score">{score(s)}</span> },
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
                const figures = withUnit(`${i.reported ?? 0} / ${i.target ?? '—'}`, planIndicator(item, i.indicator)?.unit);
                return (
                  <div key={`${i.itemCode}|${i.indicator}`} style={{ marginBottom: 8 }} data-testid="plan-item-progress">
                    <Typography.Text>
                      {itemLabel(item, i.itemCode)} · {indicatorName(item, i.indicator)}
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
                    yAxis: { type: 'category', inverse: true, data: (ranking.data ?? []).map((r) => `${r.rank}. ${r.name ?? r.organization}`) },
                    series: [{ type: 'bar', name: t('board.score'), data: (ranking.data ?? []).map((r) => r.score ?? 0), itemStyle: { color: '#c0392b' } }],
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

/** The organizations on a phone: a card each, its light and progress first, its counts beneath. */
function OrganizationCards({ rows, loading }: { rows: OrganizationStatus[]; loading: boolean }) {
  const t = useT();
  return (
    <List
      loading={loading}
      dataSource={rows}
      split={false}
      data-testid="status-board"
      renderItem={(row) => (
        <Card size="small" style={{ marginBottom: 8 }} data-testid="board-row"
          title={<span data-testid="board-name">{row.name ?? row.organization}</span>} extra={<LightTag light={row.light} />}>
          <Progress percent={percent(row.completion)} size="small" />
          <Space size="middle" wrap>
            <span>{t('board.tasks')} {row.tasks}</span>
            <span>{t('board.closed')} <span data-testid="board-closed">{row.closed}</span></span>
            <span>{t('board.openGaps')} {row.openGaps}</span>
            <span>{t('board.overdue')} <Overdue count={row.overdue} /></span>
            <span>{t('board.score')} <span data-testid="board-score">{score(row.score)}</span></span>
          </Space>
        </Card>
      )}
    />
  );
}

function Overdue({ count }: { count: number }) {
  return count ? <Typography.Text type="danger">{count}</Typography.Text> : <>{count}</>;
}

function score(s: number | null): string {
  return s == null ? '—' : Number(s).toFixed(1);
}

/** The server's completion, always a fraction from 0 to 1, as a percentage to one decimal. */
function percent(completion: number): number {
  return Math.round(completion * 1000) / 10;
}

/** The board as paperwork: the workbooks of progress, ranking and 台账, and this month's 督查通报 so far. */
function BoardPaperwork({ plan }: { plan: string }) {
  const t = useT();
  const p = encodeURIComponent(plan);
  const period = `workPlan=${p}&from=${dayjs().startOf('month').format('YYYY-MM-DD')}&to=${dayjs().format('YYYY-MM-DD')}`;
  return (
    <Space size="small" wrap style={{ marginBottom: 12 }}>
      <PaperworkLink href={`/api/paperwork/status?workPlan=${p}`} testId="export-status">
        {t('paperwork.exportStatus')}
      </PaperworkLink>
      <PaperworkLink href={`/api/paperwork/ranking?workPlan=${p}`}>{t('paperwork.exportRanking')}</PaperworkLink>
      <PaperworkLink href={`/api/paperwork/register?workPlan=${p}`}>{t('paperwork.register')}</PaperworkLink>
      <PaperworkLink href={`/api/paperwork/bulletin?${period}`}>{t('paperwork.bulletin')}</PaperworkLink>
      <Link to={`/print/bulletin?${period}`}>{t('paperwork.bulletinView')}</Link>
    </Space>
  );
}
