// Reads the project's own import graph (static, dynamic and type-only imports and re-exports) so a
// test can fail on cycles that ESLint's import-x/no-cycle cannot see: type-only imports and cycles
// between folders.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib'];
const EXTENSIONS = ['.ts', '.tsx'];

export interface ImportGraph {
  files: string[];
  /** file → files it imports (project-relative paths) */
  edges: Map<string, Set<string>>;
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listSources(path));
    else if (EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function resolveSpecifier(fromFile: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(fromFile), specifier);
  else return null; // a package
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => join(base, 'index' + ext))];
  const found = candidates.find((candidate) => EXTENSIONS.some((ext) => candidate.endsWith(ext)) && isFile(candidate));
  return found ?? null;
}

/** Every module specifier in a file: imports, re-exports, `import()` and `import('x').T` types. */
export function moduleSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push(arg.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function readImportGraph(options: { includeTests?: boolean } = {}): ImportGraph {
  const isTest = (path: string) => /\.test\.tsx?$/.test(path);
  const absolute = SOURCE_DIRS.flatMap((dir) => listSources(join(ROOT, dir))).filter((path) => options.includeTests || !isTest(path));
  const files = absolute.map((path) => relative(ROOT, path)).sort();
  const edges = new Map<string, Set<string>>();
  for (const path of absolute) {
    const targets = new Set<string>();
    for (const specifier of moduleSpecifiers(path, readFileSync(path, 'utf8'))) {
      const target = resolveSpecifier(path, specifier);
      if (target) targets.add(relative(ROOT, target));
    }
    edges.set(relative(ROOT, path), targets);
  }
  return { files, edges };
}

/** The folder a file belongs to for layering: `lib/<folder>`, `components` or `entrypoints`. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'lib' ? `lib/${parts[1]}` : parts[0]!;
}

export function folderGraph(graph: ImportGraph): Map<string, Set<string>> {
  const folders = new Map<string, Set<string>>();
  for (const [from, targets] of graph.edges) {
    const source = folderOf(from);
    const set = folders.get(source) ?? new Set<string>();
    for (const to of targets) if (folderOf(to) !== source) set.add(folderOf(to));
    folders.set(source, set);
  }
  return folders;
}

/** Strongly connected components with more than one node (or a self-loop): each one is a cycle. */
export function cycles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const connect = (node: string): void => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node)?.has(node)) result.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!indices.has(node)) connect(node);
  return result;
}

export function edgeCount(edges: Map<string, Set<string>>): number {
  let count = 0;
  for (const targets of edges.values()) count += targets.size;
  return count;
}
