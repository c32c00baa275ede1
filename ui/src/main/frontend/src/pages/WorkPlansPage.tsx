import { Button, Popconfirm, Space, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type WorkPlan } from '../api';
import { ImportButton, PaperworkLink } from '../components/Paperwork';
import { Problem } from '../components/Problem';
import { usePage } from '../components/usePage';
import { useT } from '../i18n';
import { paths } from '../paths';
import { hasRole, useMe } from '../session';

/**
 * 工作计划: the plans, each as a workbook to download; the office drafts a plan in the browser or imports one from
 * Excel (it arrives as a draft, all of it or nothing), revises a draft, publishes (印发) it, after which task lists
 * may be issued against it, and amends a published plan.
 */
export function WorkPlansPage() {
  const t = useT();
  const me = useMe();
  // a plan or two a year, each with its drafts and imports: newest year first, a page at a time
  const plans = usePage<WorkPlan>(paths.workPlans(), {});
  const [error, setError] = useState<unknown>();
  const office = hasRole(me, 'OFFICE');
  const publish = async (id: string) => {
    setError(undefined);
    try {
      await api(paths.workPlanPublish(id), { method: 'POST' });
      void message.success(t('workPlans.published'));
      void plans.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <Space style={{ marginBottom: 16 }} align="baseline" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('workPlans.title')}
        </Typography.Title>
        {office && (
          <>
            <Link to="/work-plans/new">
              <Button type="primary" data-testid="new-work-plan">
                {t('workPlans.new')}
              </Button>
            </Link>
            <PaperworkLink href={paths.workPlanImportTemplate()}>{t('paperwork.template')}</PaperworkLink>
            <ImportButton
              path={paths.workPlanImport()}
              onImported={() => {
                void message.success(t('paperwork.imported'));
                void plans.reload();
              }}
              onError={setError}
            >
              {t('workPlans.import')}
            </ImportButton>
          </>
        )}
      </Space>
      <Problem error={error} />
      <Problem error={plans.error} />
      <Table<WorkPlan>
        rowKey="id"
        size="small"
        loading={plans.loading}
        dataSource={plans.rows}
        pagination={plans.pagination}
        data-testid="work-plans"
        columns={[
          { title: t('workPlans.year'), dataIndex: 'year', responsive: ['sm'] },
          { title: t('workPlans.planTitle'), dataIndex: 'title' },
          { title: t('workPlans.items'), render: (_, plan) => plan.items.length, responsive: ['sm'] },
          {
            title: t('tasks.status'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={s === 'PUBLISHED' ? 'green' : 'default'}>
                {s === 'PUBLISHED' ? t('workPlans.statusPublished') : t('workPlans.statusDraft')}
              </Tag>
            ),
          },
          {
            title: '',
            render: (_, plan) => (
              <Space size="small" wrap>
                <PaperworkLink href={paths.workPlanWorkbook(plan.id)}>{t('workPlans.workbook')}</PaperworkLink>
                {office && (
                  <Link to={`/work-plans/${encodeURIComponent(plan.id)}/edit`}>
                    <Button size="small">{plan.status === 'DRAFT' ? t('workPlans.edit') : t('workPlans.amend')}</Button>
                  </Link>
                )}
                {office && plan.status === 'DRAFT' && (
                  <Popconfirm title={t('workPlans.publishConfirm')} onConfirm={() => void publish(plan.id)}>
                    <Button size="small" type="primary">
                      {t('workPlans.publish')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
