import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The front end's arrows, checked the way ArchUnit checks the back end's: modules import one another without a
// cycle (the layout imports the pages; the pages take the session from session.tsx, not from the layout), and only
// paths.ts writes the API's addresses.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The relative specifiers a module imports or re-exports, statically, for its side effects or by import(). */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** The source file a specifier names, or undefined for what is not TypeScript (styles, dictionaries). */
function target(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (path) => /\.tsx?$/.test(path) && existsSync(path) && statSync(path).isFile(),
  );
}

/** Each module's imports among the sources under `root`. */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(root)) {
    const imported = specifiers(readFileSync(file, 'utf8')).map((s) => target(file, s));
    graph.set(file, [...new Set(imported.filter((t): t is string => t !== undefined))]);
  }
  return graph;
}

/** Every cycle a depth-first walk meets, each as the chain of modules that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (module: string) => {
    const at = path.indexOf(module);
    if (at >= 0) {
      found.push([...path.slice(at), module]);
      return;
    }
    if (done.has(module)) return;
    path.push(module);
    for (const next of graph.get(module) ?? []) visit(next);
    path.pop();
    done.add(module);
  };
  for (const module of graph.keys()) visit(module);
  return found;
}

describe('the import graph of src', () => {
  const graph = importGraph(__dirname);
  const name = (file: string) => relative(__dirname, file);

  it('has no cycle', () => {
    expect(cycles(graph).map((cycle) => cycle.map(name).join(' → '))).toEqual([]);
  });

  it('is read from the sources at all', () => {
    expect(graph.get(join(__dirname, 'main.tsx'))?.map(name)).toContain('App.tsx');
    expect(graph.get(join(__dirname, 'App.tsx'))?.map(name)).toEqual(
      expect.arrayContaining(['pages/TaskPage.tsx', 'pages/StatusBoard.tsx']),
    );
  });

  it('finds a cycle where there is one', () => {
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(loop)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});

/** A string literal or template that starts an address of the API: '/api/…', "/api/…" or `/api/…`. */
const apiAddress = /['"`]\/api\//;

describe("the API's addresses", () => {
  // Tests are left out: what they expect is an address written out, to compare paths.ts's with.
  const written = sources(__dirname)
    .filter((file) => !file.endsWith('.test.ts'))
    .filter((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .some((line) => apiAddress.test(line)),
    )
    .map((file) => relative(__dirname, file));

  it('are written only in paths.ts', () => {
    expect(written).toEqual(['paths.ts']);
  });

  it('are recognised in every quoting', () => {
    for (const line of ["api('/api/tasks')", 'href="/api/audit/public-key"', 'useApi(`/api/tasks/${id}`)']) {
      expect(apiAddress.test(line), line).toBe(true);
    }
    expect(apiAddress.test("navigate('/tasks?workPlan=wp-2018')")).toBe(false);
  });
});
