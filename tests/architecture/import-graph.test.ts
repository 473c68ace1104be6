import { cycles, folderGraph, moduleSpecifiers, readImportGraph } from './import-graph';

// Parsing ~300 files takes a few seconds on a busy machine.
describe('the import graph', { timeout: 60_000 }, () => {
  it('has no cycle between files, counting type-only imports and tests', () => {
    const found = cycles(readImportGraph({ includeTests: true }).edges).map((cycle) => cycle.join(' '));
    expect(found).toEqual([]);
  });

  // Folder layering is about what the product depends on; a test may reach across folders (an
  // adapter's fixture through the background handler), as the ESLint zones allow it.
  it('has no cycle between lib folders, components and entrypoints', () => {
    expect(cycles(folderGraph(readImportGraph()))).toEqual([]);
  });
});

describe('the cycle check itself', () => {
  it('sees type-only imports, re-exports, dynamic imports and import types', () => {
    const text = [
      "import type { A } from './a';",
      "export { B } from '@/lib/b';",
      "export type * from './c';",
      "const d = await import('./d');",
      "type E = import('./e').E;",
      "import 'package';",
    ].join('\n');
    expect(moduleSpecifiers('x.ts', text)).toEqual(['./a', '@/lib/b', './c', './d', './e', 'package']);
  });

  it('reports a two-file cycle, a longer one and a self-import, and nothing for a chain', () => {
    const edges = new Map<string, Set<string>>([
      ['a', new Set(['b'])],
      ['b', new Set(['a'])],
      ['c', new Set(['d'])],
      ['d', new Set(['e'])],
      ['e', new Set(['c', 'f'])],
      ['f', new Set(['f'])],
      ['g', new Set(['h'])],
      ['h', new Set()],
    ]);
    expect(cycles(edges).map((cycle) => cycle.join(' '))).toEqual(expect.arrayContaining(['a b', 'c d e', 'f']));
    expect(cycles(edges)).toHaveLength(3);
  });

  it('turns file imports into folder imports: lib/<folder>, components, entrypoints', () => {
    const folders = folderGraph({
      files: [],
      edges: new Map([
        ['lib/a/x.ts', new Set(['lib/b/y.ts', 'lib/a/z.ts'])],
        ['lib/b/y.ts', new Set(['lib/a/z.ts'])],
        ['components/V.tsx', new Set(['lib/a/x.ts'])],
      ]),
    });
    expect(cycles(folders)).toEqual([['lib/a', 'lib/b']]);
    expect([...folders.get('components')!]).toEqual(['lib/a']);
  });
});
