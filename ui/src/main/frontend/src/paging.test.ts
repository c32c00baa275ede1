import { describe, expect, it } from 'vitest';
import { pageQuery, totalCount } from './paging';

describe('totalCount', () => {
  it('reads the length of the whole list from X-Total-Count', () => {
    expect(totalCount('137', 50)).toBe(137);
    expect(totalCount(' 0 ', 0)).toBe(0);
  });

  it('takes the rows as the whole list when the header is missing or not a count', () => {
    expect(totalCount(null, 12)).toBe(12);
    expect(totalCount('', 3)).toBe(3);
    expect(totalCount('-5', 3)).toBe(3);
    expect(totalCount('12abc', 3)).toBe(3);
  });
});

describe('pageQuery', () => {
  it("asks for antd's first page as the server's page 0 with its size", () => {
    expect(pageQuery('/api/organizations', {}, 1, 20)).toBe('/api/organizations?page=0&size=20');
    expect(pageQuery('/api/organizations', {}, 3, 20)).toBe('/api/organizations?page=2&size=20');
  });

  it('leaves out the filters left empty and encodes the rest', () => {
    expect(pageQuery('/api/organizations', { type: 'TOWNSHIP', parent: undefined, q: '  界首 ' }, 1, 10)).toBe(
      '/api/organizations?type=TOWNSHIP&q=%E7%95%8C%E9%A6%96&page=0&size=10',
    );
    expect(pageQuery('/api/users', { organization: null, role: '' }, 2, 50)).toBe('/api/users?page=1&size=50');
  });
});
