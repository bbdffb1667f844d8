import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  jsx: ts.JsxEmit.ReactJSX,
};
const CODE = new Set(['.ts', '.tsx', '.mts', '.astro']);

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? codeFiles(join(dir, e.name)) : CODE.has(extname(e.name)) ? [join(dir, e.name)] : [],
  );
}

/** An .astro file's imports are in its frontmatter, between its first two `---` lines. */
function script(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

/**
 * Every file under `dir` and the files under `dir` it imports (type-only
 * imports and re-exports too: a circle of types is still a circle of ideas),
 * read by the TypeScript compiler's own pre-processor and resolved as the
 * project resolves them.
 */
function importGraph(dir: string): Map<string, string[]> {
  const files = codeFiles(dir);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(script(file), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const resolved = fileName.endsWith('.astro')
        ? fileName.startsWith('.') ? resolve(dirname(file), fileName) : undefined
        : ts.resolveModuleName(fileName, file, OPTIONS, ts.sys).resolvedModule?.resolvedFileName;
      return resolved && known.has(resolved) ? [resolved] : [];
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Each import circle (Tarjan's strongly connected components of more than one file, or a file importing itself), as paths relative to the repository. */
function importCircles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const to of graph.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) circles.push(component.map((f) => relative(ROOT, f)).sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles;
}

describe('import circles', () => {
  it('finds a planted circle, type-only imports included, and only the files in it', () => {
    const fixture = join(ROOT, 'tests/fixtures/import-circle');
    const graph = importGraph(fixture);
    expect(graph.get(join(fixture, 'Page.astro'))).toEqual([join(fixture, 'lib/alone.ts')]);
    expect(importCircles(graph)).toEqual([
      ['answer.ts', 'dates.ts', 'wording.ts'].map((f) => `tests/fixtures/import-circle/lib/${f}`),
    ]);
  });

  it('src/ has none: an idea that needs another imports it, never back', () => {
    const graph = importGraph(join(ROOT, 'src'));
    expect(graph.size).toBeGreaterThan(200);
    expect([...graph.values()].flat().length).toBeGreaterThan(graph.size);
    expect(importCircles(graph)).toEqual([]);
  });
});
