import { addFields, BlockRecord, packBlock, unpackBlock } from '../rollups/blocks';
import { addCell, F, FIELDS, PERIOD_DAYS, type RollupRecord } from '../rollups/fields';
import { cellValue } from './entry-records';
import { layOutCells } from './program-index';
import { emptyCreatorEntry, type CellColumns, type CreatorEntry, type ProgramIndex } from './program-index-model';

/** A record of `period` with one cell per day: POSTS = posts[i], LINES = lines[i], RET_SUM = retention[i]. */
function record(
  creatorKey: string,
  currency: string,
  period: number,
  cells: { day: number; posts?: number; videos?: number; lines?: number; retention?: number; seen?: number }[],
): RollupRecord {
  const values = new Float64Array(cells.length * FIELDS);
  cells.forEach((cell, i) => {
    values[i * FIELDS + F.POSTS] = cell.posts ?? 0;
    values[i * FIELDS + F.VIDEOS] = cell.videos ?? 0;
    values[i * FIELDS + F.LINES] = cell.lines ?? 0;
    values[i * FIELDS + F.RET_SUM] = cell.retention ?? 0;
    values[i * FIELDS + F.PIECES_SEEN] = cell.seen ?? 0;
  });
  return { creatorKey, currency, period, days: Int32Array.from(cells.map((c) => c.day)), values, postProducts: [], orderProducts: [] };
}

/** The records `owners` gives each entry (none when it has no key there). */
const recordsIn = (owners: ReadonlyMap<CreatorEntry, RollupRecord[]>) => (entry: CreatorEntry) => owners.get(entry) ?? [];

const asIndex = (cells: CellColumns) => ({ cells }) as unknown as ProgramIndex;

/** Every row of an entry as [day, posts, lines, retention, seen]. */
function rows(cells: CellColumns, entry: CreatorEntry): number[][] {
  const index = asIndex(cells);
  const result: number[][] = [];
  for (let row = entry.cellsFrom; row < entry.cellsTo; row++) {
    expect(cells.posts[row]).toBe(cellValue(index, row, F.POSTS));
    expect(cells.videos[row]).toBe(cellValue(index, row, F.VIDEOS));
    result.push([cells.day[row]!, ...[F.POSTS, F.LINES, F.RET_SUM, F.PIECES_SEEN].map((field) => cellValue(index, row, field))]);
  }
  return result;
}

/** An entry's rows added up day by day (as every question adds them: `addFields`), as [day, ...FIELDS values]. */
function daySums(cells: CellColumns, entry: CreatorEntry): number[][] {
  const sums: number[][] = [];
  for (let row = entry.cellsFrom; row < entry.cellsTo; ) {
    const d = cells.day[row]!;
    const sum = new Float64Array(FIELDS);
    for (; row < entry.cellsTo && cells.day[row] === d; row++) addFields(sum, 0, cells.fields[row]!, cells.values[cells.sources[row]!]!, cells.starts[row]!);
    sums.push([d, ...sum]);
  }
  return sums;
}

/** Of `daySums`: [day, posts, lines, retention, seen]. */
const dayFigures = (cells: CellColumns, entry: CreatorEntry) => daySums(cells, entry).map((s) => [s[0]!, ...[F.POSTS, F.LINES, F.RET_SUM, F.PIECES_SEEN].map((f) => s[1 + f]!)]);

describe('layOutCells', () => {
  const P = 640; // a period: days 20480…20511
  const day = (n: number) => P * PERIOD_DAYS + n;

  it('lays each owner out by day across periods and records, whatever order the records come in', () => {
    const a = emptyCreatorEntry('id:a');
    const b = emptyCreatorEntry('id:b');
    const none = emptyCreatorEntry('id:none');
    const owners = new Map<CreatorEntry, RollupRecord[]>([
      [a, [record('id:a', 'USD', P + 1, [{ day: day(32), lines: 2 }]), record('id:a', '', P, [{ day: day(3), posts: 1 }, { day: day(31), posts: 2 }])]],
      [b, [record('id:b', '', P, [{ day: day(0), posts: 4 }])]],
    ]);
    const cells = layOutCells([a, none, b], recordsIn(owners));
    expect(rows(cells, a)).toEqual([
      [day(3), 1, 0, 0, 0],
      [day(31), 2, 0, 0, 0],
      [day(32), 0, 2, 0, 0],
    ]);
    expect(none.cellsFrom).toBe(none.cellsTo);
    expect(rows(cells, b)).toEqual([[day(0), 4, 0, 0, 0]]);
    expect(cells.day).toHaveLength(4);
  });

  it('gives a day several records share a row per record, in record order, which add up as addCell adds (the maximum of a maximum)', () => {
    const entry = emptyCreatorEntry('id:a');
    const owners = new Map([
      [
        entry,
        [
          record('id:a', '', P, [{ day: day(5), posts: 1, retention: 0.1, seen: 50 }, { day: day(6), posts: 1 }]),
          record('h:a', '', P, [{ day: day(5), posts: 2, retention: 0.2, seen: 70 }]),
          record('id:a', 'USD', P, [{ day: day(5), lines: 3, seen: 60 }]),
        ],
      ],
    ]);
    const cells = layOutCells([entry], recordsIn(owners));
    expect(rows(cells, entry)).toEqual([
      [day(5), 1, 0, 0.1, 50],
      [day(5), 2, 0, 0.2, 70],
      [day(5), 0, 3, 0, 60],
      [day(6), 1, 0, 0, 0],
    ]);
    expect(dayFigures(cells, entry)).toEqual([
      [day(5), 3, 3, 0.1 + 0.2, 70],
      [day(6), 1, 0, 0, 0],
    ]);
    expect(owners.get(entry)![0]!.values[F.POSTS]).toBe(1); // the records are not changed
  });

  it('uses the 32nd day of a period', () => {
    const entry = emptyCreatorEntry('id:a');
    const owners = new Map([[entry, [record('id:a', '', P, [{ day: day(31), posts: 1 }]), record('id:a', 'USD', P, [{ day: day(31), lines: 1 }])]]]);
    expect(dayFigures(layOutCells([entry], recordsIn(owners)), entry)).toEqual([[day(31), 1, 1, 0, 0]]);
  });

  it('still places every cell of a record holding days of another period, or a day twice', () => {
    const entry = emptyCreatorEntry('id:a');
    const odd = record('id:a', '', P, [{ day: day(40), posts: 1 }, { day: day(2), posts: 2 }, { day: day(2), posts: 5 }]);
    const owners = new Map([[entry, [odd, record('id:a', '', P, [{ day: day(2), posts: 10 }])]]]);
    expect(dayFigures(layOutCells([entry], recordsIn(owners)), entry)).toEqual([
      [day(2), 17, 0, 0, 0],
      [day(40), 1, 0, 0, 0],
    ]);
  });

  it('places each cell of a record whose days are out of order on its own day', () => {
    const entry = emptyCreatorEntry('id:a');
    const odd = record('id:a', '', P, [{ day: day(9), posts: 1 }, { day: day(3), posts: 2, lines: 4 }]);
    const owners = new Map([[entry, [odd, record('id:a', 'USD', P, [{ day: day(3), lines: 1 }, { day: day(9), lines: 7 }])]]]);
    const expected = [
      [day(3), 2, 5, 0, 0],
      [day(9), 1, 7, 0, 0],
    ];
    expect(dayFigures(layOutCells([entry], recordsIn(owners)), entry)).toEqual(expected);
    const packed = new Map([[entry, owners.get(entry)!.map((r) => fromBlock([r])[0]!)]]);
    expect(dayFigures(layOutCells([entry], recordsIn(packed)), entry)).toEqual(expected);
  });

  it('gives every owner rows by day that add up to the day-by-day sum of its records, well-formed or not, in any order, with the entries\' own records by default', () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 4_294_967_296;
    };
    const int = (n: number) => Math.floor(next() * n);
    for (let round = 0; round < 30; round++) {
      const owners = Array.from({ length: 1 + int(6) }, (_, k) => emptyCreatorEntry(`id:${k}`));
      for (const owner of owners) {
        for (let r = int(6); r > 0; r--) {
          const period = P + int(3);
          const odd = int(5) === 0; // a day outside the period, or twice
          const days = new Set<number>();
          for (let c = 1 + int(6); c > 0; c--) days.add(period * PERIOD_DAYS + int(PERIOD_DAYS));
          const cells = [...days].sort((a, b) => a - b).map((d) => ({ day: d, posts: int(3), videos: int(2), lines: int(3), retention: int(9), seen: int(100) }));
          if (odd) cells.push({ ...cells[0]!, day: int(2) === 0 ? cells[0]!.day : cells[0]!.day + PERIOD_DAYS });
          owner.records.push(record(owner.key, int(2) === 0 ? '' : 'USD', period, cells));
        }
      }
      // By hand: each owner's cells summed day by day, in record order.
      const expected = owners.map((owner) => {
        const sums = new Map<number, Float64Array>();
        for (const r of [...owner.records].sort((a, b) => a.period - b.period)) {
          r.days.forEach((d, i) => {
            const sum = sums.get(d) ?? new Float64Array(FIELDS);
            addCell(sum, 0, r.values, i * FIELDS);
            sums.set(d, sum);
          });
        }
        return [...sums].sort((a, b) => a[0] - b[0]).map(([d, sum]) => [d, sum[F.POSTS]!, sum[F.LINES]!, sum[F.RET_SUM]!, sum[F.PIECES_SEEN]!]);
      });
      const cells = layOutCells(owners);
      owners.forEach((owner, k) => expect(dayFigures(cells, owner)).toEqual(expected[k]));
      // A row per cell: none copied, none left out.
      expect(cells.day).toHaveLength(owners.reduce((n, owner) => n + owner.records.reduce((m, r) => m + r.days.length, 0), 0));
      // The same records read from blocks (a record with a day outside its period or twice too): the same rows.
      const plainRows = owners.map((owner) => fullRows(cells, owner));
      const packed = new Map(owners.map((owner) => [owner, owner.records.map((r) => unpackBlock(packBlock(r.period, [r]), r.period)![0]!)]));
      const packedCells = layOutCells(owners, recordsIn(packed));
      owners.forEach((owner, k) => expect(fullRows(packedCells, owner)).toEqual(plainRows[k]));
    }
  });

  /** Every field of every row of an entry: [day, ...FIELDS values]. */
  const fullRows = (cells: CellColumns, entry: CreatorEntry) =>
    Array.from({ length: entry.cellsTo - entry.cellsFrom }, (_, k) => [cells.day[entry.cellsFrom + k]!, ...Array.from({ length: FIELDS }, (_, f) => cellValue(asIndex(cells), entry.cellsFrom + k, f))]);

  /** Records as read from one block of their period each (all of one period here). */
  const fromBlock = (records: RollupRecord[]): BlockRecord[] => unpackBlock(packBlock(P, records), P)!;

  /** A record of period P with every field of every cell set: field f of cell i is `value(i, f)`. */
  function fullRecord(creatorKey: string, currency: string, days: number[], value: (i: number, f: number) => number): RollupRecord {
    const values = new Float64Array(days.length * FIELDS);
    days.forEach((_, i) => {
      for (let f = 0; f < FIELDS; f++) values[i * FIELDS + f] = value(i, f);
    });
    return { creatorKey, currency, period: P, days: Int32Array.from(days), values, postProducts: [], orderProducts: [] };
  }

  it('lays out records read from a block (decoded from the block, not from their values) as their plain copies, every field', () => {
    const records = [
      fullRecord('id:a', '', [day(1), day(2), day(9)], (i, f) => (f % 3 === 0 ? 0 : f === F.AMOUNT ? 1234.56 + i : i * 100 + f)),
      fullRecord('id:a', 'USD', [day(2), day(3)], (i, f) => (f % 2 === 0 ? 0 : f + i / 10)),
    ];
    const packed = fromBlock(records);
    expect(packed.every((r) => r instanceof BlockRecord)).toBe(true);
    const plain = emptyCreatorEntry('id:a');
    const block = emptyCreatorEntry('id:a');
    const plainCells = layOutCells([plain], () => records);
    const blockCells = layOutCells([block], () => packed);
    expect(fullRows(blockCells, block)).toEqual(fullRows(plainCells, plain));
    expect(fullRows(blockCells, block).map((row) => row[0])).toEqual([day(1), day(2), day(2), day(3), day(9)]);
    // Day 2 is shared: a row for each record's cell, in record order, adding up to their sum.
    expect([1, 2].map((k) => cellValue(asIndex(blockCells), block.cellsFrom + k, F.VIDEOS))).toEqual([100 + 1, 1 + 0 / 10]);
    expect(daySums(blockCells, block)[1]![1 + F.VIDEOS]).toBe(100 + 1 + (1 + 0 / 10));
  });

  it('gives a day that block records and plain records of one creator share rows that add up, in record order: sums added, maxima the larger', () => {
    const seen = (v: number) => 1_764_000_000_000 + v; // epoch ms: a float in the block
    const content = record('id:a', '', P, [{ day: day(4), posts: 2, videos: 1, retention: 0.25, seen: seen(5) }, { day: day(5), posts: 1 }]);
    const orders = record('h:a', 'USD', P, [{ day: day(4), lines: 3, seen: seen(9) }]);
    const dirty = record('id:a', '', P, [{ day: day(4), posts: 1, retention: 0.5, seen: seen(7) }, { day: day(6), lines: 1, seen: seen(1) }]);
    const [packedContent, packedOrders] = fromBlock([content, orders]);
    const mixed = emptyCreatorEntry('id:a');
    const plain = emptyCreatorEntry('id:a');
    const mixedCells = layOutCells([mixed], () => [packedContent!, dirty, packedOrders!]);
    const plainCells = layOutCells([plain], () => [content, dirty, orders]);
    expect(dayFigures(mixedCells, mixed)).toEqual([
      [day(4), 3, 3, 0.25 + 0.5, seen(9)],
      [day(5), 1, 0, 0, 0],
      [day(6), 0, 1, 0, seen(1)],
    ]);
    expect(fullRows(mixedCells, mixed)).toEqual(fullRows(plainCells, plain));
    // The maximum of the content cells' times, not their sum; LINES_SEEN the order cells'.
    const shared = daySums(mixedCells, mixed)[0]!;
    expect(shared[1 + F.PIECES_SEEN]).toBe(seen(9));
    expect(shared[1 + F.LINES_SEEN]).toBe(0);
    const byHand = new Float64Array(FIELDS);
    for (const [r, i] of [[content, 0], [dirty, 0], [orders, 0]] as const) addCell(byHand, 0, r.values, i * FIELDS);
    expect(shared.slice(1)).toEqual([...byHand]);
  });

  it('holds only the fields that are not 0 in a row, and reads 0 for the others', () => {
    const entry = emptyCreatorEntry('id:a');
    const cells = layOutCells([entry], () => fromBlock([record('id:a', '', P, [{ day: day(1), posts: 2 }, { day: day(2), lines: 1 }])]));
    const first = entry.cellsFrom;
    expect(cells.values[cells.sources[first]!]!.slice(cells.starts[first], cells.starts[first]! + 1)).toEqual(Float64Array.from([2]));
    expect([cells.fields[entry.cellsFrom], cells.fields[entry.cellsFrom + 1]]).toEqual([1 << F.POSTS, 1 << F.LINES]);
    expect(fullRows(cells, entry)[1]!.slice(1).filter((v) => v !== 0)).toEqual([1]);
  });

  it('lays out nothing for no records', () => {
    const entry = emptyCreatorEntry('id:a');
    const cells = layOutCells([entry], recordsIn(new Map()));
    expect(cells.day).toHaveLength(0);
    expect([entry.cellsFrom, entry.cellsTo]).toEqual([0, 0]);
  });
});
