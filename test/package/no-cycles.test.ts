// No import cycle anywhere in src. Every module's imports are read with the TypeScript
// parser: static imports and re-exports, dynamic `import()` (the lazy chunks), the records
// worker's `new URL(…, import.meta.url)`, and type-only imports. The floors (ARCHITECTURE.md,
// enforced by ESLint) keep imports running down between folders; this test also covers the
// modules inside one folder, and the doors of the lazy chunks, which the floors cannot see.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = new URL('../../', import.meta.url).pathname;
const src = join(root, 'src');

interface Edge {
  specifier: string;
  /** `import type`, `export type` or `import('…').T`: erased from the JavaScript, so it orders nothing at run time. */
  typeOnly: boolean;
}

/** The relative module specifiers a file loads, however it loads them. */
function edgesOf(file: string, text: string): Edge[] {
  const found: Edge[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.importClause?.isTypeOnly ?? false });
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) found.push({ specifier: node.arguments[0].text, typeOnly: false });
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) found.push({ specifier: node.argument.literal.text, typeOnly: true });
    else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.[0] && ts.isStringLiteral(node.arguments[0]) && node.arguments[1]?.getText() === 'import.meta.url') found.push({ specifier: node.arguments[0].text, typeOnly: false });
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return found.filter((e) => e.specifier.startsWith('./') || e.specifier.startsWith('../'));
}

/** The file a relative specifier names: `./x.js` is the source `./x.ts` (or a declaration file). */
function resolve(from: string, specifier: string): string | undefined {
  const target = join(dirname(from), specifier);
  return [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.d.ts'), target].find((f) => f.endsWith('.ts') && existsSync(f));
}

/** src's module graph, by path from the repository's root: each .ts file and the src files it loads (at run time only, or counting type imports too). */
function moduleGraph(withTypes: boolean): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const name of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const file = join(src, name);
    const targets = edgesOf(file, readFileSync(file, 'utf8'))
      .filter((e) => withTypes || !e.typeOnly)
      .map((e) => resolve(file, e.specifier))
      .filter((f): f is string => f !== undefined);
    graph.set(relative(root, file), [...new Set(targets.map((f) => relative(root, f)))]);
  }
  return graph;
}

/** The cycles a depth-first walk meets (every module in a cycle is in at least one), each as `a -> b -> a` from its first module by name. */
function cycles(graph: Map<string, string[]>): string[] {
  const found = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const walk = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const loop = path.slice(path.indexOf(next));
        const first = loop.indexOf([...loop].sort()[0]!);
        const turned = [...loop.slice(first), ...loop.slice(0, first)];
        found.add([...turned, turned[0]].join(' -> '));
      } else if (!state.has(next)) walk(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node);
  return [...found];
}

describe('the module graph of src', () => {
  it('has no import cycle at run time (static, dynamic or worker imports)', () => {
    const graph = moduleGraph(false);
    assert.ok(graph.size > 100, 'the walk found the sources');
    assert.ok([...graph.values()].some((targets) => targets.includes('src/elements/lazy/core-api.ts')), "the lazy chunk's dynamic import is an edge");
    assert.ok([...graph.values()].some((targets) => targets.includes('src/elements/source/records-worker.ts')), "the records worker's URL is an edge");
    const found = cycles(graph);
    assert.deepEqual(found, [], `import cycles:\n${found.join('\n')}`);
  });

  it('has no import cycle through type imports either, but the known ones', () => {
    const found = cycles(moduleGraph(true));
    assert.deepEqual(found, [], `import cycles (type imports counted):\n${found.join('\n')}`);
  });

  it('finds a cycle when there is one, and reads every kind of import', () => {
    const graph = new Map([
      ['c', ['a', 'd']],
      ['a', ['b']],
      ['b', ['c']],
      ['d', []],
    ]);
    assert.deepEqual(cycles(graph), ['a -> b -> c -> a']);
    const text = "import type { A } from './a.js';\nexport { B } from './b.js';\nconst c = () => import('./c.js');\ntype D = import('./d.js').D;\nnew URL('./e.js', import.meta.url);\nexport type { F } from '../f.js';\nimport 'lit';";
    assert.deepEqual(edgesOf(join(src, 'probe.ts'), text), [
      { specifier: './a.js', typeOnly: true },
      { specifier: './b.js', typeOnly: false },
      { specifier: './c.js', typeOnly: false },
      { specifier: './d.js', typeOnly: true },
      { specifier: './e.js', typeOnly: false },
      { specifier: '../f.js', typeOnly: true },
    ]);
  });
});
