/**
 * The part of PouchDB's API this project uses, typed here: `@types/pouchdb-*` pull in Node's types
 * through `@types/debug` and change what `Buffer` means for the whole project's typecheck.
 */
declare module 'pouchdb-browser' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [field: string]: unknown;
  }
  export interface PouchWriteResult {
    id: string;
    rev?: string;
    ok?: boolean;
    error?: string | boolean;
    status?: number;
  }
  export interface PouchAllDocsRow {
    id?: string;
    key?: string;
    value?: { rev: string; deleted?: boolean };
    doc?: PouchDoc | null;
    error?: string;
  }
  export interface PouchChange {
    id: string;
    seq: number | string;
    deleted?: boolean;
    doc?: PouchDoc;
  }
  export interface ReplicationResult {
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
  }
  export interface Replication extends Promise<ReplicationResult> {
    on(event: string, listener: (info: unknown) => void): Replication;
    cancel(): void;
  }
  export interface ReplicationOptions {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    batches_limit?: number;
    checkpoint?: 'source' | 'target' | false;
    /** `sync` only: options of one direction. */
    push?: ReplicationOptions;
    pull?: ReplicationOptions;
  }
  export interface PouchDatabase {
    readonly name: string;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    get(id: string, options?: { rev?: string; open_revs?: string[] | 'all'; conflicts?: boolean }): Promise<PouchDoc & { ok?: PouchDoc }[] & PouchDoc>;
    put(doc: { _id: string; _rev?: string }): Promise<PouchWriteResult>;
    bulkDocs<T extends { _id: string }>(docs: readonly T[], options?: { new_edits?: boolean }): Promise<PouchWriteResult[]>;
    allDocs(options: { keys?: string[]; include_docs?: boolean; startkey?: string; endkey?: string; limit?: number }): Promise<{ rows: PouchAllDocsRow[]; total_rows: number }>;
    changes(options: { since?: number | string; limit?: number; include_docs?: boolean; conflicts?: boolean }): Promise<{ results: PouchChange[]; last_seq: number | string }>;
    replicate: {
      to(target: PouchDatabase | string, options?: ReplicationOptions): Replication;
      from(source: PouchDatabase | string, options?: ReplicationOptions): Replication;
    };
    sync(other: PouchDatabase | string, options?: ReplicationOptions): Replication;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  export interface PouchConstructor {
    new (name: string, options?: Record<string, unknown>): PouchDatabase;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
