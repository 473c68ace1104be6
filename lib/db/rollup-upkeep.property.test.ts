/**
 * Property: whatever sequence of captures, re-captures, imports, creator re-links, deletions and
 * restores runs, the stored rollups equal rollups built from scratch from the stored pieces and
 * order lines. Days are drawn mostly from a few, so cells hold several records and deletions take
 * out the newest of some (the cell's last-captured maximum is then re-read from the records). A second
 * connection writes now and then, as the side panel does beside the background.
 */
import fc from 'fast-check';
import type { ContentPiece, ContentRow } from '../model/entities';
import type { AffiliateOrder } from '../model/program';
import { buildRollups } from '../rollups/apply';
import { FIELDS, type RollupRecord } from '../rollups/fields';
import { foldRollupBlocks, readRollupBlocks } from './rollup-blocks';
import { readBackup } from '../backup/export';
import { localRestoreTarget, restoreBackup } from '../backup/restore';
import { creatorLinkedTables, relinkCreatorReferences } from './creator-links';
import { CreatorDeskDb } from './database';
import { storeContentRows } from './store-content';
import { storeImportedRows } from './store-import';
import { storedLinesOfOrders, storeOrderRows, type OrderLineInput } from './store-orders';
import { exact, freshDb, hostOver, localTime } from './test-helpers';

const handles = ['ana', 'bo', 'cy'];
const day = (d: number) => `2026-03-${String(1 + d).padStart(2, '0')}`;
/** Mostly a few days (cells with several records), sometimes any of two rollup periods. */
const dayNumber = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 }));

const contentRow = fc.record({
  id: fc.integer({ min: 1, max: 6 }),
  video: fc.boolean(),
  handle: fc.option(fc.constantFrom(...handles), { nil: undefined }),
  creatorId: fc.option(fc.constantFrom('7001', '7002'), { nil: undefined }),
  day: fc.option(dayNumber, { nil: undefined }),
  clicks: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  orders: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  gmv: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: undefined }),
  views: fc.option(fc.integer({ min: 0, max: 100000 }), { nil: undefined }),
  retention: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  product: fc.option(fc.constantFrom('p1', 'p2'), { nil: undefined }),
});

const orderRow = fc.record({
  order: fc.integer({ min: 1, max: 8 }),
  sku: fc.constantFrom('s1', 's2'),
  handle: fc.option(fc.constantFrom(...handles), { nil: undefined }),
  content: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  video: fc.boolean(),
  day: dayNumber,
  amount: fc.option(fc.double({ min: 0, max: 300, noNaN: true }), { nil: null }),
  currency: fc.constantFrom(undefined, 'USD', 'USD', 'GBP'),
  refunded: fc.option(fc.boolean(), { nil: null }),
  status: fc.constantFrom(undefined, 'Completed', 'Cancelled', 'Refunded'),
  commission: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: null }),
  product: fc.option(fc.constantFrom('p1', 'p2'), { nil: undefined }),
});

type ContentArb = typeof contentRow extends fc.Arbitrary<infer T> ? T : never;
type OrderArb = typeof orderRow extends fc.Arbitrary<infer T> ? T : never;

function toContentRow(r: ContentArb): ContentRow {
  return {
    contentId: String(r.id),
    type: r.video ? 'video' : 'live',
    creatorHandle: r.handle,
    creatorId: r.creatorId,
    postDate: r.day === undefined ? undefined : day(r.day),
    productIds: r.product ? [r.product] : undefined,
    metrics: {
      ...(r.clicks === undefined ? {} : { clicks: exact(r.clicks) }),
      ...(r.orders === undefined ? {} : { orders: exact(r.orders) }),
      ...(r.gmv === undefined ? {} : { gmv: exact(r.gmv) }),
      ...(r.views === undefined ? {} : { views: exact(r.views) }),
      ...(r.retention === undefined ? {} : { hookRetention: exact(r.retention) }),
    },
  };
}

function toOrderLine(r: OrderArb): OrderLineInput {
  return {
    orderId: String(5000 + r.order),
    skuId: r.sku,
    productId: r.product,
    creatorHandle: r.handle,
    contentType: r.content === undefined ? 'showcase' : r.video ? 'video' : 'live',
    contentId: r.content === undefined ? undefined : String(r.content),
    paymentAmount: r.amount,
    currency: r.currency as 'USD' | 'GBP' | undefined,
    quantity: 1,
    commissionRate: null,
    estCommission: r.commission,
    actualCommission: null,
    createdAt: localTime(2026, 3, 1 + r.day, 10 + (r.order % 5)),
    refunded: r.refunded,
    status: r.status,
  };
}

const step = fc.oneof(
  fc.record({ kind: fc.constant('content' as const), rows: fc.array(contentRow, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('orders' as const), rows: fc.array(orderRow, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('import-videos' as const), rows: fc.array(contentRow, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('import-orders' as const), rows: fc.array(orderRow, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('relink' as const), from: fc.constantFrom(...handles), to: fc.constantFrom('id:7001', 'id:7002') }),
  fc.record({ kind: fc.constant('delete' as const), content: fc.integer({ min: 1, max: 6 }), order: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('restore' as const) }),
  fc.record({ kind: fc.constant('fold' as const) }),
  // Another connection (the side panel beside the background) writes between this one's captures:
  // this connection's cached rollup records (rollup-cache.ts) must not be trusted after it.
  fc.record({ kind: fc.constant('other-connection' as const), rows: fc.array(contentRow, { maxLength: 6 }), orders: fc.array(orderRow, { maxLength: 3 }) }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Runs one step; a restore swaps in another database, which comes back. */
async function run(db: CreatorDeskDb, s: Step, at: number): Promise<CreatorDeskDb> {
  const ctx = { source: 'test', region: 'US', now: at };
  switch (s.kind) {
    case 'content':
      await storeContentRows(db, s.rows.map(toContentRow), ctx);
      break;
    case 'orders':
      await storeOrderRows(db, s.rows.map(toOrderLine), ctx);
      break;
    case 'import-videos':
      await storeImportedRows(db, { kind: 'videos', rows: s.rows.map(toContentRow) }, { now: at, batchSize: 2 });
      break;
    case 'import-orders':
      await storeImportedRows(db, { kind: 'orders', rows: s.rows.map(toOrderLine) }, { now: at, batchSize: 2 });
      break;
    case 'relink':
      await db.transaction('rw', creatorLinkedTables(db), () =>
        relinkCreatorReferences(db, new Map([[`h:${s.from}`, s.to]])),
      );
      break;
    case 'delete':
      await db.transaction('rw', db.content, db.orders, async () => {
        await db.content.bulkDelete([`video:${s.content}`, `live:${s.content}`]);
        await db.orders.bulkDelete((await storedLinesOfOrders(db, [String(5000 + s.order)])).map((line) => line.key));
      });
      break;
    case 'restore': {
      const backup = await readBackup(db, at);
      const counts = Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]));
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const host = hostOver(db);
      await host.ready();
      const outcome = await restoreBackup(localRestoreTarget(host), { schemaVersion: backup.schemaVersion, exportedAt: at, tables: backup.tables, counts, total });
      expect(outcome.ok).toBe(true);
      return host.current();
    }
    case 'fold':
      await foldRollupBlocks(db);
      break;
    case 'other-connection': {
      const other = new CreatorDeskDb(db.name);
      try {
        await storeContentRows(other, s.rows.map(toContentRow), ctx);
        await storeOrderRows(other, s.orders.map(toOrderLine), ctx);
      } finally {
        other.close();
      }
      break;
    }
  }
  return db;
}

/** Float sums may differ in the last bits from the order of additions: compare rounded. */
function comparable(db: Awaited<ReturnType<typeof stored>>) {
  return {
    rollups: db.rollups
      .map((r: RollupRecord) => ({
        creatorKey: r.creatorKey,
        currency: r.currency,
        period: r.period,
        postProducts: r.postProducts,
        days: [...r.days],
        // (+ 0: a sum that ends at -0 is 0.)
        values: [...r.values].map((v) => Math.round(v * 1e6) / 1e6 + 0),
        orderProducts: r.orderProducts.map((v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)),
      }))
      .sort((a, b) => (JSON.stringify([a.creatorKey, a.currency, a.period]) < JSON.stringify([b.creatorKey, b.currency, b.period]) ? -1 : 1)),
    totals: [...db.totals].sort((a, b) => (a.creatorKey + a.currency < b.creatorKey + b.currency ? -1 : 1)),
    orderIds: [...db.orderIds].sort((a, b) => (JSON.stringify([a.creatorKey, a.currency, a.period]) < JSON.stringify([b.creatorKey, b.currency, b.period]) ? -1 : 1)),
    links: [...db.links].sort((a, b) => (a.piece < b.piece ? -1 : 1)),
  };
}

async function stored(db: CreatorDeskDb) {
  return {
    rollups: await db.rollups.toArray(),
    totals: await db.rollupTotals.toArray(),
    orderIds: await db.rollupOrderIds.toArray(),
    links: await db.contentLinks.toArray(),
  };
}

describe('rollups kept on write', () => {
  it('equal a from-scratch build after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        let db = freshDb();
        try {
          let at = localTime(2026, 4, 1);
          for (const s of steps) db = await run(db, s, (at += 60_000));
          const content: ContentPiece[] = await db.content.toArray();
          const orders: AffiliateOrder[] = await db.orders.toArray();
          const expected = buildRollups(content, orders);
          const actual = await stored(db);
          expect(comparable(actual)).toEqual(
            comparable({ rollups: expected.rollups, totals: expected.totals, orderIds: expected.orderIds, links: expected.links }),
          );
          for (const record of actual.rollups) expect(record.values.length).toBe(record.days.length * FIELDS);
          // The read form: the blocks with the records noted since they were packed, then packed.
          const want = comparable({ ...actual, rollups: expected.rollups, totals: expected.totals });
          const read = await readRollupBlocks(db, null);
          if (read) expect(comparable({ ...actual, rollups: read.records, totals: read.totals })).toEqual(want);
          await foldRollupBlocks(db);
          const folded = await readRollupBlocks(db, null);
          expect(await db.rollupDirty.count()).toBe(0);
          expect(comparable({ ...actual, rollups: folded!.records, totals: folded!.totals })).toEqual(want);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
