/**
 * Analytics benchmark: all scorecards, tier suggestions and content velocity for 5,000 creators,
 * 100,000 content pieces and 200,000 affiliate orders (issue 12's budget: ≤ 150 ms median on 2 cores).
 * The dataset is generated deterministically from a fixed seed; generation is not timed. The analysis
 * is timed in a worker thread that receives what the panel reads by structured clone (the rollup
 * records packed in their blocks, as stored: see `timeFreshReader`). The timed code is the extension's
 * own build of it (`analytics-entry.ts` bundled and minified by Vite as the panel ships it), not the
 * per-module transpile of the loader the runner uses (jiti: every imported binding read through a
 * getter at each use, a cost the panel never pays).
 * Called by the bench runner (`tests/bench/run-bench.mjs`) through jiti.
 */
import type { ContentPiece, Creator, MetricSnapshot } from '../../lib/model/entities';
import type { AffiliateOrder, Collaboration, CreatorProgram, SampleRequest, Tier } from '../../lib/model/program';
import type { Quantity } from '../../lib/parse/quantity';
import { DEFAULT_SETTINGS, rollupsOfRecords, type ProgramData } from '../../lib/analytics/index';
import { analysisHorizon } from '../../lib/analytics/lookback';
import { isoDay, localDayOfTimestamp, parseDay } from '../../lib/calendar/days';
import { packAll, TOTALS_BLOCK, type RollupBlock } from '../../lib/rollups/blocks';
import { PERIOD_DAYS, periodOfDay } from '../../lib/rollups/fields';
import { seededRandom } from './browser/random';
import { bundleForNode } from './support/bundle';
import { median, round } from './support/stats';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const CREATORS = 5_000;
const PIECES = 100_000;
const ORDERS = 200_000;
const SAMPLES = 10_000;
const DAYS = 120;
const RUNS = 9;

const exact = (value: number, unit?: 'percent' | 'USD'): Quantity => ({ kind: 'exact', value, unit, raw: String(value) });

export function generateAnalyticsDataset(seed = 20261120): { data: ProgramData; asOf: number } {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  // Noon local time, so the dataset means the same in every time zone.
  const asOf = new Date(2026, 10, 20, 12, 0, 0).getTime();
  const asOfDay = localDayOfTimestamp(asOf);
  const now = asOf;

  const creators: Creator[] = [];
  const programs: CreatorProgram[] = [];
  const snapshots: MetricSnapshot[] = [];
  for (let i = 0; i < CREATORS; i++) {
    const followers = Math.floor(1_000 * Math.exp(random() * 7));
    const key = `id:${7000000 + i}`;
    creators.push({
      key,
      creatorId: String(7000000 + i),
      handle: `creator_${i}`,
      handleDisplay: `Creator_${i}`,
      displayName: `Creator ${i}`,
      categories: ['Beauty'],
      metrics: {
        followers: i % 10 === 0 ? { kind: 'range', min: 10_000, max: 50_000, raw: '10K-50K' } : exact(followers),
        orders: exact(50 + int(100)),
        customers: exact(40 + int(40)),
        ctr: exact(0.01 + random() * 0.05, 'percent'),
        productImpressions: exact(10_000 + int(50_000)),
      },
      sources: ['creator-management'],
      firstSeen: now - DAYS * 86_400_000,
      lastSeen: now - int(20) * 86_400_000,
      updatedAt: now,
    });
    const tiers: (Tier | null)[] = [null, 'prospect', 'tier1', 'tier1', 'tier1', 'tier2', 'tier3'];
    const acceptedTier = tiers[i % tiers.length] ?? null;
    programs.push({
      creatorKey: key,
      agreedPostsPerWeek: i % 3 === 0 ? null : 1 + (i % 4),
      flatFeePerPost: acceptedTier === 'tier2' || acceptedTier === 'tier3' ? { amount: 50 + (i % 5) * 25, currency: 'USD' } : null,
      acceptedTier,
      tierHistory: acceptedTier ? [{ tier: acceptedTier, at: now - (30 + int(200)) * 86_400_000, by: 'seller' }] : [],
      dismissedSuggestions: [],
      compliance: { flagged: i % 97 === 0 },
      updatedAt: now,
    });
    snapshots.push({
      creatorKey: key,
      day: isoDay(asOfDay - int(50)),
      metrics: { orders: exact(20 + int(50)), customers: exact(15 + int(20)), followers: exact(followers) },
      updatedAt: now,
    });
  }

  const content: ContentPiece[] = [];
  for (let i = 0; i < PIECES; i++) {
    const creator = int(CREATORS);
    const isVideo = i % 8 !== 0;
    const clicks = int(400);
    content.push({
      key: `${isVideo ? 'video' : 'live'}:${9000000 + i}`,
      contentId: String(9000000 + i),
      type: isVideo ? 'video' : 'live',
      creatorKey: `id:${7000000 + creator}`,
      creatorHandle: `creator_${creator}`,
      title: `Piece ${i}`,
      postDate: i % 200 === 0 ? undefined : isoDay(asOfDay - int(DAYS)),
      productIds: [`p${i % 40}`],
      metrics: {
        views: exact(1_000 + int(200_000)),
        hookRetention: i % 5 === 0 ? undefined : exact(0.1 + random() * 0.5, 'percent'),
        ...(i % 4 === 0
          ? { ctr: exact(random() * 0.05, 'percent'), productImpressions: exact(int(10_000)) }
          : { clicks: exact(clicks) }),
        orders: i % 3 === 0 ? undefined : exact(Math.floor(clicks * random() * 0.05)),
        gmv: exact(int(5_000), 'USD'),
      },
      firstSeen: now,
      lastSeen: now,
      updatedAt: now,
    });
  }

  const orders: AffiliateOrder[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const piece = content[int(PIECES)]!;
    const createdAt = asOf - Math.floor(random() * DAYS * 86_400_000);
    const amount = Math.round((5 + random() * 80) * 100) / 100;
    const orderId = String(5_700_000_000 + (i % 7 === 1 ? i - 1 : i));
    orders.push({
      key: `${orderId}:${i}`,
      orderId,
      creatorKey: piece.creatorKey,
      creatorHandle: piece.creatorHandle,
      productId: piece.productIds[0],
      skuId: String(i),
      contentType: i % 6 === 0 ? 'showcase' : piece.type,
      contentId: i % 6 === 0 ? undefined : piece.contentId,
      paymentAmount: amount,
      currency: 'USD',
      quantity: 1,
      commissionRate: 0.15,
      estCommission: Math.round(amount * 15) / 100,
      actualCommission: i % 2 === 0 ? Math.round(amount * 15) / 100 : null,
      status: 'Completed',
      createdAt,
      refunded: i % 50 === 0,
      firstSeen: now,
      lastSeen: now,
      updatedAt: now,
    });
  }

  const samples: SampleRequest[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const creator = int(CREATORS);
    const shippedAt = asOf - int(DAYS) * 86_400_000;
    const delivered = random() < 0.6;
    samples.push({
      id: `s${i}`,
      creatorHandle: `creator_${creator}`,
      productId: `p${i % 40}`,
      status: delivered ? 'content-delivered' : 'shipped',
      statusHistory: [{ status: 'shipped', at: shippedAt }],
      shippedAt,
      contentDeliveredAt: delivered ? shippedAt + int(25) * 86_400_000 : undefined,
      sampleCost: i % 4 === 0 ? null : { amount: 12, currency: 'USD' },
      firstSeen: now,
      lastSeen: now,
      updatedAt: now,
    });
  }

  const collaborations: Collaboration[] = [];
  for (let c = 0; c < 50; c++) {
    collaborations.push({
      id: `inv${c}`,
      kind: 'target',
      name: `Campaign ${c}`,
      creatorKeys: Array.from({ length: 100 }, (_, k) => `id:${7000000 + c * 100 + k}`),
      productIds: [`p${c % 40}`],
      commissionRate: 0.15,
      validFrom: isoDay(asOfDay - 100),
      validTo: isoDay(asOfDay + 30),
      status: c % 10 === 0 ? 'canceled' : 'ongoing',
      statusHistory: [],
      firstSeen: now,
      lastSeen: now,
      updatedAt: now,
    });
  }

  return {
    data: { creators, content, orders, samples, collaborations, programs, snapshots, currency: 'USD' },
    asOf,
  };
}

async function time(name: string, runs: number, fn: () => unknown, onFirst?: (ms: number) => void): Promise<{ name: string; medianMs: number; runs: number }> {
  // Warm-up, not counted in the median: a panel that stays open analyses again warm (a new window,
  // new captures). The first run is kept apart: an opening's analysis is that one.
  const first = performance.now();
  fn();
  onFirst?.(round(performance.now() - first, 1));
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { name, medianMs: round(median(samples), 1), runs };
}

/**
 * What the panel reads, as stored: the rollup records packed into one block per period (their
 * read form, lib/rollups/blocks.ts), and the rest as records.
 */
export interface StoredRead {
  read: ProgramData;
  blocks: RollupBlock[];
}

/** The timed code, bundled as the extension builds it (analytics-entry.ts). */
type Analytics = typeof import('./analytics-entry');
const loadAnalytics = async (file: string): Promise<Analytics> => (await import(pathToFileURL(file).href)) as Analytics;

/** The analysis's input from what was read: the blocks' records, as the panel's read gives them (lib/analysis-store). */
function unpacked({ read, blocks }: StoredRead, { unpackBlock }: Analytics): ProgramData {
  const records = blocks.flatMap((block) => unpackBlock(block, block.period) ?? []);
  return { ...read, rollups: { ...read.rollups!, records } };
}

/** One pass over the stored arrays the analysis reads, touching every number once: its natural lower bound. */
function plainPass({ read, blocks }: StoredRead): number {
  let sum = 0;
  for (const block of blocks) {
    for (const numbers of [block.days, block.masks, block.values]) {
      for (let i = 0; i < numbers.length; i++) sum += numbers[i]!;
    }
  }
  for (const creator of read.creators ?? []) sum += creator.lastSeen + (creator.metrics.followers ? 1 : 0);
  for (const snapshot of read.snapshots ?? []) sum += snapshot.metrics.orders ? 1 : 0;
  for (const sample of read.samples ?? []) sum += sample.shippedAt ?? 0;
  for (const program of read.programs ?? []) sum += program.agreedPostsPerWeek ?? 0;
  for (const { piece } of read.rollups!.sparkPieces ?? []) sum += piece.metrics.clicks ? 1 : 0;
  return sum;
}

/**
 * The analysis rows, timed in a worker of their own: `stored` arrives there deserialized in a fresh
 * isolate, as a panel page reads it from IndexedDB, and its blocks are unpacked before the timing
 * (that is the read, not the compute: each record keeps its cells packed, and the index decodes
 * them). (Cloned in the isolate that built it, Node 20's deserializer gives most objects a map of
 * their own when the originals' maps changed shape after being built — a number field that held
 * both integers and fractions, say — so every property read goes megamorphic: that input is timed
 * too, as the worst case, in the last analysis row.)
 */
export async function timeFreshReader(stored: StoredRead, asOf: number, analyticsFile: string): Promise<Record<string, unknown>[]> {
  const analytics = await loadAnalytics(analyticsFile);
  const { analyseProgram, computeScorecards, indexProgram } = analytics;
  const options = { asOf, settings: analytics.DEFAULT_SETTINGS };
  const read = unpacked(stored, analytics);
  const baseline = await time('plain pass', RUNS, () => plainPass(stored));
  let firstMs = Number.NaN;
  const analysis = await time(ANALYSIS_LABEL, RUNS, () => analyseProgram(read, options), (ms) => (firstMs = ms));
  const index = indexProgram(read);
  return [
    {
      ...analysis,
      baselineMs: baseline.medianMs,
      baselineLabel: `one plain pass over the same stored arrays (${read.rollups!.records.length.toLocaleString('en-US')} rollup records in ${stored.blocks.length} blocks)`,
    },
    // Code not yet optimised, a heap still small: what the panel's opening pays (its compute mark).
    { name: `${ANALYSIS_LABEL} — its first run in the fresh worker (as a panel's opening computes it)`, ms: firstMs, detail: 'one run, before the warm-ups' },
    await time('analytics: scorecards only, 90-day window, prebuilt index', RUNS, () => computeScorecards(index, { ...options, windowDays: 90 })),
  ];
}

const ANALYSIS_LABEL = 'analysis compute: index from rollups + scorecards, suggestions, velocity, roster, Spark Ads, leaderboard';

/** `timeFreshReader` in a new worker thread (its own isolate), `stored` handed over by structured clone. */
function inFreshWorker(stored: StoredRead, asOf: number, analyticsFile: string): Promise<Record<string, unknown>[]> {
  const require = createRequire(import.meta.url);
  const file = fileURLToPath(import.meta.url);
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { createJiti } = require(workerData.jiti);
    createJiti(workerData.file).import(workerData.file)
      .then((bench) => bench.timeFreshReader(workerData.stored, workerData.asOf, workerData.analyticsFile))
      .then((rows) => parentPort.postMessage(rows));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { stored, asOf, analyticsFile, file, jiti: require.resolve('jiti') } });
    worker.once('message', (rows: Record<string, unknown>[]) => {
      resolve(rows);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export async function runAnalyticsBench(): Promise<Record<string, unknown>[]> {
  const { data: raw, asOf } = generateAnalyticsDataset();
  const options = { asOf, settings: DEFAULT_SETTINGS };
  // What the panel reads: the rollups of the analysis horizon and the Spark Ads videos of their window,
  // in the order it reads them (lib/analysis-store/load-program-data.ts: rollups by period, then
  // by key; videos by post date, then by key), as fresh objects in that order (what IndexedDB hands
  // it; the rollups are built here in the order pieces and orders touched them, scattered in memory).
  const stored = rollupsOfRecords(raw.content ?? [], raw.orders ?? []);
  const horizon = analysisHorizon(DEFAULT_SETTINGS, localDayOfTimestamp(asOf));
  const fromPeriod = periodOfDay(horizon.fromDay);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const records = stored.records
    .filter((record) => record.period >= fromPeriod)
    .sort((a, b) => a.period - b.period || byText(a.creatorKey, b.creatorKey) || byText(a.currency, b.currency));
  const read: ProgramData = {
    ...raw,
    content: undefined,
    orders: undefined,
    rollups: {
      ...stored,
      records: [],
      fromDay: fromPeriod * PERIOD_DAYS,
      sparkPieces: (stored.sparkPieces ?? [])
        .filter(({ piece }) => (parseDay(piece.postDate) ?? 0) >= horizon.sparkFromDay)
        .sort((a, b) => byText(a.piece.postDate ?? '', b.piece.postDate ?? '') || byText(a.piece.key, b.piece.key)),
    },
  };
  // The rollup records as the panel reads them: one block per period, its records in the order above.
  const blocks = packAll(records, []).filter((block): block is RollupBlock => block.period !== TOTALS_BLOCK);
  const analyticsFile = await bundleForNode(fileURLToPath(new URL('./analytics-entry.ts', import.meta.url)));
  const fresh = await inFreshWorker({ read, blocks }, asOf, analyticsFile);
  const analytics = await loadAnalytics(analyticsFile);
  const cloned = unpacked(structuredClone({ read, blocks }), analytics);
  return [
    ...fresh,
    await time(`${ANALYSIS_LABEL} — the same input cloned in the isolate that built it (most objects a map of their own: worst case)`, RUNS, () =>
      analytics.analyseProgram(cloned, options),
    ),
    await time('building every rollup from 100,000 pieces and 200,000 order lines (the migration, once)', 3, () => rollupsOfRecords(raw.content ?? [], raw.orders ?? [])),
  ];
}
