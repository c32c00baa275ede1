import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Bound, IndicatorKind, Rollup } from '../api';
import { key, useT, type Key, type Translate } from '../i18n';
import { rollupFor } from '../workPlanDocument';

const required = (message: string) => [{ required: true, message }];

// The plan's own words for its categories (一二三四十), and the back end's enums named in Chinese.
const categories: Record<string, Key> = {
  MAIN_LINE: key('planCategory.MAIN_LINE'),
  FOCUS: key('planCategory.FOCUS'),
  PRINCIPLE: key('planCategory.PRINCIPLE'),
  PROJECT: key('planCategory.PROJECT'),
  PRACTICAL_MATTER: key('planCategory.PRACTICAL_MATTER'),
};
const kinds: Record<IndicatorKind, Key> = {
  COUNT: key('indicatorKind.COUNT'),
  PERCENT: key('indicatorKind.PERCENT'),
  MILESTONE: key('indicatorKind.MILESTONE'),
};
const comparators: Record<Bound, Key> = { AT_LEAST: key('comparator.AT_LEAST'), AT_MOST: key('comparator.AT_MOST') };
const rollups: Record<Rollup, Key> = { SUM: key('rollup.SUM'), MIN: key('rollup.MIN'), ALL: key('rollup.ALL') };

const options = (names: Record<string, Key>, t: Translate) => Object.entries(names).map(([value, name]) => ({ value, label: t(name) }));

/** The plan's items (要点条目), each with its indicators (指标): code, name, kind, unit, target and how it is judged. */
export function PlanItemsEditor() {
  const t = useT();
  return (
    <Form.List name="items">
      {(items, { add, remove }) => (
        <>
          {items.map((item, index) => (
            <Card
              key={item.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('planEditor.item', { number: index + 1 })}
              extra={
                <Button size="small" danger onClick={() => remove(item.name)}>
                  {t('planEditor.removeItem')}
                </Button>
              }
              data-testid="plan-item"
            >
              <Space wrap align="start">
                <Form.Item name={[item.name, 'code']} label={t('planEditor.itemCode')} rules={required(t('form.required'))}>
                  <Input style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[item.name, 'category']} label={t('planEditor.category')}>
                  <Select allowClear style={{ width: 120 }} options={options(categories, t)} />
                </Form.Item>
              </Space>
              <Form.Item name={[item.name, 'title']} label={t('planEditor.itemTitle')} rules={required(t('form.required'))}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
              <IndicatorsEditor item={item.name} />
            </Card>
          ))}
          <Button onClick={() => add({ indicators: [] })} data-testid="add-item">
            {t('planEditor.addItem')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function IndicatorsEditor({ item }: { item: number }) {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Form.List name={[item, 'indicators']}>
      {(indicators, { add, remove }) => (
        <>
          {indicators.map((indicator) => (
            <Space key={indicator.key} wrap align="start" data-testid="plan-indicator">
              <Form.Item name={[indicator.name, 'code']} label={t('planEditor.indicatorCode')} rules={required(t('form.required'))}>
                <Input style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[indicator.name, 'name']} label={t('planEditor.indicatorName')} rules={required(t('form.required'))}>
                <Input style={{ width: 220 }} />
              </Form.Item>
              <Form.Item name={[indicator.name, 'kind']} label={t('planEditor.kind')} rules={required(t('form.required'))}>
                <Select
                  style={{ width: 100 }}

                  options={options(kinds, t)}
                  onChange={(kind: IndicatorKind) =>
                    form.setFieldValue(['items', item, 'indicators', indicator.name, 'rollup'], rollupFor(kind))
                  }
                />
              </Form.Item>
              <Form.Item name={[indicator.name, 'comparator']} label={t('planEditor.comparator')}>
                <Select style={{ width: 90 }} options={options(comparators, t)} />
              </Form.Item>
              <Form.Item name={[indicator.name, 'target']} label={t('planEditor.target')} rules={required(t('form.required'))}>
                <InputNumber style={{ width: 110 }} min={0} />
              </Form.Item>
              <Form.Item name={[indicator.name, 'unit']} label={t('planEditor.unit')}>
                <Input style={{ width: 70 }} />
              </Form.Item>
              <Form.Item name={[indicator.name, 'rollup']} label={t('planEditor.rollupLabel')} tooltip={t('planEditor.rollup')}>
                <Select style={{ width: 130 }} options={options(rollups, t)} />
              </Form.Item>
              <Button size="small" type="link" danger onClick={() => remove(indicator.name)}>
                {t('planEditor.removeIndicator')}
              </Button>
            </Space>
          ))}
          <div>
            <Button
              size="small"
              type="dashed"
              onClick={() => add({ comparator: 'AT_LEAST', rollup: rollupFor(undefined) })}
              data-testid="add-indicator"
            >
              {t('planEditor.addIndicator')}
            </Button>
          </div>
        </>
      )}
    </Form.List>
  );
}
