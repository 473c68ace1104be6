/**
 * Bundles a browser bench entry (TypeScript importing `lib/`) into one IIFE string with Vite's
 * build API, so it can be injected into a page. No config file: the bench sees the same code the
 * extension ships, minified the same way.
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';

const cache = new Map<string, Promise<string>>();

export function bundleForBrowser(entry: string): Promise<string> {
  const absolute = path.resolve(entry);
  let bundled = cache.get(absolute);
  if (!bundled) {
    bundled = buildIife(absolute);
    cache.set(absolute, bundled);
  }
  return bundled;
}

async function buildIife(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: path.dirname(entry),
    resolve: { alias: { '@': path.resolve('.') } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      lib: { entry, formats: ['iife'], name: 'bench' },
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
