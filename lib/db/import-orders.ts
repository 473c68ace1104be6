/**
 * Storing the order lines of an imported Affiliate orders export (200,000 lines and more) in
 * chunks, each its own short read-write transaction, so captures from Seller Center tabs wait for
 * one chunk at most (issue #15), and with as few IndexedDB requests per line as the rollups allow.
 *
 * Where the time goes (measured in Chromium): every record written or read is one request, and an
 * order line brings, besides itself, its rollup record (creator × currency × period), the order-id
 * counts of that record, its creator's totals and the links of the video it names (rollup-upkeep.ts).
 * A chunk that holds the lines of a few creators whole writes each of those records once for all
 * its lines; a chunk of lines in file order (orders in time order, creators mixed) writes about one
 * of each per line. So the lines are stored grouped by creator, currency and period (a stable sort:
 * the lines of one order keep their order in the file), and:
 * - the stored lines of the file's orders are listed once, before the first chunk, by one key-only
 *   read of the orders' primary keys (grouped lines have order ids from all over the file: looking them up
 *   per chunk by order id would read the whole range every time). Each chunk reads just the lines
 *   listed for its orders and hands them to the rollup upkeep (`useKnownRecords`), which then does
 *   not read them again. A chunk first counts the stored lines: when someone else added or removed
 *   one since (a capture of the orders page during the import), the list is read again.
 * - chunks aim at `CHUNK_TARGET_MS` each (fewer lines when the machine is busy).
 */
import type { Transaction } from 'dexie';
import { localDayOfTimestamp } from '../calendar/days';
import { normaliseCreatorId, normaliseHandleForKey } from '../model/keys';
import type { AffiliateOrder } from '../model/program';
import { periodOfDay } from '../rollups/fields';
import { recordsByPrimaryKeys } from './bulk-lookup';
import { creatorLinkedTables } from './creator-links';
import type { MergeContext } from './creator-merge';
import { linkCreators } from './creator-session';
import type { CreatorDeskDb } from './database';
import { useKnownRecords } from './rollup-upkeep';
import { acceptOrderRows, linesByOrderId, mergeOrderLines, orderLineCreators, orderLinesKeyRange, type AcceptedOrderLine, type OrderLineInput, type OrderStoreResult } from './store-orders';
import { addRejection, emptyStoreResult } from './store-result';

/** How long one chunk's transaction should take: captures wait for one chunk at most. */
export const CHUNK_TARGET_MS = 250;
const FIRST_CHUNK_LINES = 1_000;
const MIN_CHUNK_LINES = 100;
const MAX_CHUNK_LINES = 2_500;

export interface OrderImportOptions {
  /** Lines per chunk, fixed (tests); by default chunks are sized to take about CHUNK_TARGET_MS. */
  chunkLines?: number;
  /** Lines handled so far (stored or rejected) of all lines, after each chunk. */
  onProgress?: (done: number, total: number) => void;
  /** Between two chunks: lets captures and the page's own work run. */
  pause?: () => Promise<void>;
}

/** A chunk's transaction failed: the chunks before it are stored (`savedRows` lines). */
export class OrderImportError extends Error {
  constructor(
    readonly failure: unknown,
    readonly savedRows: number,
    readonly partial: OrderStoreResult,
  ) {
    super(`order import stopped after ${savedRows} lines`);
    this.name = 'OrderImportError';
  }
}

/** What groups lines into the same rollup records: creator (as the file names it), currency, period. */
function groupKey({ row }: AcceptedOrderLine): string {
  const creatorId = normaliseCreatorId(row.creatorId);
  const creator = creatorId ? `id:${creatorId}` : `h:${normaliseHandleForKey(row.creatorHandle) ?? ''}`;
  const period = row.createdAt === null ? -1 : periodOfDay(localDayOfTimestamp(row.createdAt));
  return `${creator}\u0001${row.currency ?? ''}\u0001${String(period).padStart(8, '0')}\u0001${row.orderId}`;
}

/** The lines grouped (stable: equal keys keep their order in the file). */
function grouped(accepted: readonly AcceptedOrderLine[]): AcceptedOrderLine[] {
  const keyed = accepted.map((line, index) => ({ line, index, key: groupKey(line) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  return keyed.map(({ line }) => line);
}

/**
 * The primary keys of the stored lines of these orders, by order id: one key-only read of the
 * primary keys between the first and last order's lines. A line's key is `<orderId>:<SKU or product>`
 * (lib/model/keys.ts `orderLineKey`), so the order it belongs to is a prefix ending before a colon.
 */
async function storedLineKeys(db: CreatorDeskDb, orderIds: ReadonlySet<string>): Promise<Map<string, string[]>> {
  const byOrder = new Map<string, string[]>();
  const range = orderLinesKeyRange(orderIds);
  if (!range) return byOrder;
  const keys = (await db.orders.where(':id').between(range.lower, range.upper, true, true).primaryKeys()) as string[];
  for (const key of keys) {
    for (let colon = key.indexOf(':'); colon >= 0; colon = key.indexOf(':', colon + 1)) {
      const orderId = key.slice(0, colon);
      if (!orderIds.has(orderId)) continue;
      const known = byOrder.get(orderId);
      if (known) known.push(key);
      else byOrder.set(orderId, [key]);
      break;
    }
  }
  return byOrder;
}

/** The stored lines of a file's orders, kept in step with the lines the import itself writes. */
class StoredLineIndex {
  private keys = new Map<string, string[]>();
  /** Lines stored when the list was last right. */
  private expected = -1;
  /** The newest rollup note (`rollupDirty` key) when the import's last chunk committed; undefined: none. */
  private lastNote: number | undefined = undefined;
  private noteKnown = false;

  constructor(
    private readonly db: CreatorDeskDb,
    private readonly orderIds: ReadonlySet<string>,
  ) {}

  private async newestNote(): Promise<number | undefined> {
    return (await this.db.rollupDirty.orderBy(':id').lastKey()) as number | undefined;
  }

  /**
   * Inside a chunk's transaction: reads the list again when the number of stored lines says it is
   * stale. Counting walks the whole table (IndexedDB keeps no count), so it is skipped while no one
   * else wrote rollups since the last chunk: a line added or taken out changes its creator's totals,
   * and every rollup write adds a note under a new auto-incremented key (rollup-upkeep.ts `note`),
   * so the newest note is still the one this import's last chunk left.
   */
  async refresh(): Promise<void> {
    if (this.noteKnown && this.lastNote !== undefined && (await this.newestNote()) === this.lastNote) return;
    const count = await this.db.orders.count();
    if (count === this.expected) return;
    this.keys = await storedLineKeys(this.db, this.orderIds);
    this.expected = count;
  }

  /** At the end of a chunk's transaction, after its writes: the newest note, for the next `refresh`. */
  async committing(): Promise<void> {
    this.lastNote = await this.newestNote();
    this.noteKnown = true;
  }

  keysOf(orderIds: Iterable<string>): string[] {
    const keys = new Set<string>();
    for (const id of orderIds) for (const key of this.keys.get(id) ?? []) keys.add(key);
    return [...keys];
  }

  /** After a chunk wrote `lines`: new keys are listed, and counted. */
  wrote(lines: readonly AffiliateOrder[]): void {
    for (const line of lines) {
      const known = this.keys.get(line.orderId);
      if (known?.includes(line.key)) continue;
      if (known) known.push(line.key);
      else this.keys.set(line.orderId, [line.key]);
      this.expected += 1;
    }
  }
}

function emptyOrderResult(): OrderStoreResult {
  return { ...emptyStoreResult(), creatorsCreated: 0, linkedToContent: 0 };
}

function addResult(into: OrderStoreResult, chunk: OrderStoreResult): void {
  into.created += chunk.created;
  into.updated += chunk.updated;
  into.unchanged += chunk.unchanged;
  into.creatorsCreated += chunk.creatorsCreated;
  into.linkedToContent += chunk.linkedToContent;
  for (const { reason, count } of chunk.rejected) addRejection(into, reason, count);
}

/** One chunk in one transaction; what it did, once committed. */
async function storeChunk(db: CreatorDeskDb, chunk: readonly AcceptedOrderLine[], stored: StoredLineIndex, ctx: MergeContext): Promise<OrderStoreResult> {
  const result = emptyOrderResult();
  await db.transaction('rw', [...creatorLinkedTables(db), db.rollupDirty], async (tx: Transaction) => {
    // Side by side: re-linking creators changes no line's key, so the list of stored keys stays right.
    const [, creators] = await Promise.all([stored.refresh(), linkCreators(db, ctx, orderLineCreators(chunk))]);
    // After the creators: a creator's move to its id key re-links stored lines in this transaction.
    const [lines, pieces] = await Promise.all([
      db.orders.bulkGet(stored.keysOf(chunk.map(({ row }) => row.orderId))),
      recordsByPrimaryKeys(db.content, chunk.flatMap(({ contentKey }) => (contentKey ? [contentKey] : []))),
    ]);
    const storedLines = lines.filter((line) => line !== undefined);
    const merged = mergeOrderLines(chunk, creators.keys, linesByOrderId(storedLines), pieces, ctx, result);
    const known = new Map<unknown, AffiliateOrder | undefined>(storedLines.map((line) => [line.key, line]));
    for (const line of merged.lines) if (!known.has(line.key)) known.set(line.key, undefined);
    result.creatorsCreated += creators.created;
    if (merged.lines.length > 0) {
      useKnownRecords(tx, 'orders', known);
      await db.orders.bulkPut(merged.lines);
    }
    if (merged.pieces.length > 0) await db.content.bulkPut(merged.pieces);
    stored.wrote(merged.lines);
    await stored.committing();
  });
  return result;
}

function nextChunkLines(current: number, elapsedMs: number): number {
  const scaled = Math.round((current * CHUNK_TARGET_MS) / Math.max(1, elapsedMs));
  return Math.min(MAX_CHUNK_LINES, Math.max(MIN_CHUNK_LINES, Math.min(scaled, current * 2)));
}

/** Stores the lines in chunks (see above); counts every line in the result. */
export async function importOrderLines(db: CreatorDeskDb, rows: readonly OrderLineInput[], ctx: MergeContext, options: OrderImportOptions = {}): Promise<OrderStoreResult> {
  const result = emptyOrderResult();
  const accepted = grouped(acceptOrderRows(rows, result));
  const total = rows.length;
  let done = total - accepted.length;
  options.onProgress?.(done, total);
  const stored = new StoredLineIndex(db, new Set(accepted.map(({ row }) => row.orderId)));
  let size = options.chunkLines ?? FIRST_CHUNK_LINES;
  for (let start = 0; start < accepted.length; ) {
    const end = Math.min(accepted.length, start + size);
    const began = performance.now();
    try {
      addResult(result, await storeChunk(db, accepted.slice(start, end), stored, ctx));
    } catch (error) {
      throw new OrderImportError(error, result.created + result.updated + result.unchanged, result);
    }
    if (options.chunkLines === undefined) size = nextChunkLines(size, performance.now() - began);
    done += end - start;
    start = end;
    options.onProgress?.(done, total);
    if (start < accepted.length) await options.pause?.();
  }
  return result;
}
