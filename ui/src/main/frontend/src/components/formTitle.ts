import type { FormSchema } from './FormRenderer';

// A Camunda Form opens with its title, a heading line in its first text (“## 查漏补缺”). The work queue heads each
// work item with the item's own name instead, because one form may serve several work items: the gap review's form
// serves 核查整改 as well as 查漏补缺. These find the form's title and take it out of the form.

const HEADING = /^#+\s*/;

function titleLine(schema: FormSchema): string | undefined {
  const first = schema.components[0];
  if (first?.type !== 'text') return undefined;
  const line = (first.text ?? '').split('\n')[0];
  return HEADING.test(line) ? line : undefined;
}

/** The form's title, without its heading marks, if the form opens with one. */
export function formTitle(schema: FormSchema): string | undefined {
  return titleLine(schema)?.replace(HEADING, '').trim() || undefined;
}

/** The form without its title line; a text left with nothing else to say goes too. */
export function withoutTitle(schema: FormSchema): FormSchema {
  if (titleLine(schema) === undefined) return schema;
  const [first, ...rest] = schema.components;
  const text = (first.text ?? '').split('\n').slice(1).join('\n');
  return { ...schema, components: text.trim() ? [{ ...first, text }, ...rest] : rest };
}
