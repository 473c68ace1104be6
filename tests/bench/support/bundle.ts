/**
 * Bundles a bench entry (TypeScript importing `lib/`) with Vite's build API: into one IIFE string
 * to inject into a page, or into one ES module file for Node. No config file: the bench sees the
 * same code the extension ships, minified the same way (not the per-module transpile of a loader
 * such as jiti, whose imported bindings are property reads on every use).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';

type Format = 'iife' | 'es';
const cache = new Map<string, Promise<string>>();

function bundled(entry: string, format: Format): Promise<string> {
  const absolute = path.resolve(entry);
  const key = `${format}:${absolute}`;
  let code = cache.get(key);
  if (!code) {
    code = buildBundle(absolute, format);
    cache.set(key, code);
  }
  return code;
}

export function bundleForBrowser(entry: string): Promise<string> {
  return bundled(entry, 'iife');
}

/** The entry bundled as one ES module, written to a temporary file: its path, to `import()`. */
export async function bundleForNode(entry: string): Promise<string> {
  const code = await bundled(entry, 'es');
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'creator-desk-bench-')), `${path.basename(entry, path.extname(entry))}.mjs`);
  await writeFile(file, code);
  return file;
}

async function buildBundle(entry: string, format: Format): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: path.dirname(entry),
    resolve: { alias: { '@': path.resolve('.') } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      lib: { entry, formats: [format], name: 'bench' },
      write: false,
      minify: true,
      emptyOutDir: false,
      reportCompressedSize: false,
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  for (const result of results) {
    for (const chunk of result.output ?? []) {
      if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code;
    }
  }
  throw new Error(`Vite produced no entry chunk for ${entry}`);
}
