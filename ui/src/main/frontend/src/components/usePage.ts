import { useCallback, useEffect, useRef, useState } from 'react';
import { apiPage } from '../api';
import { pageQuery } from '../paging';

/**
 * One page of a paged, filtered list and antd Table's pagination for it, driven by the server's total. A change of
 * filters goes back to the first page, since the page the user was on may no longer exist.
 */
export function usePage<T>(path: string, filters: Record<string, string | null | undefined>, size = 20) {
  const filterKey = JSON.stringify(filters);
  // the page chosen belongs to the filters it was chosen under; other filters start at page 1
  const [chosen, setChosen] = useState({ filterKey, page: 1 });
  const page = chosen.filterKey === filterKey ? chosen.page : 1;
  const [pageSize, setPageSize] = useState(size);
  const address = pageQuery(path, JSON.parse(filterKey) as Record<string, string>, page, pageSize);
  const { rows, total, error, loading, reload } = useApiPage<T>(address);
  const pagination = {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    onChange: (next: number, nextSize: number) => {
      setChosen({ filterKey, page: nextSize === pageSize ? next : 1 });
      setPageSize(nextSize);
    },
  };
  return { rows, total, error, loading, reload, pagination };
}

/**
 * One page of a list at an address that names the page (`pageQuery`), its rows and the whole list's length. An
 * answer to an address asked before the current one (a filter typed on while the last page loaded) is dropped.
 */
export function useApiPage<T>(address: string | null) {
  const [rows, setRows] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  // the address whose answer the rows, total and error are: until it is the current one they are an older page's
  const [answered, setAnswered] = useState<string | null>(null);
  const current = useRef(address);
  current.current = address;
  const reload = useCallback(async () => {
    if (!address) return;
    setLoading(true);
    try {
      const answer = await apiPage<T>(address);
      if (current.current !== address) return;
      setRows(answer.rows);
      setTotal(answer.total);
      setError(undefined);
      setAnswered(address);
    } catch (e) {
      if (current.current !== address) return;
      setError(e);
      setAnswered(address);
    } finally {
      if (current.current === address) setLoading(false);
    }
  }, [address]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { rows, total, error, loading, reload, answered: answered !== null && answered === address };
}
