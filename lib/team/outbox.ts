/**
 * The outgoing half of the bridge, as a Dexie middleware: every write to a shared record (from the
 * panel, the background or an import) also writes the record's team document id to `teamOutbox`,
 * in the same IndexedDB transaction. So an edit is never stored without its note to send it, and
 * a stopped service worker or closed browser loses nothing: the background sends what the outbox
 * lists on its next run. Writes the bridge makes from incoming documents are not noted (no echo).
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import type { CreatorDeskDb, TeamOutboxEntry } from '../db/database';
import { docIdFor, sharedTable } from './shared-tables';

export const OUTBOX_TABLE = 'teamOutbox';

export interface OutboxControl {
  /** Whether writes are noted. True until the team settings say Team is off (a write is never missed while they load). */
  armed: boolean;
  /** A read-only member: team-layer writes are refused. */
  readOnly: boolean;
}

/** Transactions the bridge opened to apply incoming documents. */
const incoming = new WeakSet<object>();

/** Marks a Dexie transaction as the bridge's own: its writes are not sent back out. */
export function markIncoming(transaction: { idbtrans: unknown }): void {
  incoming.add(transaction.idbtrans as object);
}

export class ReadOnlyTeamError extends Error {
  constructor() {
    super('You are a read-only member of this team: your changes are not saved. Ask the team’s admin for the editor role.');
    this.name = 'ReadOnlyTeamError';
  }
}

let sequence = 0;
/** Increasing within this context and across restarts (time-based), to tell a newer note from an older one. */
function nextSeq(): number {
  sequence = Math.max(sequence + 1, Date.now() * 1000);
  return sequence;
}

function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] | Promise<unknown[]> {
  switch (req.type) {
    case 'add':
    case 'put': {
      const extract = table.schema.primaryKey.extractKey;
      return req.keys ?? (extract ? req.values.map((value) => extract(value) as unknown) : []);
    }
    case 'delete':
      return req.keys;
    case 'deleteRange':
      return table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } }).then((found) => found.result);
  }
}

function outboxTable(down: DBCore, tableName: string, control: OutboxControl): Partial<DBCoreTable> {
  const table = down.table(tableName);
  const shared = sharedTable(tableName);
  if (!shared) return table;
  return {
    ...table,
    mutate(req) {
      const trans = req.trans as DBCoreTransaction & { mode?: string };
      const noting = control.armed && !incoming.has(trans) && trans.mode !== 'versionchange';
      if (!noting) return table.mutate(req);
      // Dexie's promise keeps the transaction's zone across the wait (a native await would lose it).
      return Dexie.Promise.resolve(keysOf(table, req)).then((keys) => {
        const entries: TeamOutboxEntry[] = [];
        for (const key of keys) {
          const id = docIdFor(tableName, key);
          if (id !== null) entries.push({ id, table: tableName, key, seq: nextSeq() });
        }
        if (entries.length > 0 && control.readOnly && shared.layer === 'team') throw new ReadOnlyTeamError();
        const noted = entries.length > 0 ? down.table(OUTBOX_TABLE).mutate({ type: 'put', trans: req.trans, values: entries }) : undefined;
        return Promise.all([table.mutate(req), noted]).then(([result]) => result);
      });
    },
  };
}

/** The middleware; `control` can be changed at any time (Team turned on or off, role known). */
export function teamOutboxMiddleware(control: OutboxControl): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'team-outbox',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          // Every read-write transaction over a shared table may note changes: it covers the outbox too.
          const widened = control.armed && mode === 'readwrite' && !stores.includes(OUTBOX_TABLE) && stores.some((store) => sharedTable(store) !== undefined);
          return down.transaction(widened ? [...stores, OUTBOX_TABLE] : stores, mode, options);
        },
        table(name) {
          return { ...down.table(name), ...outboxTable(down, name, control) } as DBCoreTable;
        },
      };
    },
  };
}

const installed = new WeakMap<CreatorDeskDb, OutboxControl>();

/** The control of the outbox installed on `db`, if any. */
export function outboxControlOf(db: CreatorDeskDb): OutboxControl | undefined {
  return installed.get(db);
}

/** Installs the outbox on `db` once (armed), and returns its control. */
export function installTeamOutbox(db: CreatorDeskDb): OutboxControl {
  let control = installed.get(db);
  if (!control) {
    control = { armed: true, readOnly: false };
    db.use(teamOutboxMiddleware(control));
    installed.set(db, control);
  }
  return control;
}
