import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { fieldPath, placeErrors, topLevel } from './fieldErrors';

const refusal = (...errors: [string, string][]) =>
  new ApiError(400, 'Bad Request', '输入有误', errors.map(([field, message]) => ({ field, message })));

describe('fieldPath', () => {
  it('turns the server\'s field into the form\'s path of names and indices', () => {
    expect(fieldPath('code')).toEqual(['code']);
    expect(fieldPath('items[0].indicators[12].target')).toEqual(['items', 0, 'indicators', 12, 'target']);
    expect(fieldPath('items[3].indicators[0].checklist[1]')).toEqual(['items', 3, 'indicators', 0, 'checklist', 1]);
  });
});

describe('placeErrors', () => {
  it('puts every message at its field, two for one field together, and leaves the alert nothing to say', () => {
    const placed = placeErrors(refusal(['code', '须为 1 到 64 个小写字母、数字或连字符'], ['name', '不能为空'], ['name', '重复']),
      topLevel('code', 'name', 'type', 'parent'));
    expect(placed.fields).toEqual([
      { name: ['code'], errors: ['须为 1 到 64 个小写字母、数字或连字符'] },
      { name: ['name'], errors: ['不能为空', '重复'] },
    ]);
    expect(placed.rest).toBeUndefined();
  });

  it('keeps in the alert what the form has no field for', () => {
    const placed = placeErrors(refusal(['password', '密码不符合要求：至少12个字符'], ['body', '此操作不接受请求体']),
      topLevel('username', 'password'));
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
