import { describe, expect, it } from 'vitest';
import { editorShows, rollupFor, toDocument } from './workPlanDocument';

describe('toDocument', () => {
  it('sends the plan in the shape of work-plan-2018.json, blanks trimmed and optional ones as null', () => {
    expect(
      toDocument({
        year: 2019,
        title: ' 2019年全市工会工作要点 ',
        issuer: '',
        items: [
          {
            code: 'S1',
            category: 'PRACTICAL_MATTER',
            title: '建立“爱心驿站”',
            indicators: [{ code: 'stations', name: '爱心驿站', kind: 'COUNT', unit: ' 个 ', target: 30 }],
          },
          { code: 'L1', title: '贯穿一个主线' },
        ],
      }),
    ).toEqual({
      year: 2019,
      title: '2019年全市工会工作要点',
      issuer: null,
      framework: null,
      items: [
        {
          code: 'S1',
          category: 'PRACTICAL_MATTER',
          title: '建立“爱心驿站”',
          indicators: [
            {
              code: 'stations',
              name: '爱心驿站',
              unit: '个',
              kind: 'COUNT',
              comparator: 'AT_LEAST',
              target: 30,
              rollup: 'SUM',
              checklist: [],
            },
          ],
        },
        { code: 'L1', category: null, title: '贯穿一个主线', indicators: [] },
      ],
    });
  });

  it('keeps what the form does not show: a checklist, a comparator and a roll-up already chosen', () => {
    const [indicator] = toDocument({
      items: [
        {
          code: 'S2',
          title: '职工书屋',
          indicators: [
            { code: 'rooms', name: '书屋', kind: 'PERCENT', target: 90, comparator: 'AT_MOST', rollup: 'SUM', checklist: ['选址', '挂牌'] },
          ],
        },
      ],
    }).items[0].indicators;
    expect(indicator).toMatchObject({ comparator: 'AT_MOST', rollup: 'SUM', checklist: ['选址', '挂牌'] });
  });

  it('leaves a missing target and year for the server to refuse at their fields', () => {
    const body = toDocument({ title: 'x', items: [{ code: 'S1', title: 'y', indicators: [{ code: 'a', name: 'b', kind: 'COUNT' }] }] });
    expect(body.year).toBeNull();
    expect(body.items[0].indicators[0].target).toBeNull();
  });
});

describe('rollupFor', () => {
  it('adds up counts, takes the weakest rate and needs every milestone', () => {
    expect(rollupFor('COUNT')).toBe('SUM');
    expect(rollupFor('PERCENT')).toBe('MIN');
    expect(rollupFor('MILESTONE')).toBe('ALL');
  });
});

describe('editorShows', () => {
  it("shows the refusals of the plan's, items' and indicators' fields at them", () => {
    expect(editorShows(['title'])).toBe(true);
    expect(editorShows(['reason'])).toBe(true);
    expect(editorShows(['items', 2, 'code'])).toBe(true);
    expect(editorShows(['items', 0, 'indicators', 1, 'target'])).toBe(true);
  });

  it('leaves to the alert what speaks of the whole list or of a field it has not', () => {
    expect(editorShows(['items'])).toBe(false);
    expect(editorShows(['items', 0, 'indicators', 1, 'checklist', 0])).toBe(false);
    expect(editorShows(['workPlanId'])).toBe(false);
    expect(editorShows(['items', 0, 'indicators'])).toBe(false);
  });
});
