import { useCallback, useEffect, useState } from 'react';
import { api, type WorkPlan } from '../api';

/** Loads one resource; `reload` fetches it again. A failed load keeps the error for <Problem>. */
export function useApi<T>(path: string | null) {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  const reload = useCallback(async () => {
    if (!path) return;
    setLoading(true);
    try {
      setData(await api<T>(path));
      setError(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [path]);
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
  const plans = useApi<WorkPlan[]>('/api/work-plans');
  const published = (plans.data ?? []).filter((p) => p.status === 'PUBLISHED').sort((a, b) => b.year - a.year);
  const [chosen, setChosen] = useState<string>();
  return { plans, published, plan: chosen ?? published[0]?.id, setChosen };
}
