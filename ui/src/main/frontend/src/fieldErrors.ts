import { ApiError, type FieldProblem } from './api';

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
  const rest =
    unplaced.length === 0 && fields.length > 0
      ? undefined
      : new ApiError(error.status, error.title, error.detail, unplaced);
  return { fields, rest };
}

/** A form whose fields are all top-level: a path is on it when its name is one of them. */
export function topLevel(...names: string[]): (path: FieldPath) => boolean {
  return (path) => path.length === 1 && names.includes(String(path[0]));
}
