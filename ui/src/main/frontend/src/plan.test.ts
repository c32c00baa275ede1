import { describe, expect, it } from 'vitest';
import type { WorkPlan } from './api';
import { indicatorName, itemLabel, planIndicator, planItem, withUnit } from './plan';

const plan: WorkPlan = {
  id: 'plan-2018',
  year: 2018,
  title: '2018年全市工会工作要点',
  status: 'PUBLISHED',
  items: [
    {
      code: 'S4',
      category: 'PRACTICAL_MATTER',
      title: '建立“爱心驿站”',
      indicators: [
        { code: 'love_stations', name: '按“四有”标准建成爱心驿站', unit: '个', kind: 'COUNT', comparator: 'AT_LEAST', target: 30, rollup: 'SUM' },
      ],
    },
  ],
};

describe('naming a plan’s items and indicators', () => {
  it('finds the item and its indicator by their codes', () => {
    const item = planItem(plan, 'S4');
    expect(itemLabel(item, 'S4')).toBe('S4 建立“爱心驿站”');
    expect(indicatorName(item, 'love_stations')).toBe('按“四有”标准建成爱心驿站');
    expect(planIndicator(item, 'love_stations')?.unit).toBe('个');
  });

  it('falls back to the codes when the plan is not there or does not know them', () => {
    expect(planItem(undefined, 'S4')).toBeUndefined();
    expect(itemLabel(planItem(plan, 'S9'), 'S9')).toBe('S9');
    expect(indicatorName(undefined, 'love_stations')).toBe('love_stations');
    expect(indicatorName(planItem(plan, 'S4'), 'gone')).toBe('gone');
  });

  it('writes figures with the unit when there is one', () => {
    expect(withUnit('23 / 30', '个')).toBe('23 / 30 个');
    expect(withUnit('90 / 95', '%')).toBe('90 / 95%');
    expect(withUnit('1 / 1', null)).toBe('1 / 1');
  });
});
