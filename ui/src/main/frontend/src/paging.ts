// The paged lists of extensions.md "Paging and filters": pages count from 0 on the server and from 1 in antd's
// pagination; X-Total-Count gives the whole list's length, which the pagination needs to draw its pages.

export interface Page<T> {
  rows: T[];
  /** The length of the whole list, not of this page. */
  total: number;
}

/** X-Total-Count as a number; without a usable header the rows answered are the whole list. */
export function totalCount(header: string | null, rows: number): number {
  if (header === null || !/^\d+$/.test(header.trim())) return rows;
  return Number(header.trim());
}

/**
 * The address of one page of a filtered list. A filter left empty is left out, for the server admits any then;
 * `page` is antd's (from 1).
 */
export function pageQuery(path: string, filters: Record<string, string | null | undefined>, page: number, size: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value.trim() !== '') query.set(name, value.trim());
  }
  query.set('page', String(Math.max(page, 1) - 1));
  query.set('size', String(size));
  return `${path}?${query.toString()}`;
}
