import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';

// Every key the code uses is in both dictionaries, and every key in a dictionary is used somewhere. Keys are
// written literally, as t('a.b') or key('a.b'), so a scan of the sources finds them all.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const used = new Set<string>();
for (const file of sources(__dirname)) {
  for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:t|key)\(\s*'([^']+)'/g)) used.add(match[1]);
}

describe.each([
  ['zh-CN', zh as Record<string, string>],
  ['en', en as Record<string, string>],
])('the %s dictionary', (_, dictionary) => {
  it('has every key the code uses', () => {
    expect([...used].filter((k) => !(k in dictionary))).toEqual([]);
  });

  it('has no key the code does not use', () => {
    expect(Object.keys(dictionary).filter((k) => !used.has(k))).toEqual([]);
  });

  it('has no empty text', () => {
    expect(Object.entries(dictionary).filter(([, text]) => !text.trim())).toEqual([]);
  });
});

it('finds the keys in the sources at all', () => {
  expect(used.size).toBeGreaterThan(50);
});
