import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { fieldLabel, fieldPath, placeErrors, topLevel } from './fieldErrors';
import { translator } from './i18n';

const refusal = (...errors: [string, string][]) =>
  new ApiError(
    400,
    'Bad Request',
    '输入有误',
    errors.map(([field, message]) => ({ field, message })),
  );

describe('fieldPath', () => {
  it("turns the server's field into the form's path of names and indices", () => {
    expect(fieldPath('code')).toEqual(['code']);
    expect(fieldPath('items[0].indicators[12].target')).toEqual(['items', 0, 'indicators', 12, 'target']);
    expect(fieldPath('items[3].indicators[0].checklist[1]')).toEqual(['items', 3, 'indicators', 0, 'checklist', 1]);
  });
});

describe('placeErrors', () => {
  it('puts every message at its field, two for one field together, and leaves the alert nothing to say', () => {
    const placed = placeErrors(
      refusal(['code', '须为 1 到 64 个小写字母、数字或连字符'], ['name', '不能为空'], ['name', '重复']),
      topLevel('code', 'name', 'type', 'parent'),
    );
    expect(placed.fields).toEqual([
      { name: ['code'], errors: ['须为 1 到 64 个小写字母、数字或连字符'] },
      { name: ['name'], errors: ['不能为空', '重复'] },
    ]);
    expect(placed.rest).toBeUndefined();
  });

  it('keeps in the alert what the form has no field for', () => {
    const placed = placeErrors(
      refusal(['password', '密码不符合要求：至少12个字符'], ['body', '此操作不接受请求体']),
      topLevel('username', 'password'),
    );
    expect(placed.fields).toEqual([{ name: ['password'], errors: ['密码不符合要求：至少12个字符'] }]);
    expect(placed.rest).toMatchObject({ status: 400, errors: [{ field: 'body', message: '此操作不接受请求体' }] });
  });

  it('places nested fields where the form says it has them', () => {
    const shown = (path: (string | number)[]) => path[0] === 'items' && path[path.length - 1] !== 'checklist';
    const placed = placeErrors(refusal(['items[1].indicators[0].target', '百分比不能超过 100']), shown);
    expect(placed.fields).toEqual([{ name: ['items', 1, 'indicators', 0, 'target'], errors: ['百分比不能超过 100'] }]);
  });

  it('leaves anything but a field refusal to the alert as it came', () => {
    const conflict = new ApiError(409, 'Conflict', 'already registered', []);
    expect(placeErrors(conflict, () => true)).toEqual({ fields: [], rest: conflict });
    const network = new TypeError('Failed to fetch');
    expect(placeErrors(network, () => true).rest).toBe(network);
    const bare = refusal();
    expect(placeErrors(bare, () => true).rest).toMatchObject({ status: 400, detail: '输入有误' });
  });
});

describe('fieldLabel', () => {
  const zh = translator('zh-CN');

  it("names a plan's nested fields as the plan editor labels them, counting from 1", () => {
    expect(fieldLabel('items[0].indicators[1].target', zh)).toBe('第 1 项要点 · 第 2 个指标 · 目标值');
    expect(fieldLabel('items[2].code', zh)).toBe('第 3 项要点 · 要点编号');
    expect(fieldLabel('items[0].title', zh)).toBe('第 1 项要点 · 要点内容');
    expect(fieldLabel('items[0].indicators[0].code', zh)).toBe('第 1 项要点 · 第 1 个指标 · 指标代码');
    expect(fieldLabel('items[0].indicators[0].name', zh)).toBe('第 1 项要点 · 第 1 个指标 · 指标名称');
    expect(fieldLabel('items[3].indicators[0].checklist[1]', zh)).toBe('第 4 项要点 · 第 1 个指标 · 第 2 条核查内容');
    expect(fieldLabel('items', zh)).toBe('要点');
  });

  it("names a task list's fields, its assignments and their targets by indicator code", () => {
    expect(fieldLabel('assignments[2].organization', zh)).toBe('第 3 项分配 · 责任单位');
    expect(fieldLabel('assignments[0]', zh)).toBe('第 1 项分配');
    expect(fieldLabel('assignments[0].weight', zh)).toBe('第 1 项分配 · 考核权重');
    expect(fieldLabel('assignments[0].targets.love_stations.kind', zh)).toBe('第 1 项分配 · 目标 · love_stations · 类型');
    expect(fieldLabel('dueDate', zh)).toBe('办理期限');
    expect(fieldLabel('number', zh)).toBe('交办单编号');
    expect(fieldLabel('reportingCycle', zh)).toBe('报送周期');
  });

  it("keeps an indicator's code as it is, even one spelled like a field", () => {
    expect(fieldLabel('figures.love_stations', zh)).toBe('数据 · love_stations');
    expect(fieldLabel('figures.score', zh)).toBe('数据 · score');
  });

  it("names a name by where it stands: an organization's, an item's, an evidence file's", () => {
    expect(fieldLabel('code', zh)).toBe('单位代码');
    expect(fieldLabel('name', zh)).toBe('单位名称');
    expect(fieldLabel('file.name', zh)).toBe('文件 · 文件名');
    expect(fieldLabel('file.digestAlgorithm', zh)).toBe('文件 · 摘要算法');
    expect(fieldLabel('evidence[1]', zh)).toBe('第 2 份佐证材料');
  });

  it('names the query parameters of the lists', () => {
    expect(fieldLabel('page', zh)).toBe('页码');
    expect(fieldLabel('size', zh)).toBe('每页条数');
    expect(fieldLabel('asOf', zh)).toBe('查看时刻');
  });

  it("falls back to the server's names where the dictionary has none", () => {
    expect(fieldLabel('colour', zh)).toBe('colour');
    expect(fieldLabel('items[0].colour', zh)).toBe('第 1 项要点 · colour');
    expect(fieldLabel('things[4]', zh)).toBe('things 第 5 项');
    expect(fieldLabel('constructor', zh)).toBe('constructor');
    expect(fieldLabel('Duban-After', zh)).toBe('Duban-After');
  });

  it("leaves what is not a path as it came: a workbook's cell, nothing at all", () => {
    expect(fieldLabel('任务分解!B3', zh)).toBe('任务分解!B3');
    expect(fieldLabel('要点!2:2', zh)).toBe('要点!2:2');
    expect(fieldLabel('', zh)).toBe('');
  });

  it('speaks English when the reader does', () => {
    expect(fieldLabel('items[0].indicators[1].target', translator('en'))).toBe('Item 1 · Indicator 2 · Target');
  });
});
