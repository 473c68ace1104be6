/** The replication client: PouchDB's browser build (IndexedDB locally, HTTP to the team's CouchDB). */
import PouchDB from 'pouchdb-browser';

export { PouchDB };
