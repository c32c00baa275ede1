import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type WorkPlan } from '../api';
import { paths } from '../paths';
import { Newest } from './newest';

/**
 * Loads one resource; `reload` fetches it again. A failed load keeps the error for <Problem>. Only the newest
 * request's answer counts: one for an address left behind, or an older reload, answering late changes nothing.
 */
export function useApi<T>(path: string | null) {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  const requests = useRef(new Newest()).current;
  const reload = useCallback(async () => {
    if (!path) {
      requests.forget();
      setLoading(false);
      return;
    }
    const current = requests.begin();
    setLoading(true);
    try {
      const answer = await api<T>(path);
      if (!current()) return;
      setData(answer);
      setError(undefined);
    } catch (e) {
      if (current()) setError(e);
    } finally {
      if (current()) setLoading(false);
    }
  }, [path, requests]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}

/**
 * The published work plans, newest year first, and the one chosen (the newest until the user picks another): the
 * board and the task lists offer the same choice.
 */
export function usePublishedPlans() {
  const plans = useApi<WorkPlan[]>(paths.workPlans());
  const published = (plans.data ?? []).filter((p) => p.status === 'PUBLISHED').sort((a, b) => b.year - a.year);
  const [chosen, setChosen] = useState<string>();
  return { plans, published, plan: chosen ?? published[0]?.id, setChosen };
}
