/**
 * CouchDB's access rules for the team tests' proxy. `pouchdb-server` runs in "admin party" mode
 * (everyone may write), so the proxy in front of it plays the part of CouchDB's authentication and
 * of the `validate_doc_update` function docs/team-sync.md sets up: known users and their roles,
 * `GET /_session` answered with them, and a member without `editor` (or `_admin`) refused every
 * document write the way CouchDB refuses it (`403 forbidden`; per document inside `_bulk_docs`).
 * `_local` documents (replication checkpoints) are not validated by CouchDB, so they stay writable.
 */
import type http from 'node:http';

export interface TeamUser {
  password: string;
  roles: string[];
}

export type AccessDecision =
  /** Forward upstream (the Authorization header of a known user removed: upstream is admin party). */
  | { kind: 'forward' }
  /** Answer here, without asking upstream. */
  | { kind: 'answer'; status: number; body: unknown }
  /** `_bulk_docs` from a read-only member: every document answered `forbidden`. */
  | { kind: 'refuse-bulk' };

const WRITER_ROLES = ['_admin', 'editor'];
const WRITE_METHODS = new Set(['PUT', 'POST', 'DELETE', 'COPY']);
/** POST endpoints of a database that only read (replication asks with POST). */
const READING_POSTS = new Set(['_revs_diff', '_bulk_get', '_all_docs', '_changes', '_find', '_explain', '_ensure_full_commit']);

export const FORBIDDEN = { error: 'forbidden', reason: 'read-only member' };

function credentials(header: string | undefined): { name: string; password: string } | null {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Is this request a document write CouchDB would validate (not a read by POST, not a `_local` checkpoint)? */
export function isDocumentWrite(method: string, url: string): boolean {
  if (!WRITE_METHODS.has(method)) return false;
  const parts = new URL(url, 'http://x').pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || parts[0] === '_session') return false;
  if (parts[1] === '_local') return false;
  if (method === 'POST' && parts.length === 2 && READING_POSTS.has(parts[1]!)) return false;
  return true;
}

/** What the proxy does with a request, given the team's users. */
export function decideAccess(request: Pick<http.IncomingMessage, 'method' | 'url' | 'headers'>, users: ReadonlyMap<string, TeamUser>): AccessDecision {
  const given = credentials(request.headers.authorization);
  if (!given) return { kind: 'forward' };
  const user = users.get(given.name);
  if (!user || user.password !== given.password) return { kind: 'answer', status: 401, body: { error: 'unauthorized', reason: 'Name or password is incorrect.' } };
  const method = request.method ?? 'GET';
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  if (path === '/_session' && method === 'GET') {
    return { kind: 'answer', status: 200, body: { ok: true, userCtx: { name: given.name, roles: user.roles }, info: { authenticated: 'default' } } };
  }
  if (path === `/_users/org.couchdb.user:${encodeURIComponent(given.name)}` && method === 'GET') {
    return { kind: 'answer', status: 200, body: { _id: `org.couchdb.user:${given.name}`, name: given.name, roles: user.roles, type: 'user' } };
  }
  const writer = user.roles.some((role) => WRITER_ROLES.includes(role));
  if (writer || !isDocumentWrite(method, request.url ?? '/')) return { kind: 'forward' };
  if (method === 'POST' && /\/_bulk_docs$/.test(path)) return { kind: 'refuse-bulk' };
  return { kind: 'answer', status: 403, body: FORBIDDEN };
}

/** CouchDB's answer to `_bulk_docs` when validation refuses every document: 201, one error per document. */
export function refusedBulkDocs(body: string): unknown[] {
  let docs: unknown[] = [];
  try {
    const parsed = JSON.parse(body) as { docs?: unknown };
    if (Array.isArray(parsed.docs)) docs = parsed.docs;
  } catch {
    // not JSON: no documents to answer for
  }
  return docs.map((doc) => ({ id: (doc as { _id?: unknown })?._id ?? null, ...FORBIDDEN }));
}
