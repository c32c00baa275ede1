import type { Indicator, IndicatorKind, PlanItem, Rollup } from './api';
import type { FieldPath } from './fieldErrors';

// The plan editor's form holds a work plan in the shape of work-plan-2018.json, the body POST and PUT
// /api/work-plans take. What the form does not show (an indicator's checklist, an imported plan's own category)
// stays in the form's store and goes back unchanged.

export interface PlanForm {
  year?: number;
  title?: string;
  issuer?: string | null;
  framework?: string | null;
  items?: Partial<PlanItemForm>[];
  /** An amendment's reason (修订原因); a draft has none. */
  reason?: string;
}

interface PlanItemForm extends Omit<PlanItem, 'indicators'> {
  indicators?: Partial<Indicator>[];
}

export interface WorkPlanBody {
  year: number | null;
  title: string;
  issuer: string | null;
  framework: string | null;
  items: PlanItem[];
}

/**
 * How a new indicator's unit figures roll up into the city's when nobody says: counts add up, a rate is as good as
 * its weakest unit, a milestone is reached when every unit has reached it (as in the 2018 plan).
 */
export function rollupFor(kind: IndicatorKind | undefined): Rollup {
  return kind === 'PERCENT' ? 'MIN' : kind === 'MILESTONE' ? 'ALL' : 'SUM';
}

const text = (value: string | null | undefined) => (value ?? '').trim();
const optional = (value: string | null | undefined) => text(value) || null;

/** The request body from the form's whole store; blanks left for the server to refuse at their fields. */
export function toDocument(values: PlanForm): WorkPlanBody {
  return {
    year: values.year ?? null,
    title: text(values.title),
    issuer: optional(values.issuer),
    framework: optional(values.framework),
    items: (values.items ?? []).map((item) => ({
      code: text(item.code),
      category: optional(item.category),
      title: text(item.title),
      indicators: (item.indicators ?? []).map((indicator) => ({
        code: text(indicator.code),
        name: text(indicator.name),
        unit: optional(indicator.unit),
        kind: indicator.kind as IndicatorKind,
        comparator: indicator.comparator ?? 'AT_LEAST',
        target: indicator.target ?? null,
        rollup: indicator.rollup ?? rollupFor(indicator.kind),
        checklist: indicator.checklist ?? [],
      })),
    })),
  };
}

const shownTop = ['year', 'title', 'issuer', 'framework', 'reason'];
const shownInItem = ['code', 'category', 'title'];
const shownInIndicator = ['code', 'name', 'unit', 'kind', 'comparator', 'target', 'rollup'];

/**
 * Whether the editor shows a field the server refused. The list of items itself has no field of its own (its
 * refusals, "at least one" or an amendment dropping an item, speak of the whole plan), nor has a checklist.
 */
export function editorShows(path: FieldPath): boolean {
  if (path.length === 1) return shownTop.includes(String(path[0]));
  if (path[0] !== 'items') return false;
  if (path.length === 3) return shownInItem.includes(String(path[2]));
  return path.length === 5 && path[2] === 'indicators' && shownInIndicator.includes(String(path[4]));
}
