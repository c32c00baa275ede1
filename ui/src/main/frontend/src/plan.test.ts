import { describe, expect, it } from 'vitest';
import type { WorkPlan } from './api';
import { indicatorName, itemLabel, planIndicator, planItem, taskItem, withUnit } from './plan';

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
        {
          code: 'love_stations',
          name: '按“四有”标准建成爱心驿站',
          unit: '个',
          kind: 'COUNT',
          comparator: 'AT_LEAST',
          target: 30,
          rollup: 'SUM',
        },
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

describe('the item a task names', () => {
  const next: WorkPlan = {
    ...plan,
    id: 'plan-2019',
    year: 2019,
    items: [
      { ...plan.items[0], title: '爱心驿站提质' },
      { code: 'S7', category: null, title: '职工书屋', indicators: [] },
    ],
  };
  const draft: WorkPlan = { ...plan, id: 'draft-copy', status: 'DRAFT' };

  it("is found in the task's own plan when it is known", () => {
    expect(taskItem([plan, next], 'S4', 'plan-2019')?.title).toBe('爱心驿站提质');
    expect(taskItem([plan, next], 'S7', 'plan-2018')).toBeUndefined();
  });

  it('is found in the one published plan that has the code, a draft copy aside', () => {
    expect(taskItem([plan, draft], 'S4')?.title).toBe('建立“爱心驿站”');
    expect(taskItem([plan, next], 'S7')?.title).toBe('职工书屋');
  });

  it('is not guessed when two published plans have the code, or before the plans have come', () => {
    expect(taskItem([plan, next], 'S4')).toBeUndefined();
    expect(taskItem(undefined, 'S4')).toBeUndefined();
  });
});
