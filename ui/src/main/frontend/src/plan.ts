import type { Indicator, PlanItem, WorkPlan } from './api';

// Naming what tasks and the status board refer to by code: a work plan's items and their indicators. The plan may
// not have loaded yet, or may not know a code any more, so every name falls back to its code.

/** The plan's item with this code, if the plan is there and has it. */
export function planItem(plan: WorkPlan | undefined, code: string): PlanItem | undefined {
  return plan?.items.find((i) => i.code === code);
}

/**
 * The item a task names by its code: in the task's plan when the task says which (or the page has chosen one),
 * otherwise in the one published plan that has an item of that code; none when two plans share the code.
 */
export function taskItem(plans: WorkPlan[] | undefined, code: string, workPlanId?: string): PlanItem | undefined {
  if (workPlanId)
    return planItem(
      plans?.find((p) => p.id === workPlanId),
      code,
    );
  const having = (plans ?? []).filter((p) => p.status === 'PUBLISHED' && planItem(p, code));
  return having.length === 1 ? planItem(having[0], code) : undefined;
}

/** The item's indicator with this code, if the item is there and has it. */
export function planIndicator(item: PlanItem | undefined, code: string): Indicator | undefined {
  return item?.indicators.find((i) => i.code === code);
}

/** An indicator's name (按“四有”标准建成爱心驿站), or its code when the item does not name it. */
export function indicatorName(item: PlanItem | undefined, code: string): string {
  return planIndicator(item, code)?.name ?? code;
}

/** An item by its code and title (S4 建立“爱心驿站”), or by its code alone when the plan does not have it. */
export function itemLabel(item: PlanItem | undefined, code: string): string {
  return item?.title ? `${code} ${item.title}` : code;
}

/** A figure with the indicator's unit, if it has one: “30 个”, “95%”. */
export function withUnit(figure: string | number, unit: string | null | undefined): string {
  if (!unit) return String(figure);
  return unit === '%' ? `${figure}%` : `${figure} ${unit}`;
}
