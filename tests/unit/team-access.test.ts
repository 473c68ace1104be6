import { decideAccess, isDocumentWrite, refusedBulkDocs } from '../support/team-access';

const users = new Map([
  ['ana', { password: 'a', roles: ['acme', 'editor'] }],
  ['lee', { password: 'l', roles: ['acme'] }],
]);
const basic = (name: string, password: string) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
const request = (method: string, url: string, name?: string, password = name === 'ana' ? 'a' : 'l') => ({
  method,
  url,
  headers: name ? { authorization: basic(name, password) } : {},
});

describe('the test server’s CouchDB access rules', () => {
  it('answers _session with the user’s roles and refuses a wrong password', () => {
    expect(decideAccess(request('GET', '/_session', 'lee'), users)).toEqual({ kind: 'answer', status: 200, body: expect.objectContaining({ userCtx: { name: 'lee', roles: ['acme'] } }) });
    expect(decideAccess(request('GET', '/_session', 'lee', 'wrong'), users)).toMatchObject({ kind: 'answer', status: 401 });
    expect(decideAccess(request('GET', '/_session'), users)).toEqual({ kind: 'forward' });
  });

  it('refuses a read-only member’s document writes, as validate_doc_update does, and lets its reads and checkpoints through', () => {
    expect(decideAccess(request('PUT', '/db/program%3Aid%3A1', 'lee'), users)).toEqual({ kind: 'answer', status: 403, body: { error: 'forbidden', reason: 'read-only member' } });
    expect(decideAccess(request('DELETE', '/db/program%3Aid%3A1?rev=1-a', 'lee'), users)).toMatchObject({ status: 403 });
    expect(decideAccess(request('POST', '/db/_bulk_docs', 'lee'), users)).toEqual({ kind: 'refuse-bulk' });
    expect(decideAccess(request('PUT', '/db/_local/checkpoint', 'lee'), users)).toEqual({ kind: 'forward' });
    expect(decideAccess(request('POST', '/db/_revs_diff', 'lee'), users)).toEqual({ kind: 'forward' });
    expect(decideAccess(request('POST', '/db/_bulk_get?revs=true', 'lee'), users)).toEqual({ kind: 'forward' });
    expect(decideAccess(request('GET', '/db/_changes?since=0', 'lee'), users)).toEqual({ kind: 'forward' });
    expect(decideAccess(request('PUT', '/db/program%3Aid%3A1', 'ana'), users)).toEqual({ kind: 'forward' });
    expect(decideAccess(request('POST', '/db/_bulk_docs', 'ana'), users)).toEqual({ kind: 'forward' });
    expect(isDocumentWrite('POST', '/db')).toBe(true);
  });

  it('answers a refused _bulk_docs per document, as CouchDB does', () => {
    expect(refusedBulkDocs('{"docs":[{"_id":"a"},{"_id":"b"}],"new_edits":false}')).toEqual([
      { id: 'a', error: 'forbidden', reason: 'read-only member' },
      { id: 'b', error: 'forbidden', reason: 'read-only member' },
    ]);
    expect(refusedBulkDocs('not json')).toEqual([]);
  });
});
