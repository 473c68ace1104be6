/** Gzipped size of the built content script (budget) and of every other bundle (for the record). */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { EXTENSION_DIR } from '../../support/browser';
import type { Bench, BenchRow } from '../types';

const CONTENT_SCRIPT = 'page-capture.js';
const BUDGET_KB = 20;
/** The side panel's first chunk (what `sidepanel.html` loads before anything shows), issue #12. */
const SIDEPANEL_BUDGET_KB = 150;
const isSidepanelEntry = (file: string) => /^chunks\/sidepanel-[^/]+\.js$/.test(file);
/** The panel's code the (small) entry imports at once (entrypoints/sidepanel/panel.tsx): under the same budget. */
const isSidepanelFirstChunk = (file: string) => isSidepanelEntry(file) || /^chunks\/panel-[^/]+\.js$/.test(file);
/** The page-world reader (entrypoints/page-reader.content.ts): runs before every Seller Center page's own scripts. */
const PAGE_READER_SCRIPT = 'content-scripts/page-reader.js';
const PAGE_READER_BUDGET_KB = 3;
const KB = 1024;

export const bundleSizeBench: Bench = {
  id: 'bundle-size',
  title: 'Bundle sizes',
  method:
    `Every .js/.css file of \`.output/chrome-mv3\` gzipped with zlib level 9 (1 KB = 1,024 bytes); ` +
    `budgets apply to \`${CONTENT_SCRIPT}\`, which runs on every Seller Center page, and to the side panel's first chunk ` +
    '(`chunks/sidepanel-*.js`; views other than the Overview and Creators, the charts and the workbook library load later).',
  async run() {
    const contentPath = path.join(EXTENSION_DIR, CONTENT_SCRIPT);
    if (!fs.existsSync(contentPath)) {
      return [
        {
          id: 'bundle-size.content-script',
          label: 'Content script, gzipped',
          value: null,
          unit: 'KB',
          budget: { kind: 'max', limit: BUDGET_KB },
          status: 'skipped',
          note: `${CONTENT_SCRIPT} not built (run "npm run build")`,
        },
      ];
    }
    const files = listFiles(EXTENSION_DIR).filter((file) => /\.(js|css)$/.test(file));
    const sizes = files.map((file) => {
      const bytes = fs.readFileSync(path.join(EXTENSION_DIR, file));
      return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    });
    const rows: BenchRow[] = [];
    const usedIds = new Set<string>();
    const uniqueId = (id: string) => {
      let unique = id;
      for (let n = 2; usedIds.has(unique); n++) unique = `${id}#${n}`;
      usedIds.add(unique);
      return unique;
    };
    for (const { file, raw, gzip } of sizes.sort((a, b) => (a.file === CONTENT_SCRIPT ? -1 : b.file === CONTENT_SCRIPT ? 1 : b.gzip - a.gzip))) {
      const isContent = file === CONTENT_SCRIPT;
      rows.push({
        id: uniqueId(isContent ? 'bundle-size.content-script' : `bundle-size.${withoutHash(file)}`),
        label: isContent ? 'Content script, gzipped' : file === PAGE_READER_SCRIPT ? 'Page-world reader (MAIN world), gzipped' : `${file}, gzipped`,
        value: round1(gzip / KB),
        unit: 'KB',
        budget: isContent
          ? { kind: 'max', limit: BUDGET_KB }
          : file === PAGE_READER_SCRIPT
            ? { kind: 'max', limit: PAGE_READER_BUDGET_KB }
            : isSidepanelFirstChunk(file)
              ? { kind: 'max', limit: SIDEPANEL_BUDGET_KB }
              : undefined,
        detail: `${round1(raw / KB)} KB raw`,
        status: 'measured',
      });
    }
    rows.push(sidepanelFirstLoadRow(sizes));
    return rows;
  },
};

/**
 * What `sidepanel.html` has the browser fetch before the panel can paint: its entry script, every
 * chunk it modulepreloads (the entry's static imports) and its stylesheet, and the chunks the entry
 * imports at once (entrypoints/sidepanel/main.tsx loads the panel's code with `import()` while it
 * reads the saved Overview: Vite lists their files in the entry's `__vite__mapDeps`).
 */
function sidepanelFirstLoadRow(sizes: { file: string; raw: number; gzip: number }[]): BenchRow {
  const html = fs.readFileSync(path.join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
  const linked = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const entry = linked.find(isSidepanelEntry);
  const code = entry ? fs.readFileSync(path.join(EXTENSION_DIR, entry), 'utf8') : '';
  // Every file a dynamic import of the entry may load, then the indices the panel's import preloads.
  const listed = [...(/__vite__mapDeps=.*?\[([^\]]*)\]/.exec(code)?.[1] ?? '').matchAll(/["'`]([^"'`]+\.(?:js|css))["'`]/g)].map((match) => match[1]!);
  const panelImport = /import\(["'`]\.\/(panel-[^"'`]+\.js)["'`]\)[^]*?__vite__mapDeps\(\[([\d,]*)\]\)/.exec(code);
  const imported = panelImport ? [`chunks/${panelImport[1]}`, ...panelImport[2]!.split(',').map((i) => listed[Number(i)] ?? '')] : [];
  const loaded = [...new Set([...linked, ...imported])];
  const files = sizes.filter((size) => loaded.includes(size.file));
  const gzip = files.reduce((sum, size) => sum + size.gzip, 0);
  const raw = files.reduce((sum, size) => sum + size.raw, 0);
  return {
    id: 'bundle-size.sidepanel-first-load',
    label: 'Side panel: everything sidepanel.html loads before the first paint (entry, modulepreloads, CSS, the panel code the entry imports), gzipped',
    value: round1(gzip / KB),
    unit: 'KB',
    detail: `${files.length} files, ${round1(raw / KB)} KB raw`,
    status: 'measured',
  };
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
  });
}

/** `chunks/sidepanel-CHDRpYKq.js` → `chunks/sidepanel.js`: ids that stay the same from build to build. */
function withoutHash(file: string): string {
  return file.replace(/-[\w-]{8}(?=\.(js|css)$)/, '');
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
