/**
 * The rollups' read form: every creator's rollup records of one period packed into one stored
 * "block" (a few typed arrays and two strings), and every creator's totals into one more. Reading a
 * record costs IndexedDB and structured clone about as much per record as per kilobyte, so the
 * panel reads a handful of blocks instead of tens of thousands of records.
 *
 * The per-record tables (`rollups`, `rollupTotals`) stay the truth and the write form: a write
 * updates them and notes the keys it changed (`RollupDirty`); a reader takes a block and the
 * records noted since it was packed (lib/db/rollup-blocks.ts), and the background packs those into
 * the blocks when captures pause. A block is a pure function of its period's records, so packing
 * again gives the same block.
 */
import { FIELDS, MAX_FIELDS, type RollupRecord, type RollupTotals } from './fields';

/** One period of every creator's rollup records. */
export interface RollupBlock {
  /** Primary key: the period (TOTALS_BLOCK for the totals block). */
  period: number;
  /** JSON `[creatorKey, currency][]`, one per record, in record order. */
  keys: string;
  /** Record i's cells are rows `starts[i]` to `starts[i + 1]` of `days`. */
  starts: Int32Array;
  days: Int32Array;
  /**
   * The cells' figures without their zeros (most fields of a cell are 0: content cells have no
   * order figures and the other way round): per row, bit f of `masks` says field f is not 0; the
   * values follow row by row, by field, as the analysis lays them out (lib/analytics/program-index.ts
   * copies a record's values as they are).
   */
  masks: Int32Array;
  values: Float64Array;
  /** JSON `string[]`: the product ids the products arrays name by position. */
  products: string;
  /** Record i's products posted: triples `day, product, pieces` from `postStarts[i]` to `postStarts[i + 1]` (× 3). */
  postStarts: Int32Array;
  post: Float64Array;
  /** Record i's products ordered: quintuples `day, product, lines, amount, unknown` (see RollupRecord). */
  orderStarts: Int32Array;
  order: Float64Array;
}

/** Every creator's totals, and which periods have a block. */
export interface RollupTotalsBlock {
  period: typeof TOTALS_BLOCK;
  /** JSON `RollupTotals[]`. */
  totals: string;
  /** The periods with records when the blocks were packed (each has a block). */
  periods: Int32Array;
}

/** The key of the totals block (periods are day numbers / 32: never negative for real dates). */
export const TOTALS_BLOCK = -1e9;

/** Keys of the per-record tables written since the blocks were packed (one record per write). */
export interface RollupDirty {
  id?: number;
  /** JSON `[creatorKey, currency, period][]` of rollup records written or removed. */
  records: string;
  /** JSON `[creatorKey, currency][]` of totals written or removed. */
  totals: string;
  /** Periods whose block must be packed again from all their records (a block found damaged). */
  periods?: number[];
}

export const BLOCK_TABLES = ['rollupBlocks', 'rollupDirty'] as const;

const POST = 3;
const ORDER = 5;

/** The cells' values without zeros (see RollupBlock). */
function packCells(cells: Float64Array, rows: number): Pick<RollupBlock, 'masks' | 'values'> {
  const masks = new Int32Array(rows);
  let count = 0;
  for (let row = 0, at = 0; row < rows; row++, at += FIELDS) {
    const mask = fieldMask(cells, at);
    masks[row] = mask;
    count += bitCount(mask);
  }
  const values = new Float64Array(count);
  let next = 0;
  for (let row = 0, at = 0; row < rows; row++, at += FIELDS) {
    putCell(values, next, cells, at, masks[row]!);
    next += bitCount(masks[row]!);
  }
  return { masks, values };
}

/** Bits set in `mask` (a 32-bit pattern: cells' masks, days of a period). */
export function bitCount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Where each of `count` records' values start in `values` (entry `count`: the end), or null when
 * the masks do not add up to the values (damaged or foreign data).
 */
function valueStarts(b: Pick<RollupBlock, 'masks' | 'values' | 'starts'>, count: number, rows: number): Int32Array | null {
  const { masks, starts } = b;
  if (masks.length !== rows) return null;
  const from = new Int32Array(count + 1);
  let at = 0;
  for (let r = 0, row = 0; r < count; r++) {
    from[r] = at;
    for (const to = starts[r + 1]!; row < to; row++) {
      const mask = masks[row]!;
      if (mask >>> FIELDS !== 0) return null;
      at += bitCount(mask);
    }
  }
  from[count] = at;
  return at === b.values.length ? from : null;
}

/** The fields `addCell` merges as a maximum, as bits. */
const MAX_BITS = MAX_FIELDS.reduce((bits, f) => bits | (1 << f), 0);

/** Bit f for each field f of cell `from` of `source` that is not 0. */
export function fieldMask(source: Float64Array, from: number): number {
  let mask = 0;
  for (let f = 0; f < FIELDS; f++) if (source[from + f] !== 0) mask |= 1 << f;
  return mask;
}

/** Adds a row holding `mask`'s fields (side by side from `from`, by field) into the full cell at `target[at…]`, as `addCell` adds. */
export function addFields(target: Float64Array, at: number, mask: number, values: Float64Array, from: number): void {
  for (let m = mask; m !== 0; m &= m - 1) {
    const f = 31 - Math.clz32(m & -m);
    const value = values[from++]!;
    const sum = target[at + f]! + value;
    target[at + f] = ((MAX_BITS >>> f) & 1) === 1 ? Math.max(sum - value, value) : sum;
  }
}

/** Cell `from` of plain (full) cells as a row at `target[at…]`: the fields of `mask` (its `fieldMask`) side by side, by field. */
export function putCell(target: Float64Array, at: number, source: Float64Array, from: number, mask: number): void {
  for (let m = mask; m !== 0; m &= m - 1) target[at++] = source[from + 31 - Math.clz32(m & -m)]!;
}

/** Packs records (all of one period) into a block. */
export function packBlock(period: number, records: readonly RollupRecord[]): RollupBlock {
  let rows = 0;
  let postLength = 0;
  let orderLength = 0;
  for (const r of records) {
    rows += r.days.length;
    postLength += r.postProducts.length;
    orderLength += r.orderProducts.length;
  }
  const starts = new Int32Array(records.length + 1);
  const postStarts = new Int32Array(records.length + 1);
  const orderStarts = new Int32Array(records.length + 1);
  const days = new Int32Array(rows);
  const values = new Float64Array(rows * FIELDS);
  const post = new Float64Array(postLength);
  const order = new Float64Array(orderLength);
  const productIds: string[] = [];
  const productAt = new Map<string, number>();
  const productIndex = (id: string): number => {
    let at = productAt.get(id);
    if (at === undefined) productAt.set(id, (at = productIds.push(id) - 1));
    return at;
  };
  const packProducts = (flat: readonly (string | number)[], width: number, target: Float64Array, from: number): void => {
    for (let i = 0; i < flat.length; i++) target[from + i] = i % width === 1 ? productIndex(String(flat[i])) : (flat[i] as number);
  };
  let row = 0;
  let p = 0;
  let o = 0;
  records.forEach((r, i) => {
    starts[i] = row;
    postStarts[i] = p;
    orderStarts[i] = o;
    days.set(r.days, row);
    values.set(r.values.subarray(0, r.days.length * FIELDS), row * FIELDS);
    packProducts(r.postProducts, POST, post, p);
    packProducts(r.orderProducts, ORDER, order, o);
    row += r.days.length;
    p += r.postProducts.length;
    o += r.orderProducts.length;
  });
  starts[records.length] = row;
  postStarts[records.length] = p;
  orderStarts[records.length] = o;
  return {
    period,
    keys: JSON.stringify(records.map((r) => [r.creatorKey, r.currency])),
    starts,
    days,
    ...packCells(values, rows),
    products: JSON.stringify(productIds),
    postStarts,
    post,
    orderStarts,
    order,
  };
}

/**
 * A record read from a block: its days and cells stay in the block (the analysis reads them there:
 * `layOutCells` in lib/analytics/program-index.ts); a view of its days, its full `values` and its products are made on first use
 * (writes and upkeep; sample questions ask for products).
 */
export class BlockRecord implements RollupRecord {
  private cells: Float64Array | null = null;
  private posted: (string | number)[] | null = null;
  private ordered: (string | number)[] | null = null;
  private dayView: Int32Array | null = null;

  constructor(
    readonly creatorKey: string,
    readonly currency: string,
    readonly period: number,
    readonly block: RollupBlock,
    private readonly productIds: readonly string[],
    /** The record's position in the block, and where its cells' values start in the block's `values`. */
    readonly index: number,
    readonly valueFrom: number,
  ) {}

  /**
   * A view of its days in the block's, made on first use: the analysis reads them in place
   * (`firstRow`, `dayCount`), and a view per record would be tens of thousands of objects per read.
   */
  get days(): Int32Array {
    this.dayView ??= this.block.days.subarray(this.firstRow, this.firstRow + this.dayCount);
    return this.dayView;
  }

  /** Its first row in the block (of `days` and `masks`). */
  get firstRow(): number {
    return this.block.starts[this.index]!;
  }

  get dayCount(): number {
    return this.block.starts[this.index + 1]! - this.firstRow;
  }

  get values(): Float64Array {
    if (this.cells === null) {
      const { masks, values: packed } = this.block;
      const count = this.dayCount;
      const values = new Float64Array(count * FIELDS);
      let v = this.valueFrom;
      for (let cell = 0, row = this.firstRow; cell < count; cell++, row++) {
        for (let m = masks[row]!; m !== 0; m &= m - 1) values[cell * FIELDS + 31 - Math.clz32(m & -m)] = packed[v++]!;
      }
      this.cells = values;
    }
    return this.cells;
  }

  get postProducts(): (string | number)[] {
    this.posted ??= unpackProducts(this.block.post, this.block.postStarts, this.index, POST, this.productIds);
    return this.posted;
  }

  /**
   * The first day from `fromDay` on, and before `beforeDay`, on which the record has a post listing
   * `productId`, else `beforeDay`: read in the block, where the product is a number (the sample
   * questions of a panel's first analysis ask this of thousands of records).
   */
  firstPostDayOf(productId: string, fromDay: number, beforeDay: number): number {
    const product = productPositions(this.productIds).get(productId);
    if (product === undefined) return beforeDay;
    const { post, postStarts } = this.block;
    let before = beforeDay;
    for (let i = postStarts[this.index]!, to = postStarts[this.index + 1]!; i < to; i += POST) {
      const day = post[i]!;
      if (day >= fromDay && day < before && post[i + 1] === product) before = day;
    }
    return before;
  }

  get orderProducts(): (string | number)[] {
    this.ordered ??= unpackProducts(this.block.order, this.block.orderStarts, this.index, ORDER, this.productIds);
    return this.ordered;
  }
}

/** Each block's product positions by id, made on first use (the block's records share its list). */
const positionsOfList = new WeakMap<readonly string[], Map<string, number>>();

function productPositions(ids: readonly string[]): Map<string, number> {
  let positions = positionsOfList.get(ids);
  if (!positions) {
    positions = new Map(ids.map((id, at) => [id, at]));
    positionsOfList.set(ids, positions);
  }
  return positions;
}

function unpackProducts(flat: Float64Array, starts: Int32Array, index: number, width: number, ids: readonly string[]): (string | number)[] {
  const from = starts[index]!;
  const to = starts[index + 1]!;
  const result = new Array<string | number>(to - from);
  for (let i = from; i < to; i++) result[i - from] = (i - from) % width === 1 ? ids[flat[i]!]! : flat[i]!;
  return result;
}

const isInt32Array = (value: unknown): value is Int32Array => value instanceof Int32Array;
const isFloat64Array = (value: unknown): value is Float64Array => value instanceof Float64Array;

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `starts` of `count` records over `length` entries: from 0, ascending, ending at `length`. */
function validStarts(starts: Int32Array, count: number, length: number, width: number): boolean {
  if (starts.length !== count + 1 || starts[0] !== 0 || starts[count]! * width !== length) return false;
  for (let i = 0; i < count; i++) if (starts[i + 1]! < starts[i]!) return false;
  return true;
}

/** Whether the product positions of a products array are all in the string table. */
function validProducts(flat: Float64Array, width: number, count: number): boolean {
  for (let i = 1; i < flat.length; i += width) {
    const at = flat[i]!;
    if (!Number.isInteger(at) || at < 0 || at >= count) return false;
  }
  return true;
}

/**
 * The records of a stored block, or null when it is not a well-formed block of `period` (damaged or
 * foreign data: the caller reads the period's records instead, never garbage).
 */
export function unpackBlock(block: unknown, period: number): BlockRecord[] | null {
  if (typeof block !== 'object' || block === null) return null;
  const b = block as Partial<RollupBlock>;
  if (b.period !== period || !isInt32Array(b.starts) || !isInt32Array(b.days)) return null;
  if (!isInt32Array(b.masks) || !isFloat64Array(b.values)) return null;
  if (!isInt32Array(b.postStarts) || !isInt32Array(b.orderStarts) || !isFloat64Array(b.post) || !isFloat64Array(b.order)) return null;
  const keys = parseJson(b.keys);
  const productIds = parseJson(b.products);
  if (!Array.isArray(keys) || !Array.isArray(productIds) || !productIds.every((id) => typeof id === 'string')) return null;
  const count = keys.length;
  if (!validStarts(b.starts, count, b.days.length, 1)) return null;
  if (b.post.length % POST !== 0 || !validStarts(b.postStarts, count, b.post.length, 1)) return null;
  if (b.order.length % ORDER !== 0 || !validStarts(b.orderStarts, count, b.order.length, 1)) return null;
  if (!validProducts(b.post, POST, productIds.length) || !validProducts(b.order, ORDER, productIds.length)) return null;
  const valueFrom = valueStarts(b as RollupBlock, count, b.days.length);
  if (!valueFrom) return null;
  const records: BlockRecord[] = [];
  for (let i = 0; i < count; i++) {
    const key = keys[i] as unknown;
    if (!Array.isArray(key) || key.length !== 2 || typeof key[0] !== 'string' || typeof key[1] !== 'string') return null;
    records.push(new BlockRecord(key[0], key[1], period, b as RollupBlock, productIds as string[], i, valueFrom[i]!));
  }
  return records;
}

export function packTotals(totals: readonly RollupTotals[], periods: Iterable<number>): RollupTotalsBlock {
  return { period: TOTALS_BLOCK, totals: JSON.stringify(totals), periods: Int32Array.from([...new Set(periods)].sort((a, b) => a - b)) };
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isTotals(value: unknown): value is RollupTotals {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Partial<RollupTotals>;
  return (
    typeof t.creatorKey === 'string' &&
    typeof t.currency === 'string' &&
    isCount(t.datedPieces) &&
    isCount(t.undatedPieces) &&
    isCount(t.lines) &&
    typeof t.gmvCurrencies === 'object' &&
    t.gmvCurrencies !== null &&
    (t.lastPostDays === undefined || (typeof t.lastPostDays === 'object' && t.lastPostDays !== null))
  );
}

/** The totals and periods of a stored totals block, or null when it is not well formed. */
export function unpackTotals(block: unknown): { totals: RollupTotals[]; periods: Int32Array } | null {
  if (typeof block !== 'object' || block === null) return null;
  const b = block as Partial<RollupTotalsBlock>;
  if (b.period !== TOTALS_BLOCK || !isInt32Array(b.periods)) return null;
  const totals = parseJson(b.totals);
  if (!Array.isArray(totals) || !totals.every(isTotals)) return null;
  return { totals, periods: b.periods };
}

export const recordKeyOf = (creatorKey: string, currency: string, period: number): string => JSON.stringify([creatorKey, currency, period]);
export const totalsKeyOf = (creatorKey: string, currency: string): string => JSON.stringify([creatorKey, currency]);

/** Every block of a set of records and totals (a rebuild, a restore, the migration). */
export function packAll(records: readonly RollupRecord[], totals: readonly RollupTotals[]): (RollupBlock | RollupTotalsBlock)[] {
  const byPeriod = new Map<number, RollupRecord[]>();
  for (const record of records) {
    const list = byPeriod.get(record.period);
    if (list) list.push(record);
    else byPeriod.set(record.period, [record]);
  }
  const blocks: (RollupBlock | RollupTotalsBlock)[] = [...byPeriod].map(([period, list]) => packBlock(period, list));
  blocks.push(packTotals(totals, byPeriod.keys()));
  return blocks;
}
