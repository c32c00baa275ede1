import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Government desktops run Chromium 87-era engines. Vite (target chrome87) lowers the syntax, but it adds no
// polyfills: a library calling a newer built-in would break there. The Maven build runs these tests after Vite has
// built the app into target/classes/static; a bare `npm test` before any build skips them.

const built = join(__dirname, '../../../../target/classes/static');
const assets = join(built, 'assets');
const present = existsSync(assets);

/** Built-ins newer than Chromium 87, with the version that brought them. */
const newer: [RegExp, string][] = [
  [/\.at\(-?\d/, 'Array.prototype.at (92)'],
  [/Object\.hasOwn\(/, 'Object.hasOwn (93)'],
  [/structuredClone\(/, 'structuredClone (98)'],
  [/\.findLast(Index)?\(/, 'Array.prototype.findLast (97)'],
  [/\.toSorted\(|\.toReversed\(|\.toSpliced\(/, 'change-array-by-copy (110)'],
  [/AbortSignal\.timeout\(/, 'AbortSignal.timeout (103)'],
  [/Object\.groupBy\(/, 'Object.groupBy (117)'],
];

describe.skipIf(!present)('the built app', () => {
  const scripts = present ? readdirSync(assets).filter((f) => f.endsWith('.js')) : [];

  it.each(newer)('calls no %s', (pattern, name) => {
    const users = scripts.filter((f) => pattern.test(readFileSync(join(assets, f), 'utf8')));
    expect(users, `${name} in`).toEqual([]);
  });

  it('loads only scripts from files, as the CSP (script-src self) demands', () => {
    const html = readFileSync(join(built, 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
