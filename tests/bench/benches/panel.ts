/**
 * The side panel with a large program: open → first meaningful paint of the Overview (with the
 * analysis cache the panel saved, with the one the background prepared before any opening, and
 * cold), and exporting 5,000 scorecards (CSV and XLSX).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, type ExtensionBrowser } from '../../support/browser';
import type { PanelDataSize } from '../browser/panel-data';
import type { ExportOptions, ExportResult } from '../browser/panel-export';
import type { SeedResult } from '../browser/panel-seed';
import { BLANK_PAGE, openBenchPage } from '../support/bench-browser';
import { bundleForBrowser } from '../support/bundle';
import { median, quantile, round } from '../support/stats';
import { withBaseline, type Bench, type BenchContext, type BenchRow } from '../types';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/index';
import { localDayOfTimestamp } from '../../../lib/calendar/days';
import { analysisHorizon } from '../../../lib/analytics/lookback';
import { periodOfDay } from '../../../lib/rollups/fields';
import { SCHEMA_VERSIONS } from '../../../lib/db/database';

const SIZE: PanelDataSize = {
  creators: 5_000,
  content: 100_000,
  snapshotsPerCreator: 4,
  orders: 200_000,
  samples: 2_000,
  collaborations: 50,
  programs: 3_000,
};
const OPENS = 5;
const OPEN_BUDGET_MS = 500;
/** Issue #12: with a saved analysis the Overview shows in ≤ 200 ms. */
const CACHED_OPEN_BUDGET_MS = 200;
/** Issue #12: at 4× the history the fresh open stays within 1.3× of the 1× figure. */
const HISTORY_RATIO_BUDGET = 1.3;
const HISTORY_FACTOR = 4;
const HISTORY_OPENS = 3;
const BASE_DAYS = 120;
const CSV_BUDGET_MS = 300;
const XLSX_BUDGET_MS = 2_000;
const EXPORT: ExportOptions = { size: SIZE, runs: 7, warmup: 2 };
/**
 * Meaningful content: on the Overview its first numbers, the velocity sentence (the chart's numbers
 * as text); on the Creators list the first creator row.
 */
const MEANINGFUL = '[data-testid="velocity-summary"], tbody tr[aria-rowindex="2"]';
/** Opens of the Creators list with the cache (after the Overview's). */
const LIST_OPENS = 3;
/** Shown while the panel shows the last saved analysis and computes a fresh one. */
const CACHED_MARKER = '[data-testid="analysis-cached"]';
/** Time for one open to reach the fresh analysis (reading 100,000 pieces on a busy machine). */
const OPEN_TIMEOUT_MS = 180_000;
/** The panel stays closed this long before each open (see the method). */
const QUIET_BEFORE_OPEN_MS = 3_000;
const PANEL_VIEWPORT = { width: 380, height: 900 };
/** The User Timing mark the panel sets once it has saved an analysis (components/analysis/perf-marks.ts). */
const CACHE_WRITTEN_MARK = 'creator-desk:cache-written';
const CACHE_WRITE_TIMEOUT_MS = 15_000;
/** Opens after the background prepared the analysis (each one waits for a preparation: ~4 s quiet + read + compute). */
const PREPARED_OPENS = 3;
/** The windows the background prepares (lib/analysis-store/prepare-analysis.ts): the default (28) first, 90 last. */
const PREPARED_WINDOWS = [28, 7, 90];
const PREPARE_TIMEOUT_MS = 120_000;

/**
 * The parts to run (`PANEL_BENCH_PARTS=cold,history` for a quicker look while working on one of
 * them; the rows of parts not run are left out). Default: every part.
 */
const ALL_PARTS = ['cold', 'prepared', 'cached', 'list', 'export', 'history'] as const;
const PARTS = new Set((process.env.PANEL_BENCH_PARTS ?? ALL_PARTS.join(',')).split(',').map((part) => part.trim()));
const runs = (part: (typeof ALL_PARTS)[number], count: number) => (PARTS.has(part) ? count : 0);
/**
 * `PANEL_BENCH_PROFILE=<dir>`: the 1× runs use this browser profile and keep it, and seed only when
 * its database is not seeded yet (seeding takes minutes; for repeated runs while working). The
 * seeded data is dated by the day it was written: reuse it the same day.
 */
const KEPT_PROFILE = process.env.PANEL_BENCH_PROFILE ? path.resolve(process.env.PANEL_BENCH_PROFILE) : undefined;

/** Timestamps (performance.now(), from the navigation's start) the init script records in the panel. */
interface OpenMarks {
  /** The meaningful element first in the DOM. */
  meaningful?: number;
  /** The frame after that (the one that paints it). */
  meaningfulFrame?: number;
  /** Whether the first meaningful content came from the cache. */
  fromCache?: boolean;
  /** Meaningful content from a fresh analysis (no cache marker). */
  fresh?: number;
  read?: number;
  compute?: number;
  /** Reading and decoding the saved analysis. */
  cacheRead?: number;
  /** When the first read of the stored data started, and the first analysis ended (ms from navigation start). */
  readStartAt?: number;
  computeEndAt?: number;
  /** The panel's User Timing marks, in order (for the log). */
  timeline?: string;
  /** The IndexedDB requests the page made by the time it was read (recordRequests). */
  requests?: string;
  cacheWritten?: boolean;
  /** The meaningful content's top when it first showed (px)… */
  firstTop?: number;
  /** …and the farthest it moved from there up to the fresh analysis (a layout shift above it). */
  moved?: number;
}

interface OpenResult {
  paintMs: number;
  fromCache: boolean;
  freshMs: number;
  readMs: number | null;
  computeMs: number | null;
  cacheReadMs: number | null;
  /** Navigation start → the stored data's read starts (the page and the panel's first script loading, the databases opening). */
  beforeReadMs: number | null;
  /** The first analysis done → the meaningful paint (rendering the Overview, layout, the frame). */
  afterComputeMs: number | null;
  cacheWritten: boolean;
  /** When each panel mark was set (ms from navigation start). */
  timeline: string;
  /** IndexedDB requests per store and method, up to the fresh analysis. */
  requests: string;
  /** How far the meaningful content moved (px) from its first paint to the fresh analysis. */
  movedPx: number;
}

export const panelBench: Bench = {
  id: 'panel',
  title: 'Side panel with 5,000 creators',
  method:
    `The built extension's database is seeded through its own origin (plain IndexedDB in a \`sidepanel.html\` tab): ` +
    `${SIZE.creators.toLocaleString('en-US')} creators, ${SIZE.content.toLocaleString('en-US')} content pieces, ` +
    `${SIZE.orders.toLocaleString('en-US')} order lines, ${SIZE.snapshotsPerCreator} snapshots per creator, ` +
    `${SIZE.samples.toLocaleString('en-US')} samples, ${SIZE.collaborations} collaborations, ${SIZE.programs.toLocaleString('en-US')} programs. ` +
    `Then \`sidepanel.html#overview\` is opened in a new ${PANEL_VIEWPORT.width}×${PANEL_VIEWPORT.height} tab ${OPENS} times cold ` +
    '(the analysis cache deleted first) and ' +
    `${OPENS} times with the cache the previous open wrote; "first meaningful paint" is the frame after the Overview's velocity ` +
    'numbers enter the DOM (a MutationObserver installed before the page\'s scripts, times from navigation start); then ' +
    `\`#creators\` ${LIST_OPENS} times with the cache, to the first creator row. ` +
    `Prepared by the background: the cache deleted, then an extension page asks the background (\`{ type: 'prepare-analysis' }\`, ` +
    'the same scheduling as after a stored capture: 4 s after the last request) and the bench waits until the background has saved ' +
    `every window (${PREPARED_WINDOWS.join(', ')} days), then opens \`#overview\` (${PREPARED_OPENS} times). ` +
    `Each open waits for the fresh analysis before the next, then ${QUIET_BEFORE_OPEN_MS / 1000} s with the panel closed, as a seller's next open comes ` +
    "(opened back to back, each open's page got going later than the one before, before any of the panel's code ran: " +
    "`domInteractive` 90, 109, 170, 282 ms after navigation start over four cached opens, against 36–85 ms after a 3 s pause; " +
    'presumably the closed page is still being cleared up in the extension process the pages share). ' +
    `Export: \`buildScorecardFile\` (what the buttons run before the ` +
    `download) on the dataset's ${SIZE.creators.toLocaleString('en-US')} scorecards in a page of plain Chromium, ` +
    `median of ${EXPORT.runs} after ${EXPORT.warmup} warm-ups; and in the real panel, click to download event. ` +
    "The seed also writes the rollups the extension keeps on write and their read form, packed, and the plain tables' read copies (built as its migrations do). Baselines, same run: the " +
    "panel's data read (the first `creator-desk:read`, what the Overview needs) against plain `getAll` of the same stores in an " +
    `extension page; and the cold open with ${HISTORY_FACTOR}× the history (${HISTORY_FACTOR}× the days, pieces and order lines, ` +
    `a database of its own in a second browser) against cold opens of the 1× database in a third browser, alternating with them ` +
    '(without kept profiles: against the 1× cold opens above). Seeded profiles are kept between runs, keyed by dataset, seed script, day and schema, ' +
    'saved once the storage is idle (LevelDB log quiet), and copied for each run; the opens start once the copy’s storage is idle too. ' +
    "Each open's IndexedDB requests (per store and method) are logged.",
  async run(ctx) {
    if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      return [skipped('panel.open.cached', 'Open → first meaningful paint, with cache', 'ms', OPEN_BUDGET_MS, 'no built extension in .output/chrome-mv3 (run "npx wxt build")')];
    }
    const rows: BenchRow[] = [];
    rows.push(...(await panelOpens(ctx)));
    if (PARTS.has('history')) rows.push(...(await longerHistory(ctx)));
    if (PARTS.has('export')) rows.push(...(await exportFunctions(ctx)));
    // Rows of parts not run have no value.
    return rows.filter((row) => row.value === null || !Number.isNaN(row.value));
  },
};

async function panelOpens(ctx: BenchContext): Promise<BenchRow[]> {
  const seedScript = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/panel-seed.ts'));
  // PANEL_BENCH_PROFILE: that profile, kept and reused as it is; else a copy of the profile seeded for this dataset and schema.
  const { ext, seed, reused } = KEPT_PROFILE ? await keptProfile(ctx, seedScript) : await seededExtension(ctx, SIZE, seedScript);
  try {
    const { context, extensionId, worker } = ext;
    const url = (view: string) => `chrome-extension://${extensionId}/sidepanel.html#${view}`;
    await context.addInitScript(recordMarks, { meaningful: MEANINGFUL, cached: CACHED_MARKER });
    await context.addInitScript(recordRequests);
    ctx.log(`${reused ? 'reused the profile seeded with' : 'seeded'} ${JSON.stringify(seed.counts)} in ${round(seed.writeMs / 1000, 1)} s`);

    const cold: OpenResult[] = [];
    for (let i = 0; i < runs('cold', OPENS); i++) {
      await deleteCache(worker);
      const { result, page } = await openPanel(context, url('overview'));
      await page.close();
      cold.push(result);
      ctx.log(`cold open ${i + 1}: paint ${round(result.paintMs, 0)} ms (read ${round(result.readMs ?? NaN, 0)}, compute ${round(result.computeMs ?? NaN, 0)}); marks: ${result.timeline}`);
    }
    const plainRead = PARTS.has('cold') ? await plainReadBaseline(context, url('data'), seedScript) : { ms: Number.NaN, records: 0, tablesMs: Number.NaN, tableRecords: 0, unpackedMs: Number.NaN };
    ctx.log(
      `plain getAll of the same stores: ${round(plainRead.ms, 0)} ms (${plainRead.records} records); ` +
        `with the plain tables instead of their copies: ${round(plainRead.tablesMs, 0)} ms (${plainRead.tableRecords} records); ` +
        `the copies with their records rebuilt, taking turns with the tables: ${round(plainRead.unpackedMs, 0)} ms`,
    );
    const prepared: PreparedOpen[] = [];
    for (let i = 0; i < runs('prepared', PREPARED_OPENS); i++) {
      await deleteCache(worker);
      const preparation = await prepareInBackground(context, url('data'), worker);
      const { result, page } = await openPanel(context, url('overview'));
      await page.close();
      prepared.push({ ...result, ...preparation });
      ctx.log(
        `open after the background prepared (${round(preparation.prepareMs, 0)} ms after the request, by the background: ${preparation.byBackground}): ` +
          `paint ${round(result.paintMs, 0)} ms (from cache: ${result.fromCache}), fresh ${round(result.freshMs, 0)} ms, velocity numbers moved ${result.movedPx} px by then`,
      );
    }
    const cached: OpenResult[] = [];
    let clicks: { csvMs: number; xlsxMs: number } | null = null;
    // Run without the cold or prepared opens (PANEL_BENCH_PARTS), nothing may have saved an analysis yet:
    // one open first, not counted, saves the one the cached opens read.
    if (PARTS.has('cached') && !PARTS.has('cold') && !PARTS.has('prepared')) await (await openPanel(context, url('overview'))).page.close();
    for (let i = 0; i < runs('cached', OPENS); i++) {
      const { result, page } = await openPanel(context, url('overview'));
      cached.push(result);
      ctx.log(
        `open with cache ${i + 1}: paint ${round(result.paintMs, 0)} ms (from cache: ${result.fromCache}, cache read ${round(result.cacheReadMs ?? NaN, 0)} ms), fresh ${round(result.freshMs, 0)} ms, velocity numbers moved ${result.movedPx} px by then; marks: ${result.timeline}`,
      );
      if (i === OPENS - 1 && PARTS.has('export')) clicks = await exportByClick(page);
      await page.close();
    }
    const list: OpenResult[] = [];
    for (let i = 0; i < runs('list', LIST_OPENS); i++) {
      const { result, page } = await openPanel(context, url('creators'));
      await page.close();
      list.push(result);
      ctx.log(`Creators list with cache ${i + 1}: paint ${round(result.paintMs, 0)} ms (from cache: ${result.fromCache}), fresh ${round(result.freshMs, 0)} ms; marks: ${result.timeline}`);
    }
    const rows = openRows(cold, cached, list, clicks, seed, prepared);
    const reads = cold.map((r) => r.readMs).filter((v): v is number => v !== null);
    rows.push(
      withBaseline(
        {
          id: 'panel.read.cold',
          label: "Panel's data read for the Overview (read copies of creators, snapshots, samples, collaborations, reported; rollup blocks of the horizon and totals)",
          value: round(median(reads), 0),
          unit: 'ms',
          detail:
            `creator-desk:read of ${OPENS} cold opens: ${reads.map((v) => round(v, 0)).join(', ')} ms; plain getAll of the tables themselves ` +
            `instead of their copies: ${round(plainRead.tablesMs, 0)} ms (${plainRead.tableRecords.toLocaleString('en-US')} records)`,
          status: 'measured',
        },
        round(plainRead.ms, 0),
        `plain getAll of the same stores (${plainRead.records.toLocaleString('en-US')} records)`,
      ),
    );
    coldMedianAt1x = median(cold.map((r) => r.paintMs));
    return rows;
  } finally {
    await ext.close();
  }
}

/** The 1× cold open median, the baseline of the 4× history run. */
let coldMedianAt1x = Number.NaN;

/** The first period of rollups the panel reads today (its analysis horizon with default settings). */
function horizonPeriod(): number {
  return periodOfDay(analysisHorizon(DEFAULT_SETTINGS, localDayOfTimestamp(Date.now())).fromDay);
}

interface PlainRead {
  ms: number;
  records: number;
  /** The same with the plain tables instead of their read copies. */
  tablesMs: number;
  tableRecords: number;
  /** The copies read with their records rebuilt (the panel's work on them), taking turns with the tables. */
  unpackedMs: number;
}

async function plainReadBaseline(context: BrowserContext, pageUrl: string, script: string): Promise<PlainRead> {
  const page = await context.newPage();
  try {
    await page.goto(pageUrl);
    await page.evaluate(script);
    return await page.evaluate(
      (fromPeriod) => (window as unknown as { plainPanelRead(p: number, runs: number): Promise<PlainRead> }).plainPanelRead(fromPeriod, 3),
      horizonPeriod(),
    );
  } finally {
    await page.close();
  }
}

/**
 * The same program with 4× the history (4× the days, so 4× the pieces and order lines): cold opens,
 * against the 1× cold open of the same run.
 */
async function longerHistory(ctx: BenchContext): Promise<BenchRow[]> {
  const size: PanelDataSize = {
    ...SIZE,
    days: BASE_DAYS * HISTORY_FACTOR,
    content: SIZE.content * HISTORY_FACTOR,
    orders: SIZE.orders * HISTORY_FACTOR,
  };
  const seedScript = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/panel-seed.ts'));
  const { ext, seed, reused } = await seededExtension(ctx, size, seedScript);
  // With seeded profiles kept, a second browser on the 1× profile: its cold opens alternate with
  // the 4× ones, so both see the same moments of a shared machine (the ratio compares like with like).
  const paired = REUSE_PROFILES && !KEPT_PROFILE ? await seededExtension(ctx, SIZE, seedScript) : null;
  try {
    const browsers = [
      { label: '4× history', ext, cold: [] as OpenResult[] },
      ...(paired ? [{ label: '1× beside it', ext: paired.ext, cold: [] as OpenResult[] }] : []),
    ];
    for (const browser of browsers) {
      await browser.ext.context.addInitScript(recordMarks, { meaningful: MEANINGFUL, cached: CACHED_MARKER });
      await browser.ext.context.addInitScript(recordRequests);
    }
    ctx.log(`4× history: ${reused ? 'reused the profile seeded with' : 'seeded'} ${JSON.stringify(seed.counts)} in ${round(seed.writeMs / 1000, 1)} s`);
    for (let i = 0; i < HISTORY_OPENS; i++) {
      for (const browser of browsers) {
        const { context, extensionId, worker } = browser.ext;
        await deleteCache(worker);
        const { result, page } = await openPanel(context, `chrome-extension://${extensionId}/sidepanel.html#overview`);
        await page.close();
        browser.cold.push(result);
        ctx.log(
          `${browser.label} cold open ${i + 1}: paint ${round(result.paintMs, 0)} ms (read ${round(result.readMs ?? NaN, 0)}, compute ${round(result.computeMs ?? NaN, 0)}); ` +
            `marks: ${result.timeline}${i === 0 ? `; requests: ${result.requests}` : ''}`,
        );
      }
    }
    const [history, beside] = browsers;
    const paints = history!.cold.map((r) => r.paintMs);
    const part = (runs: OpenResult[], pick: (r: OpenResult) => number | null) => round(median(runs.map(pick).filter((v): v is number => v !== null)), 0);
    const baseline = beside ? median(beside.cold.map((r) => r.paintMs)) : coldMedianAt1x;
    const split = (runs: OpenResult[]) => `read ${part(runs, (r) => r.readMs)} ms, compute ${part(runs, (r) => r.computeMs)} ms`;
    return [
      withBaseline(
        {
          id: 'panel.open.cold.history4x',
          label: `Open → first meaningful paint, cold, with ${HISTORY_FACTOR}× the history (${size.content.toLocaleString('en-US')} pieces, ${size.orders.toLocaleString('en-US')} order lines, ${size.days} days)`,
          value: round(median(paints), 0),
          unit: 'ms',
          detail:
            `${HISTORY_OPENS} opens: ${paints.map((v) => round(v, 0)).join(', ')} ms (medians: ${split(history!.cold)})` +
            (beside ? `; 1× opens between them: ${beside.cold.map((r) => round(r.paintMs, 0)).join(', ')} ms (${split(beside.cold)})` : ''),
          status: 'measured',
        },
        round(baseline, 0),
        beside ? 'cold opens with 1× the history, alternating with these (same moments of the machine)' : 'the cold open with 1× the history, same run',
        HISTORY_RATIO_BUDGET,
      ),
    ];
  } finally {
    await ext.close();
    await paired?.ext.close();
  }
}

/**
 * Seeded profiles kept between runs (seeding 100,000 pieces takes minutes): `PANEL_BENCH_PROFILES`
 * (default: a folder in the system's temporary one); `PANEL_BENCH_REUSE=0` seeds in the browser
 * that then measures, as before profiles were kept.
 */
const PROFILE_CACHE = process.env.PANEL_BENCH_PROFILES ?? path.join(os.tmpdir(), 'creator-desk-bench-profiles');
const REUSE_PROFILES = process.env.PANEL_BENCH_REUSE !== '0';

/**
 * What a seeded profile depends on: the dataset (size, the seed script, today: the data is dated
 * relative to it), the schema the database was created with, and the extension's directory (its id).
 */
function profileKey(size: PanelDataSize, seedScript: string): string {
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify(size));
  hash.update(seedScript);
  hash.update(new Date().toDateString());
  hash.update(JSON.stringify(SCHEMA_VERSIONS.map((step) => [step.version, step.stores, String(step.upgrade ?? '')])));
  hash.update(EXTENSION_DIR);
  return `${size.content}-pieces-${hash.digest('hex').slice(0, 16)}`;
}

/**
 * A browser with the extension and the seeded database: a copy of the profile seeded by an earlier
 * run when there is one for this dataset and schema; else seeded now, saved for the next runs (the
 * seeding browser closed), then copied. Either way the opens measured run in a browser started on a
 * database at rest, not one still writing the seed out.
 */
async function seededExtension(ctx: BenchContext, size: PanelDataSize, seedScript: string): Promise<{ ext: ExtensionBrowser; seed: SeedResult; reused: boolean }> {
  const dataUrl = (extensionId: string) => `chrome-extension://${extensionId}/sidepanel.html#data`;
  if (!REUSE_PROFILES) {
    const ext = await ctx.browsers.withExtension();
    try {
      return { ext, seed: await seedDatabase(ext.context, dataUrl(ext.extensionId), seedScript, size), reused: false };
    } catch (error) {
      await ext.close();
      throw error;
    }
  }
  const key = profileKey(size, seedScript);
  const saved = path.join(PROFILE_CACHE, key);
  const seedFile = path.join(saved, 'creator-desk-seed.json');
  const reused = fs.existsSync(seedFile);
  fs.mkdirSync(PROFILE_CACHE, { recursive: true });
  if (!reused) {
    const seeding = fs.mkdtempSync(path.join(PROFILE_CACHE, 'seeding-'));
    try {
      const ext = await ctx.browsers.withExtension({ userDataDir: seeding });
      let seed: SeedResult;
      try {
        seed = await seedDatabase(ext.context, dataUrl(ext.extensionId), seedScript, size);
        // Saved compacted: a database built over months is, one written in minutes is not yet.
        ctx.log(`seeded; storage settled after ${await storageSettled(seeding)}`);
      } finally {
        await ext.close();
      }
      fs.writeFileSync(path.join(seeding, 'creator-desk-seed.json'), JSON.stringify(seed));
      // Profiles of the same size seeded for another day, schema or script are of no further use.
      for (const name of fs.readdirSync(PROFILE_CACHE)) {
        if (name.startsWith(`${size.content}-pieces-`)) fs.rmSync(path.join(PROFILE_CACHE, name), { recursive: true, force: true });
      }
      fs.renameSync(seeding, saved);
    } catch (error) {
      fs.rmSync(seeding, { recursive: true, force: true });
      throw error;
    }
  }
  const seed = JSON.parse(fs.readFileSync(seedFile, 'utf8')) as SeedResult;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'creator-desk-profile-'));
  fs.cpSync(saved, profile, { recursive: true });
  const ext = await ctx.browsers.withExtension({ userDataDir: profile });
  ctx.log(`profile copied and opened; storage settled after ${await storageSettled(profile)}`);
  return {
    ext: {
      ...ext,
      async close() {
        await ext.close();
        fs.rmSync(profile, { recursive: true, force: true });
      },
    },
    seed,
    reused,
  };
}

/** The storage counts as settled once its log has been quiet this long… */
const STORAGE_QUIET_MS = 8_000;
/** …or after this long in all. */
const STORAGE_SETTLE_MAX_MS = 600_000;

/**
 * Waits until the extension's IndexedDB storage (LevelDB) has been idle for a moment: its LOG file
 * notes every flush and compaction, and a database just written holds a backlog of compactions that
 * slows every read (and stalls writes) until it is worked off. Returns what it waited, for the log.
 */
async function storageSettled(profile: string): Promise<string> {
  const root = path.join(profile, 'Default', 'IndexedDB');
  const started = Date.now();
  let lastLine = '';
  for (;;) {
    const logs = fs.existsSync(root)
      ? fs
          .readdirSync(root)
          .filter((name) => name.startsWith('chrome-extension_') && name.endsWith('.indexeddb.leveldb'))
          .map((name) => path.join(root, name, 'LOG'))
          .filter((file) => fs.existsSync(file))
      : [];
    const newest = Math.max(0, ...logs.map((file) => fs.statSync(file).mtimeMs));
    for (const file of logs) {
      const compacted = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.includes('compacted to:')).at(-1);
      if (compacted) lastLine = compacted.slice(compacted.indexOf('compacted to:'));
    }
    if (Date.now() - newest >= STORAGE_QUIET_MS) break;
    if (Date.now() - started > STORAGE_SETTLE_MAX_MS) return `${round((Date.now() - started) / 1000, 0)} s (NOT settled: still compacting)`;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return `${round((Date.now() - started) / 1000, 0)} s${lastLine ? ` (${lastLine})` : ''}`;
}

/**
 * Runs in the panel before its own scripts: counts the IndexedDB requests the page makes, per
 * database, store (or index) and method (`__panelRequests`), so an open can be seen to read per
 * piece or not. It never takes a request's result: that rebuilds the records on the page, and when
 * the page does it is part of what an open is timed for.
 */
function recordRequests(): void {
  const counts: Record<string, number> = {};
  (window as unknown as { __panelRequests: typeof counts }).__panelRequests = counts;
  const wrap = (proto: object, methods: string[], nameOf: (target: IDBObjectStore | IDBIndex) => string) => {
    for (const method of methods) {
      const original = (proto as Record<string, unknown>)[method] as ((...args: unknown[]) => IDBRequest) | undefined;
      if (typeof original !== 'function') continue;
      (proto as Record<string, unknown>)[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const request = original.apply(this, args);
        const key = `${nameOf(this)}.${method}`;
        counts[key] = (counts[key] ?? 0) + 1;
        return request;
      };
    }
  };
  const methods = ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'];
  const dbOf = (store: IDBObjectStore) => store.transaction.db.name.replace(/^creator-desk/, '');
  wrap(IDBObjectStore.prototype, methods, (store) => `${dbOf(store as IDBObjectStore)}${dbOf(store as IDBObjectStore) ? '/' : ''}${(store as IDBObjectStore).name}`);
  wrap(IDBIndex.prototype, methods, (index) => `${(index as IDBIndex).objectStore.name}[${(index as IDBIndex).name}]`);
}

/** Runs in the panel before its own scripts: records when the meaningful content first shows. */
function recordMarks(selectors: { meaningful: string; cached: string }): void {
  const marks: Record<string, number | boolean> = {};
  (window as unknown as { __panelBench: typeof marks }).__panelBench = marks;
  const check = () => {
    const meaningful = document.querySelector(selectors.meaningful);
    if (!meaningful) return;
    const cached = document.querySelector(selectors.cached) !== null;
    // Where the meaningful content is (a layout shift above it moves it): at first, and the farthest it moved.
    const top = Math.round(meaningful.getBoundingClientRect().top);
    if (marks.meaningful === undefined) {
      marks.meaningful = performance.now();
      marks.fromCache = cached;
      marks.firstTop = top;
      marks.moved = 0;
      requestAnimationFrame(() => {
        marks.meaningfulFrame = performance.now();
      });
    }
    if (marks.fresh === undefined) marks.moved = Math.max(marks.moved as number, Math.abs(top - (marks.firstTop as number)));
    if (!cached && marks.fresh === undefined) marks.fresh = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
}

async function seedDatabase(context: BrowserContext, dataUrl: string, script: string, size: PanelDataSize = SIZE): Promise<SeedResult> {
  const page = await context.newPage();
  try {
    await page.goto(dataUrl);
    // The panel opens (and so creates) the database with its schema; wait for it before writing.
    await page.waitForFunction(async () => (await indexedDB.databases()).some((info) => info.name === 'creator-desk' && (info.version ?? 0) > 1), undefined, {
      polling: 100,
      timeout: 30_000,
    });
    // Extension pages allow no inline script: evaluate the bundle through the debugger instead.
    await page.evaluate(script);
    return await page.evaluate((data) => (window as unknown as { seedPanelData(s: PanelDataSize): Promise<SeedResult> }).seedPanelData(data), size);
  } finally {
    await page.close();
  }
}

/** PANEL_BENCH_PROFILE: a browser on that profile, seeded now unless its database already is. */
async function keptProfile(ctx: BenchContext, seedScript: string): Promise<{ ext: ExtensionBrowser; seed: SeedResult; reused: boolean }> {
  const ext = await ctx.browsers.withExtension({ userDataDir: KEPT_PROFILE });
  try {
    const dataUrl = `chrome-extension://${ext.extensionId}/sidepanel.html#data`;
    const kept = await seededCounts(ext.context, dataUrl);
    return { ext, seed: kept ?? (await seedDatabase(ext.context, dataUrl, seedScript)), reused: kept !== null };
  } catch (error) {
    await ext.close();
    throw error;
  }
}

/** The kept profile's seeded record counts, or null when it holds fewer creators or pieces than the seed writes. */
async function seededCounts(context: BrowserContext, dataUrl: string): Promise<SeedResult | null> {
  const page = await context.newPage();
  try {
    await page.goto(dataUrl);
    const counts = await page.evaluate(async (stores) => {
      const found = (await indexedDB.databases()).some((info) => info.name === 'creator-desk');
      if (!found) return null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('creator-desk');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        const result: Record<string, number> = {};
        for (const store of stores) {
          if (!db.objectStoreNames.contains(store)) return null;
          result[store] = await new Promise<number>((resolve, reject) => {
            const request = db.transaction(store, 'readonly').objectStore(store).count();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        }
        return result;
      } finally {
        db.close();
      }
    }, ['creators', 'content']);
    if (!counts || (counts.creators ?? 0) < SIZE.creators || (counts.content ?? 0) < SIZE.content) return null;
    return { counts, generateMs: 0, writeMs: 0 };
  } finally {
    await page.close();
  }
}

/** Deletes the panel's analysis cache (every database named `…analysis-cache`), from the background. */
async function deleteCache(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const names = (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.includes('analysis-cache'));
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
            request.onblocked = () => resolve();
          }),
      ),
    );
  });
}

interface PreparedOpen extends OpenResult {
  /** From the request to every window saved. */
  prepareMs: number;
  /** No panel page saved it (the asking page never started an analysis). */
  byBackground: boolean;
}

/**
 * Asks the background to prepare the saved analysis from an extension page (as after a capture) and
 * waits until every window is saved in the cache database.
 */
async function prepareInBackground(context: BrowserContext, pageUrl: string, worker: Worker): Promise<{ prepareMs: number; byBackground: boolean }> {
  const page = await context.newPage();
  try {
    // A panel view that does not start the analysis (#data): nothing but the background writes the cache.
    await page.goto(pageUrl);
    const started = Date.now();
    const reply = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'prepare-analysis',
      }),
    );
    if ((reply as { ok?: boolean } | undefined)?.ok !== true) throw new Error(`the background did not accept the request: ${JSON.stringify(reply)}`);
    const deadline = started + PREPARE_TIMEOUT_MS;
    for (;;) {
      const saved = await worker.evaluate(savedWindows);
      if (PREPARED_WINDOWS.every((days) => saved.includes(days))) break;
      if (Date.now() > deadline) throw new Error(`the background saved only windows [${saved.join(', ')}] in ${PREPARE_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const prepareMs = Date.now() - started;
    const byBackground = await page.evaluate((mark) => performance.getEntriesByName(mark).length === 0, CACHE_WRITTEN_MARK);
    return { prepareMs, byBackground };
  } finally {
    await page.close();
  }
}

/** Runs in the service worker: the windows saved in the analysis cache (plain IndexedDB, read-only). */
async function savedWindows(): Promise<number[]> {
  const name = (await indexedDB.databases()).map((info) => info.name ?? '').find((n) => n.endsWith('-analysis-cache'));
  if (!name) return [];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!db.objectStoreNames.contains('analyses')) return [];
    return await new Promise<number[]>((resolve, reject) => {
      const request = db.transaction('analyses', 'readonly').objectStore('analyses').getAllKeys();
      request.onsuccess = () => resolve(request.result as number[]);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/**
 * `PANEL_BENCH_CPU_PROFILES=<dir>`: each open's main-thread CPU profile written there (a
 * `.cpuprofile` for Chromium's DevTools), to see where an open's time goes. Profiling slows the open.
 */
const CPU_PROFILES = process.env.PANEL_BENCH_CPU_PROFILES ? path.resolve(process.env.PANEL_BENCH_CPU_PROFILES) : undefined;
let profilesWritten = 0;

async function startProfiler(context: BrowserContext, page: Page): Promise<{ stop(url: string): Promise<void> }> {
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return {
    async stop(url) {
      const { profile } = await session.send('Profiler.stop');
      fs.mkdirSync(CPU_PROFILES!, { recursive: true });
      const name = `${String(++profilesWritten).padStart(2, '0')}-${url.split('#')[1] ?? 'panel'}.cpuprofile`;
      fs.writeFileSync(path.join(CPU_PROFILES!, name), JSON.stringify(profile));
      await session.detach();
    },
  };
}

async function openPanel(context: BrowserContext, url: string): Promise<{ result: OpenResult; page: Page }> {
  await new Promise((resolve) => setTimeout(resolve, QUIET_BEFORE_OPEN_MS));
  const page = await context.newPage();
  await page.setViewportSize(PANEL_VIEWPORT);
  await page.bringToFront();
  const profiler = CPU_PROFILES ? await startProfiler(context, page) : null;
  await page.goto(url, { waitUntil: 'commit' });
  // Fresh analysis on screen…
  await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __panelBench?: Record<string, unknown> }).__panelBench;
      return marks?.fresh !== undefined && marks.meaningfulFrame !== undefined;
    },
    undefined,
    { polling: 100, timeout: OPEN_TIMEOUT_MS },
  );
  // …and the cache written after it, which the next open reads (a build without the cache never marks it).
  const cacheWritten = await page
    .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CACHE_WRITTEN_MARK, { polling: 100, timeout: CACHE_WRITE_TIMEOUT_MS })
    .then(() => true)
    .catch(() => false);
  const marks = await page.evaluate(() => {
    const recorded = (window as unknown as { __panelBench: Record<string, number | boolean> }).__panelBench;
    const last = (name: string) => performance.getEntriesByName(name).at(-1)?.duration;
    return {
      ...recorded,
      // The first read: what the Overview needs (the Spark Ads videos come after it).
      read: performance.getEntriesByName('creator-desk:read')[0]?.duration,
      compute: last('creator-desk:compute'),
      cacheRead: last('creator-desk:cache-read'),
      readStartAt: performance.getEntriesByName('creator-desk:read-start')[0]?.startTime,
      computeEndAt: performance.getEntriesByName('creator-desk:compute-end')[0]?.startTime,
      requests: Object.entries((window as unknown as { __panelRequests?: Record<string, number> }).__panelRequests ?? {})
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, requests]) => `${key}×${requests}`)
        .join(', '),
      timeline: [
        ...performance.getEntriesByType('navigation').map((n) => `dom-interactive ${Math.round((n as PerformanceNavigationTiming).domInteractive)}`),
        ...performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('creator-desk:'))
          .map((m) => `${m.name.slice('creator-desk:'.length)} ${Math.round(m.startTime)}`),
      ].join(', '),
    } as OpenMarks;
  });
  marks.cacheWritten = cacheWritten;
  if (profiler) await profiler.stop(url);
  return {
    page,
    result: {
      paintMs: marks.meaningfulFrame ?? marks.meaningful ?? NaN,
      fromCache: marks.fromCache === true,
      freshMs: marks.fresh ?? NaN,
      readMs: marks.read ?? null,
      computeMs: marks.compute ?? null,
      cacheReadMs: marks.cacheRead ?? null,
      beforeReadMs: marks.readStartAt ?? null,
      afterComputeMs: marks.computeEndAt === undefined || marks.meaningfulFrame === undefined ? null : marks.meaningfulFrame - marks.computeEndAt,
      cacheWritten,
      timeline: marks.timeline ?? '',
      requests: marks.requests ?? '',
      movedPx: marks.moved ?? NaN,
    },
  };
}

/**
 * Click → download event for both buttons, in the panel with the fresh analysis, as a person clicks:
 * the button is found first (visible, enabled, where it is), then the timer starts and the mouse is
 * pressed and released at its centre. So the figure is the wait for the panel's running task plus
 * the export itself, not the several protocol round trips of a locator's click (each waits for the
 * running task again, while the panel reads the Spark Ads videos and saves the analysis).
 */
async function exportByClick(page: Page): Promise<{ csvMs: number; xlsxMs: number }> {
  const click = async (name: RegExp) => {
    const button = page.getByRole('button', { name });
    await button.waitFor({ state: 'visible' });
    await page.waitForFunction((element) => element instanceof HTMLButtonElement && !element.disabled, await button.elementHandle());
    const box = await button.boundingBox();
    if (!box) throw new Error(`No box for the button ${name}`);
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
    const ms = performance.now() - started;
    await download.cancel().catch(() => {});
    return ms;
  };
  const csvMs = await click(/^CSV file of every scorecard$/);
  const xlsxMs = await click(/^Excel workbook of every scorecard$/);
  return { csvMs, xlsxMs };
}

async function exportFunctions(ctx: BenchContext): Promise<BenchRow[]> {
  const script = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/panel-export.ts'));
  const bench = await openBenchPage(await ctx.browsers.plain(), { html: BLANK_PAGE, script });
  try {
    const result = await bench.page.evaluate(
      (options) => (window as unknown as { runBench(o: ExportOptions): Promise<ExportResult> }).runBench(options),
      EXPORT,
    );
    const row = (format: 'csv' | 'xlsx', limit: number): BenchRow => {
      const r = result[format];
      return {
        id: `panel.export.${format}`,
        label: `Export ${result.scorecards.toLocaleString('en-US')} scorecards as ${format.toUpperCase()} (buildScorecardFile)`,
        value: round(median(r.samplesMs), 1),
        unit: 'ms',
        budget: { kind: 'max', limit },
        detail: `p95 ${round(quantile(r.samplesMs, 0.95), 1)} ms, ${r.rows.toLocaleString('en-US')} rows, ${round(r.bytes / 1024, 0)} KB`,
        status: 'measured',
      };
    };
    return [row('csv', CSV_BUDGET_MS), row('xlsx', XLSX_BUDGET_MS)];
  } finally {
    await bench.close();
  }
}

function openRows(
  cold: OpenResult[],
  cached: OpenResult[],
  listOpens: OpenResult[],
  clicks: { csvMs: number; xlsxMs: number } | null,
  seed: SeedResult,
  prepared: PreparedOpen[],
): BenchRow[] {
  const paints = (runs: OpenResult[]) => runs.map((r) => r.paintMs);
  const list = (values: number[]) => values.map((v) => round(v, 0)).join(', ');
  const known = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
  const reads = known(cold.map((r) => r.readMs));
  const computes = known(cold.map((r) => r.computeMs));
  const allFromCache = cached.every((r) => r.fromCache);
  const cacheReads = known(cached.map((r) => r.cacheReadMs));
  const stored = `${seed.counts.creators?.toLocaleString('en-US')} creators, ${seed.counts.content?.toLocaleString('en-US')} pieces`;
  const rows: BenchRow[] = [
    {
      id: 'panel.open.cached',
      label: 'Open → first meaningful paint (Overview numbers), with the analysis cache',
      value: round(median(paints(cached)), 0),
      unit: 'ms',
      budget: { kind: 'max', limit: CACHED_OPEN_BUDGET_MS },
      detail:
        `${OPENS} opens: ${list(paints(cached))} ms; ${allFromCache ? 'all from the cache, marked "refreshing…"' : 'NOT all from the cache'}; ` +
        `the fresh analysis found the saved one unchanged (not written again) in ${cached.filter((r) => r.timeline.includes('cache-unchanged')).length} of ${cached.length}; ` +
        `reading the cache (creator-desk:cache-read) median ${round(median(cacheReads), 0)} ms; ${stored}`,
      status: 'measured',
    },
    {
      id: 'panel.open.list.cached',
      label: 'Open Creators list → first row painted, with the analysis cache',
      value: round(median(paints(listOpens)), 0),
      unit: 'ms',
      budget: { kind: 'max', limit: OPEN_BUDGET_MS },
      detail: `${LIST_OPENS} opens: ${list(paints(listOpens))} ms; ${listOpens.every((r) => r.fromCache) ? 'all from the cache' : 'NOT all from the cache'}`,
      status: 'measured',
    },
    {
      id: 'panel.open.cached.fresh',
      label: 'Open with cache → fresh analysis replaces it',
      value: round(median(cached.map((r) => r.freshMs)), 0),
      unit: 'ms',
      detail: `${OPENS} opens: ${list(cached.map((r) => r.freshMs))} ms`,
      status: 'measured',
    },
    {
      id: 'panel.open.cached.shift',
      label: "Open with cache → how far the Overview's velocity numbers move when the fresh analysis replaces the saved one",
      value: cached.length + prepared.length === 0 ? Number.NaN : Math.max(...[...cached, ...prepared].map((r) => r.movedPx)),
      unit: 'px',
      budget: { kind: 'max', limit: 0 },
      detail: `the most of ${cached.length + prepared.length} opens from a saved analysis: ${list([...cached, ...prepared].map((r) => r.movedPx))} px (a layout shift above them)`,
      status: 'measured',
    },
    {
      id: 'panel.open.prepared',
      label: 'First open after the background prepared the analysis → first meaningful paint (Overview numbers)',
      value: round(median(paints(prepared)), 0),
      unit: 'ms',
      budget: { kind: 'max', limit: OPEN_BUDGET_MS },
      detail:
        `${PREPARED_OPENS} opens, each after the cache was deleted and prepared again: ${list(paints(prepared))} ms; ` +
        `${prepared.every((r) => r.fromCache) ? 'all from the saved analysis, marked "refreshing…"' : 'NOT all from the saved analysis'}; ` +
        `${prepared.every((r) => r.byBackground) ? 'saved by the background' : 'NOT all saved by the background'}; ` +
        `fresh analysis replaced it after median ${round(median(prepared.map((r) => r.freshMs)), 0)} ms`,
      status: 'measured',
    },
    {
      id: 'panel.open.prepare',
      label: 'Background: request → analysis saved for the 3 windows (includes the 4 s quiet time)',
      value: round(median(prepared.map((r) => r.prepareMs)), 0),
      unit: 'ms',
      detail: `${PREPARED_OPENS} preparations: ${list(prepared.map((r) => r.prepareMs))} ms; read + compute + save ≈ value − 4,000 ms`,
      status: 'measured',
    },
    {
      id: 'panel.open.cold',
      label: 'Open → first meaningful paint, cold (no cache: read + compute)',
      value: round(median(paints(cold)), 0),
      unit: 'ms',
      budget: { kind: 'max', limit: OPEN_BUDGET_MS },
      detail:
        `${OPENS} opens: ${list(paints(cold))} ms; before the read (navigation → creator-desk:read-start) median ` +
        `${round(median(known(cold.map((r) => r.beforeReadMs))), 0)} ms, read (creator-desk:read) median ${round(median(reads), 0)} ms, ` +
        `compute (creator-desk:compute) median ${round(median(computes), 0)} ms, render (compute end → painted frame) median ` +
        `${round(median(known(cold.map((r) => r.afterComputeMs))), 0)} ms`,
      status: 'measured',
    },
  ];
  if (clicks) {
    rows.push(
      {
        id: 'panel.export.click.csv',
        label: 'Real panel: click "CSV" → download',
        value: round(clicks.csvMs, 0),
        unit: 'ms',
        budget: { kind: 'max', limit: CSV_BUDGET_MS },
        detail: 'one click at the button (found before the timer starts), timed in Node: the panel\'s running task, then the export',
        status: 'measured',
      },
      {
        id: 'panel.export.click.xlsx',
        label: 'Real panel: click "Excel" → download',
        value: round(clicks.xlsxMs, 0),
        unit: 'ms',
        budget: { kind: 'max', limit: XLSX_BUDGET_MS },
        detail: 'one click at the button, as for CSV; first use loads the workbook library',
        status: 'measured',
      },
    );
  }
  return rows;
}

function skipped(id: string, label: string, unit: string, limit: number, note: string): BenchRow {
  return { id, label, value: null, unit, budget: { kind: 'max', limit }, status: 'skipped', note };
}
