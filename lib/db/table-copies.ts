/**
 * Read copies of the plain tables the analysis reads whole (creators, snapshots, samples,
 * collaborations, reported): each table's records, in primary-key order, in one stored record of
 * `tableCopies`. Reading a record costs IndexedDB about as much per record as per kilobyte, so the
 * panel reads five records instead of tens of thousands.
 *
 * The tables stay the truth and the write form. Every write to one of them notes the keys it wrote
 * or removed in `copyDirty`, in its own transaction (the middleware below, whoever writes: capture,
 * import, restore, team sync, the seller's edits); clearing a table notes the whole table. A reader
 * takes a copy and replaces the noted records by their stored form (`readTableCopies`, one
 * transaction); `foldTableCopies` (the background, when captures pause, beside the rollup blocks)
 * writes the noted records into the copies and clears the notes. Without a copy, with the whole
 * table noted, with many keys noted or with unreadable notes, the table itself is read.
 */
import Dexie, { cmp, type DBCore, type DBCoreMutateRequest, type Middleware, type Table } from 'dexie';
import { reaches } from './transaction-reach';

/** The tables kept as copies. */
export const COPIED_TABLES = ['creators', 'snapshots', 'samples', 'collaborations', 'reported'] as const;
export type CopiedTable = (typeof COPIED_TABLES)[number];

/** The copies and the notes (derived: never backed up, rebuilt from the tables). */
export const COPY_TABLES = ['tableCopies', 'copyDirty'] as const;

/**
 * One table's records, in primary-key order, as they were when packed: as columns (`packed`, see
 * packRecords), or, as copies were first written, as the records themselves (`records`).
 */
export interface TableCopy {
  /** Primary key: the table's name. */
  table: string;
  records?: unknown[];
  packed?: PackedRecords;
}

/**
 * Records as columns, one per property path (`metrics.followers.value`), numbers as Float64Arrays:
 * IndexedDB rebuilds a few arrays instead of tens of thousands of nested objects (20,000 snapshots:
 * ~5× less time to read back in V8), and `unpackRecords` builds the objects in one tight pass.
 * Texts that repeat (a Quantity's `kind` and `unit`, a snapshot's day and creator) are stored once
 * each, with a code per record: a column of 20,000 texts is otherwise 20,000 strings to rebuild.
 * Entries are in the order their properties were first met, parents before children.
 */
export interface PackedRecords {
  count: number;
  entries: PackedEntry[];
}

/** A property of the records (or of an object in them), by its parent entry (-1: the record itself). */
export type PackedEntry =
  /** A plain object in every record that has it: `present` marks those that do (null: every record). */
  | { key: string; parent: number; object: true; present: Uint8Array | null }
  /** A number in every record that has it (null where `absent` is 1: none). */
  | { key: string; parent: number; numbers: Float64Array; absent: Uint8Array | null }
  /** Any other value, as it is (arrays, strings, null…): `absent` marks records without it. */
  | { key: string; parent: number; values: unknown[]; absent: Uint8Array | null }
  /** Texts, booleans, null or undefined that repeat: record i's is `dictionary[codes[i]]` (see `encodeRepeats`). */
  | { key: string; parent: number; codes: Uint8Array | Uint16Array | Uint32Array; dictionary: unknown[]; absent: Uint8Array | null };

/** Values stored once each in a dictionary: immutable, and equal exactly when a Map's keys are. */
const isDictionaryValue = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'boolean' || value === null || value === undefined;

/**
 * A values entry as a dictionary and codes when its values are all texts, booleans, null or
 * undefined and at most half of them distinct; else the entry as it is.
 */
function encodeRepeats(entry: Extract<PackedEntry, { values: unknown[] }>): PackedEntry {
  const { values, absent } = entry;
  const codeOf = new Map<unknown, number>();
  const dictionary: unknown[] = [];
  const codes = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (absent !== null && absent[i] === 1) continue;
    const value = values[i];
    if (!isDictionaryValue(value)) return entry;
    let code = codeOf.get(value);
    if (code === undefined) {
      codeOf.set(value, (code = dictionary.push(value) - 1));
      if (dictionary.length * 2 > values.length) return entry;
    }
    codes[i] = code;
  }
  const { key, parent } = entry;
  const narrow = dictionary.length <= 0x100 ? Uint8Array.from(codes) : dictionary.length <= 0x10000 ? Uint16Array.from(codes) : codes;
  return { key, parent, codes: narrow, dictionary, absent };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

interface ShapeNode {
  key: string;
  parent: number;
  /** Seen as a plain object / as anything else. */
  objects: boolean;
  others: boolean;
  numbersOnly: boolean;
  children: Map<string, number>;
}

/** `records` as columns; `unpackRecords` gives back equal records. */
export function packRecords(records: readonly unknown[]): PackedRecords {
  const count = records.length;
  // First pass: every property path and what it holds. A path holding a plain object in some
  // records and anything else in others is stored as values.
  const nodes: ShapeNode[] = [];
  const root = new Map<string, number>();
  const visit = (object: Record<string, unknown>, children: Map<string, number>, parent: number) => {
    for (const key of Object.keys(object)) {
      const value = object[key];
      let id = children.get(key);
      if (id === undefined) {
        id = nodes.length;
        nodes.push({ key, parent, objects: false, others: false, numbersOnly: true, children: new Map() });
        children.set(key, id);
      }
      const node = nodes[id]!;
      if (isPlainObject(value)) {
        node.objects = true;
        visit(value, node.children, id);
      } else {
        node.others = true;
        if (typeof value !== 'number') node.numbersOnly = false;
      }
    }
  };
  for (const record of records) {
    if (!isPlainObject(record)) throw new Error('Only plain objects are packed');
    visit(record, root, -1);
  }
  // The entries: pre-order, dropping the paths below a mixed one (stored whole as values).
  const entries: PackedEntry[] = [];
  const entryOf = new Map<number, number>();
  const place = (children: Map<string, number>, parentEntry: number) => {
    for (const id of children.values()) {
      const node = nodes[id]!;
      const at = entries.length;
      entryOf.set(id, at);
      if (node.objects && !node.others) {
        entries.push({ key: node.key, parent: parentEntry, object: true, present: null });
        place(node.children, at);
      } else if (!node.objects && node.numbersOnly) {
        entries.push({ key: node.key, parent: parentEntry, numbers: new Float64Array(count), absent: null });
      } else {
        entries.push({ key: node.key, parent: parentEntry, values: new Array(count), absent: null });
      }
    }
  };
  place(root, -1);
  // Second pass: the values.
  const fill = (object: Record<string, unknown> | undefined, children: Map<string, number>, i: number) => {
    for (const id of children.values()) {
      const at = entryOf.get(id);
      if (at === undefined) continue;
      const entry = entries[at]!;
      const has = object !== undefined && Object.hasOwn(object, entry.key);
      const value = has ? object[entry.key] : undefined;
      if ('object' in entry) {
        if (!has) (entry.present ??= new Uint8Array(count).fill(1))[i] = 0;
        fill(has ? (value as Record<string, unknown>) : undefined, nodes[id]!.children, i);
      } else if (!has) {
        (entry.absent ??= new Uint8Array(count))[i] = 1;
      } else if ('numbers' in entry) {
        entry.numbers[i] = value as number;
      } else if ('values' in entry) {
        entry.values[i] = value;
      }
    }
  };
  for (let i = 0; i < count; i++) fill(records[i] as Record<string, unknown>, root, i);
  return { count, entries: entries.map((entry) => ('values' in entry ? encodeRepeats(entry) : entry)) };
}

/** Sets an own property, `__proto__` included (a plain assignment would set the prototype instead). */
function setOwn<T>(object: Record<string, unknown>, key: string, value: T): T {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
  return value;
}

const isMarks = (value: unknown, count: number) => value === null || (value instanceof Uint8Array && value.length === count);

/** Whether entry `e` of a stored copy is of the shape packRecords writes (a damaged copy is not read). */
function isWellFormed(entry: PackedEntry, e: number, count: number): boolean {
  if (typeof entry !== 'object' || entry === null || typeof entry.key !== 'string') return false;
  if (!Number.isInteger(entry.parent) || entry.parent < -1 || entry.parent >= e) return false;
  if ('object' in entry) return isMarks(entry.present, count);
  if ('numbers' in entry) return entry.numbers instanceof Float64Array && entry.numbers.length === count && isMarks(entry.absent, count);
  if ('codes' in entry) return isCodes(entry.codes, count, entry.dictionary) && isMarks(entry.absent, count);
  return 'values' in entry && Array.isArray(entry.values) && entry.values.length === count && isMarks(entry.absent, count);
}

/** Codes of `count` records, each a place in `dictionary`. */
function isCodes(codes: unknown, count: number, dictionary: unknown): boolean {
  if (!(codes instanceof Uint8Array || codes instanceof Uint16Array || codes instanceof Uint32Array) || codes.length !== count) return false;
  if (!Array.isArray(dictionary)) return false;
  for (let i = 0; i < count; i++) if (codes[i]! >= dictionary.length) return false;
  return true;
}

/** The records `packRecords` packed (throws when they are not well formed). */
export function unpackRecords(packed: PackedRecords): Record<string, unknown>[] {
  const { count, entries } = packed;
  if (!entries.every((entry, e) => isWellFormed(entry, e, count))) throw new Error('Packed records not well formed');
  const records: Record<string, unknown>[] = new Array(count);
  // The object each entry's properties go into, for the record at hand (undefined: absent).
  const objects: (Record<string, unknown> | undefined)[] = new Array(entries.length);
  for (let i = 0; i < count; i++) {
    const record: Record<string, unknown> = {};
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      const parent = entry.parent === -1 ? record : objects[entry.parent];
      if ('object' in entry) {
        if (parent === undefined || (entry.present !== null && entry.present[i] === 0)) objects[e] = undefined;
        else objects[e] = setOwn(parent, entry.key, {});
      } else if (parent !== undefined && (entry.absent === null || entry.absent[i] === 0)) {
        setOwn(parent, entry.key, 'numbers' in entry ? entry.numbers[i] : 'codes' in entry ? entry.dictionary[entry.codes[i]!] : entry.values[i]);
      }
    }
    records[i] = record;
  }
  return records;
}

/** A copy of `records` (one table's, in key order). */
export function tableCopyOf(table: string, records: readonly unknown[]): TableCopy {
  return { table, packed: packRecords(records) };
}

/** Which form a copy of `table` is in, or null when it is none (damaged, foreign). */
function formOfCopy(copy: unknown, table: string): 'packed' | 'records' | null {
  if (typeof copy !== 'object' || copy === null || (copy as TableCopy).table !== table) return null;
  const { records, packed } = copy as TableCopy;
  if (Array.isArray(records)) return 'records';
  return typeof packed === 'object' && packed !== null && Array.isArray(packed.entries) && Number.isInteger(packed.count) ? 'packed' : null;
}

/** A copy's records, or null when it is not one of `table` (damaged, foreign). */
export function recordsOfCopy(copy: unknown, table: string): unknown[] | null {
  const form = formOfCopy(copy, table);
  if (form === null) return null;
  const { records, packed } = copy as TableCopy;
  if (form === 'records') return records!;
  try {
    return unpackRecords(packed!);
  } catch {
    return null;
  }
}

/** Keys of one table written since its copy was packed (one record per write request). */
export interface CopyDirty {
  id?: number;
  table: string;
  /** JSON of the primary keys written or removed; null: the table was cleared (or keys unknown): read it whole. */
  keys: string | null;
}

/** A database with the copies (the extension's, typed in tables.ts). */
export type CopiesDb = Dexie & { tableCopies: Table<TableCopy, string>; copyDirty: Table<CopyDirty, number> };

const hasCopies = (db: Dexie): boolean => COPY_TABLES.every((name) => db.tables.some((t) => t.name === name));

const isCopied = (name: string): name is CopiedTable => (COPIED_TABLES as readonly string[]).includes(name);


/** The primary keys a write request names, or null when some are unknown (generated, a range). */
function writtenKeys(req: DBCoreMutateRequest, extract: ((value: unknown) => unknown) | undefined): unknown[] | null {
  if (req.type === 'deleteRange') return null;
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value) => (extract ? extract(value) : undefined)));
  return keys.some((key) => key === undefined) ? null : keys;
}

/** The middleware: register with `db.use(tableCopyMiddleware)` before the database opens. */
export const tableCopyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'creator-desk-table-copies',
  // Directly above IndexedDB, like the rollup upkeep: the notes are bookkeeping nobody observes.
  level: -2,
  create(down) {
    const hasNotes = down.schema.tables.some((t) => t.name === 'copyDirty');
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = hasNotes && mode === 'readwrite' && stores.some(isCopied) && !stores.includes('copyDirty') ? [...stores, 'copyDirty'] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!hasNotes || !isCopied(name)) return table;
        const notes = down.table('copyDirty');
        const extract = table.schema.primaryKey.extractKey ?? undefined;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest) {
            const response = await table.mutate(req);
            if (!reaches(req.trans, ['copyDirty'])) return response;
            const keys = writtenKeys(req, extract);
            if (keys !== null && keys.length === 0) return response;
            const note: CopyDirty = { table: name, keys: keys === null ? null : JSON.stringify(keys) };
            const noted = await notes.mutate({ type: 'add', trans: req.trans, values: [note] });
            if (noted.numFailures > 0) throw Object.values(noted.failures)[0] ?? new Error('Could not note the change for the read copies');
            return response;
          },
        };
      },
    };
  },
};

/** Per table: the noted keys by identity, or 'all' (read the table whole). */
type Notes = Map<string, Map<string, unknown> | 'all'>;

const keyId = (key: unknown): string => (typeof key === 'string' ? `s${key}` : `j${JSON.stringify(key)}`);

/** The notes, or null when one is unreadable (then no copy can be trusted). */
function readNotes(dirty: readonly CopyDirty[]): Notes | null {
  const notes: Notes = new Map();
  for (const note of dirty) {
    if (typeof note?.table !== 'string') return null;
    if (note.keys === null) {
      notes.set(note.table, 'all');
      continue;
    }
    let keys: unknown;
    try {
      keys = typeof note.keys === 'string' ? JSON.parse(note.keys) : null;
    } catch {
      return null;
    }
    if (!Array.isArray(keys)) return null;
    const known = notes.get(note.table);
    if (known === 'all') continue;
    const map = known ?? new Map<string, unknown>();
    for (const key of keys) map.set(keyId(key), key);
    notes.set(note.table, map);
  }
  return notes;
}

/** Noted keys past which reading the whole table is cheaper than by key. */
const byKeyLimit = (records: number) => Math.max(1_000, records / 4);


/** The records of `b` and `a` (each in key order) in key order. */
function mergeByKey(a: readonly unknown[], b: readonly unknown[], keyOf: (record: unknown) => unknown): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (cmp(keyOf(a[i]), keyOf(b[j])) <= 0) out.push(a[i++]);
    else out.push(b[j++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * One table's records as stored now: its copy with the noted records replaced by their stored form
 * (in key order), or the table itself. `fromCopy` false: the copy was missing, behind or damaged.
 */
async function currentRecords(table: Table, copy: unknown, noted: Map<string, unknown> | 'all' | undefined): Promise<{ records: unknown[]; fromCopy: boolean }> {
  const copied = noted === 'all' ? null : recordsOfCopy(copy, table.name);
  if (copied === null || noted === 'all' || (noted && noted.size > byKeyLimit(copied.length))) {
    return { records: await table.toArray(), fromCopy: false };
  }
  if (!noted || noted.size === 0) return { records: copied, fromCopy: true };
  const keyPath = table.schema.primKey.keyPath;
  if (keyPath === undefined || keyPath === null) return { records: await table.toArray(), fromCopy: false };
  const keyOf = (record: unknown) => Dexie.getByKeyPath(record as object, keyPath as string);
  const kept = copied.filter((record) => !noted.has(keyId(keyOf(record))));
  const keys = [...noted.values()].sort(cmp);
  const stored = (await table.bulkGet(keys)).filter((record) => record !== undefined);
  return { records: mergeByKey(kept, stored, keyOf), fromCopy: true };
}

/**
 * The records of `tables` as stored now, from their copies and the records noted since they were
 * packed, in one transaction; each in primary-key order (as reading the table would give them).
 */
export async function readTableCopies(db: CopiesDb, tables: readonly CopiedTable[]): Promise<Map<CopiedTable, unknown[]>> {
  const result = new Map<CopiedTable, unknown[]>();
  if (tables.length === 0) return result;
  const sources = tables.map((name) => db.table(name));
  if (!hasCopies(db)) {
    (await Promise.all(sources.map((t) => t.toArray()))).forEach((records, i) => result.set(tables[i]!, records));
    return result;
  }
  const copiesTable = db.tableCopies;
  const notesTable = db.copyDirty;
  await db.transaction('r', [copiesTable, notesTable, ...sources], async () => {
    const [copies, dirty] = await Promise.all([copiesTable.bulkGet([...tables]), notesTable.toArray()]);
    const notes = readNotes(dirty);
    const parts = await Promise.all(
      sources.map((table, i) => (notes ? currentRecords(table, copies[i], notes.get(table.name)) : table.toArray().then((records) => ({ records })))),
    );
    parts.forEach((part, i) => result.set(tables[i]!, part.records));
  });
  return result;
}

/**
 * Writes the records noted since the last fold into the copies and clears the notes, in one
 * transaction; a missing copy is packed from its table. Run by the background when captures pause.
 */
export async function foldTableCopies(db: CopiesDb): Promise<void> {
  if (!hasCopies(db)) return;
  const copiesTable = db.tableCopies;
  const notesTable = db.copyDirty;
  const sources = COPIED_TABLES.map((name) => db.table(name));
  await db.transaction('rw', [copiesTable, notesTable, ...sources], async () => {
    const [copies, dirty] = await Promise.all([copiesTable.bulkGet([...COPIED_TABLES]), notesTable.toArray()]);
    const notes = readNotes(dirty);
    const puts: TableCopy[] = [];
    await Promise.all(
      sources.map(async (table, i) => {
        const copy = copies[i];
        const noted = notes ? notes.get(table.name) : 'all';
        // A packed copy with nothing noted is current; one of the first form is packed now.
        if (formOfCopy(copy, table.name) === 'packed' && (noted === undefined || (noted !== 'all' && noted.size === 0))) return;
        const { records } = await currentRecords(table, copy, noted);
        puts.push(tableCopyOf(table.name, records));
      }),
    );
    if (puts.length > 0) await copiesTable.bulkPut(puts);
    if (dirty.length > 0) await notesTable.clear();
  });
}

/** Every copy from its table, notes cleared (the schema migration; restores and seeds that write tables directly). */
export async function packTableCopies(tx: { table(name: string): Table }): Promise<void> {
  const records = await Promise.all(COPIED_TABLES.map((name) => tx.table(name).toArray()));
  await tx.table('copyDirty').clear();
  await tx.table('tableCopies').bulkPut(COPIED_TABLES.map((table, i) => tableCopyOf(table, records[i]!)));
}
