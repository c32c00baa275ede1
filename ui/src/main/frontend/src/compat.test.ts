import { cspHashes } from '@vitejs/plugin-legacy';
import { parse, type Node } from 'acorn';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Government desktops run old Chromium engines (360 and QQ browsers' cores). Vite's legacy plugin builds two sets of
// chunks: modern ones for every engine that passes its module check (import.meta, dynamic import and async
// generators: Chromium 64 and up, so the 69 of many 360 cores), and legacy SystemJS ones for older engines. A syntax
// error in either is a blank page there, so each set is parsed as the oldest engine it serves would parse it. The
// Maven build runs these tests after Vite has built the app into target/classes/static; a bare `npm test` before
// any build skips them.

const built = join(__dirname, '../../../../target/classes/static');
const assets = join(built, 'assets');
const present = existsSync(assets);
const scripts = present ? readdirSync(assets).filter((f) => f.endsWith('.js')) : [];
const legacy = scripts.filter((f) => f.includes('-legacy'));
const modern = scripts.filter((f) => !f.includes('-legacy'));
const source = (file: string) => readFileSync(join(assets, file), 'utf8');

/** Syntax newer than ES2018 that Chromium 64 cannot parse; import.meta and import() it can (the plugin checks). */
const tooNew: [string, (node: Node & Record<string, unknown>) => boolean][] = [
  ['optional chaining (Chromium 80)', (n) => n.type === 'ChainExpression'],
  ['?? (Chromium 80)', (n) => n.type === 'LogicalExpression' && n.operator === '??'],
  ['optional catch binding (Chromium 66)', (n) => n.type === 'CatchClause' && n.param === null],
  ['BigInt literals (Chromium 67)', (n) => n.type === 'Literal' && n.bigint !== undefined],
  ['export * as (Chromium 72)', (n) => n.type === 'ExportAllDeclaration' && n.exported != null],
];

function nodes(node: unknown, found: (Node & Record<string, unknown>)[] = []): (Node & Record<string, unknown>)[] {
  if (Array.isArray(node)) node.forEach((child) => nodes(child, found));
  else if (node && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') found.push(node as Node & Record<string, unknown>);
    for (const value of Object.values(node)) if (value && typeof value === 'object') nodes(value, found);
  }
  return found;
}

describe.skipIf(!present)('the built app', () => {
  it('has modern and legacy chunks of each part', () => {
    expect(modern.length).toBeGreaterThan(3);
    expect(legacy.map((f) => f.replace(/-legacy-.*/, ''))).toEqual(expect.arrayContaining(['index', 'polyfills', 'react', 'antd']));
  });

  it.each(modern)('writes %s in syntax Chromium 64 parses', (file) => {
    const program = parse(source(file), { ecmaVersion: 2020, sourceType: 'module' });
    const used = nodes(program).flatMap((node) => tooNew.filter(([, is]) => is(node)).map(([name]) => name));
    expect([...new Set(used)]).toEqual([]);
  });

  // Chromium 49 (the oldest core the legacy targets name) parses ES2015; Babel lowered everything newer.
  it.each(legacy)('writes %s as an ES2015 script', (file) => {
    expect(() => parse(source(file), { ecmaVersion: 2015, sourceType: 'script' })).not.toThrow();
  });

  it('loads the modern entry as a module and the legacy one only where modules are not run', () => {
    const html = readFileSync(join(built, 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[^"]+\.js"><\/script>/);
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/polyfills-[^"]+\.js"><\/script>/);
    expect(html).toMatch(/<script nomodule crossorigin id="vite-legacy-entry" data-src="\/assets\/index-legacy-[^"]+\.js">/);
  });

  // The server's CSP allows each inline script of index.html by its hash (ContentSecurityPolicy): only the plugin's own
  // loaders may be inline, the ones whose hashes it documents, so an inline script of anyone else fails here.
  it('holds no inline script but the legacy plugin loaders the CSP allows by hash', () => {
    const html = readFileSync(join(built, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => code);
    const hashes = inline.map((code) => createHash('sha256').update(code, 'utf8').digest('base64'));
    expect(hashes.sort()).toEqual([...cspHashes].sort());
  });
});
