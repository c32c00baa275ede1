import { ApiError, type FieldProblem } from './api';
import { key, type Key, type Translate } from './i18n';

// The server names a refused field as its path in the request body (items[0].indicators[1].target, as the command
// module's InputCheck writes it); an antd form names the same field as a path of keys and indices. Errors that a form
// shows at its fields leave the alert above it; whatever it cannot place stays in the alert.

export type FieldPath = (string | number)[];

/** `items[0].indicators[1].code` → `['items', 0, 'indicators', 1, 'code']`. */
export function fieldPath(field: string): FieldPath {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

// The names of the fields the server refuses (InputCheck's and the request records' names, the query parameters),
// as the forms label them. A name is looked up under its parent first (`items.code` is an item's 要点编号, `code`
// alone an organization's 单位代码), then alone.
const fieldNames: Record<string, Key> = {
  aggregate: key('fieldName.aggregate'),
  after: key('fieldName.after'),
  approved: key('fieldName.approved'),
  asOf: key('fieldName.asOf'),
  assignments: key('fieldName.assignments'),
  before: key('fieldName.before'),
  body: key('fieldName.body'),
  category: key('fieldName.category'),
  checklist: key('fieldName.checklist'),
  code: key('fieldName.code'),
  comment: key('fieldName.comment'),
  comparator: key('fieldName.comparator'),
  confirmed: key('fieldName.confirmed'),
  digest: key('fieldName.digest'),
  digestAlgorithm: key('fieldName.digestAlgorithm'),
  dueDate: key('fieldName.dueDate'),
  email: key('fieldName.email'),
  evidence: key('fieldName.evidence'),
  figures: key('fieldName.figures'),
  file: key('fieldName.file'),
  'file.name': key('fieldName.file.name'),
  'file.size': key('fieldName.file.size'),
  'file.type': key('fieldName.file.type'),
  framework: key('fieldName.framework'),
  indicators: key('fieldName.indicators'),
  'indicators.code': key('fieldName.indicators.code'),
  'indicators.name': key('fieldName.indicators.name'),
  issuer: key('fieldName.issuer'),
  item: key('fieldName.itemCode'),
  itemCode: key('fieldName.itemCode'),
  items: key('fieldName.items'),
  'items.code': key('fieldName.items.code'),
  'items.title': key('fieldName.items.title'),
  kind: key('fieldName.kind'),
  light: key('fieldName.light'),
  limit: key('fieldName.limit'),
  message: key('fieldName.message'),
  mobile: key('fieldName.mobile'),
  name: key('fieldName.name'),
  narrative: key('fieldName.narrative'),
  number: key('fieldName.number'),
  offset: key('fieldName.offset'),
  organization: key('fieldName.organization'),
  overdue: key('fieldName.overdue'),
  page: key('fieldName.page'),
  parent: key('fieldName.parent'),
  password: key('fieldName.password'),
  q: key('fieldName.q'),
  reason: key('fieldName.reason'),
  reportingCycle: key('fieldName.reportingCycle'),
  roles: key('fieldName.roles'),
  rollup: key('fieldName.rollup'),
  score: key('fieldName.score'),
  size: key('fieldName.size'),
  status: key('fieldName.status'),
  storageKey: key('fieldName.storageKey'),
  target: key('fieldName.target'),
  targets: key('fieldName.targets'),
  taskId: key('fieldName.taskId'),
  taskList: key('fieldName.taskListId'),
  taskListId: key('fieldName.taskListId'),
  title: key('fieldName.title'),
  type: key('fieldName.type'),
  unit: key('fieldName.unit'),
  username: key('fieldName.username'),
  weight: key('fieldName.weight'),
  workPlan: key('fieldName.workPlanId'),
  workPlanId: key('fieldName.workPlanId'),
  year: key('fieldName.year'),
};

// One element of a list, counted from 1 as people count: 第 2 个指标.
const elementNames: Record<string, Key> = {
  assignments: key('fieldName.element.assignments'),
  checklist: key('fieldName.element.checklist'),
  evidence: key('fieldName.element.evidence'),
  indicators: key('fieldName.element.indicators'),
  items: key('fieldName.element.items'),
  roles: key('fieldName.element.roles'),
};

// Under these the next name is an indicator's code (targets.love_stations), not a field: it stays as it is.
const byIndicator = new Set(['figures', 'targets']);

// A path as the server writes one (names, [index], names after a dot); anything else, such as a workbook's cell
// (任务分解!B3), is shown as it came.
const PATH = /^[A-Za-z_$][\w$-]*(\[\d+\]|\.[^.[\]]+)*$/;

/** The dictionary's own entry, never one of an object's inherited names (`constructor`). */
function own(names: Record<string, Key>, name: string): Key | undefined {
  return Object.prototype.hasOwnProperty.call(names, name) ? names[name] : undefined;
}

/**
 * A refused field as its reader knows it: `items[0].indicators[1].target` → 第 1 项要点 · 第 2 个指标 · 目标值. A name
 * not in the dictionary, an indicator's code or anything not a path stays as the server wrote it.
 */
export function fieldLabel(field: string, t: Translate): string {
  if (!PATH.test(field)) return field;
  const path = fieldPath(field);
  const parts: string[] = [];
  let parent: string | undefined;
  path.forEach((part, i) => {
    if (typeof part === 'number') return;
    const index = path[i + 1];
    const named = parent && byIndicator.has(parent) ? undefined : (parent && own(fieldNames, `${parent}.${part}`)) || own(fieldNames, part);
    if (typeof index === 'number') {
      const element = own(elementNames, part);
      const n = index + 1;
      parts.push(element ? t(element, { n }) : t('fieldName.element', { name: named ? t(named) : part, n }));
    } else {
      parts.push(named ? t(named) : part);
    }
    parent = part;
  });
  return parts.join(' · ');
}

export interface PlacedErrors {
  /** For `form.setFields`: each field with all its messages. */
  fields: { name: FieldPath; errors: string[] }[];
  /** What the alert still has to say; undefined when the fields say it all. */
  rest: unknown;
}

/** Splits a refusal into the messages `onForm` says the form shows at a field, and the rest for <Problem>. */
export function placeErrors(error: unknown, onForm: (path: FieldPath) => boolean): PlacedErrors {
  if (!(error instanceof ApiError) || error.status !== 400) return { fields: [], rest: error };
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const unplaced: FieldProblem[] = [];
  for (const problem of error.errors) {
    const name = fieldPath(problem.field);
    if (!onForm(name)) {
      unplaced.push(problem);
      continue;
    }
    const key = JSON.stringify(name);
    const placed = byField.get(key) ?? { name, errors: [] };
    placed.errors.push(problem.message);
    byField.set(key, placed);
  }
  const fields = [...byField.values()];
  const rest = unplaced.length === 0 && fields.length > 0 ? undefined : new ApiError(error.status, error.title, error.detail, unplaced);
  return { fields, rest };
}

/** A form whose fields are all top-level: a path is on it when its name is one of them. */
export function topLevel(...names: string[]): (path: FieldPath) => boolean {
  return (path) => path.length === 1 && names.includes(String(path[0]));
}
