/** The replication client: PouchDB's browser build (IndexedDB locally, HTTP to the team's CouchDB). */
import PouchDB from 'pouchdb-browser';

export type { PouchConstructor, PouchDatabase, PouchDoc, Replication } from 'pouchdb-browser';
export { PouchDB };
