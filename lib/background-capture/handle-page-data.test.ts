import type { ContentMessage } from '../messages/content-messages';
import { PAGE_DATA_ENDPOINTS as API } from '../page-data/endpoints';
import { fixture } from '../page-data/testing';
import { MAX_HANDED_BODY } from '../page-reader/protocol';
import { handlerTestContext } from './test-context';
import { handleContentMessage, URL_MISMATCH } from './handle-capture';

// Page data is decoded in the background (the content script forwards the page's answer text): these
// tests send what the content script sends and check what is stored, logged and answered.
const FIND_URL = 'https://affiliate.tiktok.com/connection/creator?shop_region=TH';
const MANAGE_URL = 'https://affiliate.tiktok.com/connection/creator-management?shop_region=TH';
const sender = { tabId: 3, url: FIND_URL };

const ctx = handlerTestContext();
const { db, deps } = ctx;

function answer(path: string, body: unknown, extra: Partial<Extract<ContentMessage, { type: 'page-data-body' }>> = {}): ContentMessage {
  return { type: 'page-data-body', url: FIND_URL, path, language: 'th-TH', body: typeof body === 'string' ? body : JSON.stringify(body), ...extra };
}

const logEntries = () => db().captureLog.toArray();

describe('page-data answers decoded in the background', () => {
  it('stores the rows of an answer exactly, logs a report and the capture, and marks the page as using page data', async () => {
    expect(await handleContentMessage(answer(API['find-creators'], fixture('find-creators')), sender, deps())).toEqual({ ok: true });
    const creators = await db().creators.toArray();
    expect(creators.map((creator) => creator.key).sort()).toEqual(['id:7491200000000000555', 'id:7493987765443210001', 'id:7494021386610329876']);
    expect(creators.find((creator) => creator.key === 'id:7494021386610329876')!.metrics.followers).toMatchObject({ kind: 'exact', value: 128734 });
    expect(await logEntries()).toEqual([
      expect.objectContaining({ status: 'stored', adapter: 'page-data:find-creators', entity: 'creators', rowsRead: 4, created: 3, rejected: 1, language: 'th-TH', pageKind: 'find-creators', region: 'TH' }),
    ]);
    expect(await ctx.tabStatus.get(3)).toMatchObject({ pageDataUsed: true, language: 'th-TH', lastResult: 'stored', rowsCaptured: 3 });
  });

  it('uses the request the page sent and the ids in the page URL', async () => {
    const request = JSON.stringify({ tab: 10, cur_page: 1 });
    const response = await handleContentMessage(answer(API['sample-requests'], fixture('sample-requests'), { request }), sender, deps());
    expect(response).toEqual({ ok: true });
    expect(await logEntries()).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'stored', adapter: 'page-data:sample-requests' })]));
    // A request body that is not JSON is ignored, not an error.
    expect(await handleContentMessage(answer(API['sample-requests'], fixture('sample-requests'), { request: '{tab' }), sender, deps())).toEqual({ ok: true });
  });

  it('a row that fails validation is refused alone; long text is shortened where the answer is read, and counted', async () => {
    const body = fixture('manage-creators') as { data: { creators: { base: Record<string, unknown> }[] } };
    const creators = body.data.creators;
    const stored = creators.length;
    // An id too long for an id: refused alone by the row check (ids are never cut).
    creators.push({ base: { ...creators[0]!.base, oec_id: `9${'1'.repeat(200)}`, handle_name: 'too_long_id' } });
    const response = await handleContentMessage(answer(API['manage-creators'], body, { url: MANAGE_URL }), { ...sender, url: MANAGE_URL }, deps());
    expect(response).toEqual({ ok: true });
    expect(await db().creators.count()).toBe(stored);
    const [log] = await logEntries();
    expect(log).toMatchObject({ status: 'stored', adapter: 'page-data:manage-creators', rowsRead: stored + 1, rejected: 1 });
  });

  it('error answers, unknown shapes and broken JSON are logged by path and key shape only, storing nothing', async () => {
    const path = API['find-creators'];
    for (const body of ['{"code":100000,"message":"Please remove the plugin"}', '{"code":0,"weird":{"secret_value":"Mali","7494021386610329876":1}}', '{"code":0,"data":[', '<html>']) {
      expect(await handleContentMessage(answer(path, body), sender, deps())).toEqual({ ok: true });
    }
    expect(await db().creators.count()).toBe(0);
    const log = await logEntries();
    expect(log.map((entry) => [entry.status, entry.apiPath, entry.message, entry.keyShape])).toEqual([
      ['unrecognized', path, 'The page received an error answer: nothing to read. (code 100000)', undefined],
      ['unrecognized', path, 'An answer of an unknown shape: nothing was read from it.', '{code:number,weird:{secret_value:string,#:number}}'],
      ['unrecognized', path, 'An answer that was not valid JSON: skipped.', undefined],
      ['unrecognized', path, 'An answer that was not valid JSON: skipped.', undefined],
    ]);
    expect(JSON.stringify(log)).not.toContain('Mali');
  });

  it('a verification challenge in an answer tells the content script to stop, and shows on the page status', async () => {
    expect(await handleContentMessage(answer(API['find-creators'], '{"code":30004009,"message":"verify"}'), sender, deps())).toEqual({ ok: true, stop: true });
    expect(await db().creators.count()).toBe(0);
    expect(await ctx.tabStatus.get(3)).toMatchObject({ pageDataStopped: true });
  });

  it('paths not listed and pages Creator Desk does not read are ignored', async () => {
    expect(await handleContentMessage(answer('/api/v1/user/info', fixture('find-creators')), sender, deps())).toEqual({ ok: true });
    const other = 'https://affiliate.tiktok.com/account/settings';
    expect(await handleContentMessage(answer(API['find-creators'], fixture('find-creators'), { url: other }), { ...sender, url: other }, deps())).toEqual({ ok: true });
    expect(await db().creators.count()).toBe(0);
    expect(await logEntries()).toEqual([]);
  });

  it('refuses answers over the bound, bad languages and another page than the sender’s, storing nothing', async () => {
    const huge = answer(API['find-creators'], ' '.repeat(MAX_HANDED_BODY + 1));
    expect(await handleContentMessage(huge, sender, deps())).toEqual({ ok: false, error: expect.stringMatching(/^Invalid message.*body/) });
    const badLanguage = answer(API['find-creators'], fixture('find-creators'), { language: '<script>' });
    expect((await handleContentMessage(badLanguage, sender, deps())).ok).toBe(false);
    const elsewhere = answer(API['find-creators'], fixture('find-creators'), { url: MANAGE_URL });
    expect(await handleContentMessage(elsewhere, sender, deps())).toEqual({ ok: false, error: URL_MISMATCH });
    expect(await db().creators.count()).toBe(0);
  });

  it('the same answer sent again (a retry) stores nothing twice', async () => {
    const message = answer(API['find-creators'], fixture('find-creators'));
    await handleContentMessage(message, sender, deps());
    ctx.clock += 1_000;
    expect(await handleContentMessage(message, sender, deps())).toEqual({ ok: true });
    expect(await db().creators.count()).toBe(3);
    expect((await logEntries()).at(-1)).toMatchObject({ status: 'stored', created: 0, updated: 0, unchanged: 3 });
  });
});
