import { exact, localTime, quotaError } from '../db/test-helpers';
import type { CaptureMessage, ContentMessage } from '../messages/content-messages';
import type { ContentRow, CreatorRow } from '../model/entities';
import { handlerTestContext } from './test-context';
import { handleContentMessage, NOT_SELLER_CENTER, NO_SENDER_TAB, saveFailureMessage, URL_MISMATCH } from './handle-capture';

const FIND_URL = 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US&msToken=abc';
const VIDEO_URL = 'https://affiliate-us.tiktok.com/insights/video-analysis?shop_region=US';
const sender = { tabId: 7, url: FIND_URL };
const videoSender = { tabId: 7, url: VIDEO_URL };

const ctx = handlerTestContext();
const { db, deps } = ctx;
afterEach(() => {
  vi.restoreAllMocks();
});

function creatorsCapture(rows: CreatorRow[], url = FIND_URL, extra: Partial<{ rowsRead: number; rejected: { reason: string; count: number }[] }> = {}): CaptureMessage {
  return {
    type: 'capture',
    url,
    kind: url.includes('creator-management') ? 'manage-creators' : 'find-creators',
    region: 'US',
    result: { status: 'recognized', adapter: 'find-creators', entity: 'creators', rowsRead: extra.rowsRead ?? rows.length, rejected: extra.rejected ?? [], rows },
  };
}

function contentCapture(rows: ContentRow[]): CaptureMessage {
  return {
    type: 'capture',
    url: VIDEO_URL,
    kind: 'video-analysis',
    region: 'US',
    result: { status: 'recognized', adapter: 'video-analysis', entity: 'content', rowsRead: rows.length, rejected: [], rows },
  };
}

const rows = (count: number, from = 0): CreatorRow[] =>
  Array.from({ length: count }, (_, i) => ({ creatorId: String(from + i), handle: `creator${from + i}`, metrics: { followers: exact(1000 + i) } }));

async function tableCounts() {
  return { creators: await db().creators.count(), content: await db().content.count(), snapshots: await db().snapshots.count(), log: await db().captureLog.count() };
}

describe('who may send', () => {
  it('ignores senders that are not Seller Center tabs, writing nothing', async () => {
    for (const url of [undefined, 'https://evil.example/connection/creator', 'http://affiliate-us.tiktok.com/x', 'chrome-extension://abc/sidepanel.html']) {
      expect(await handleContentMessage(creatorsCapture(rows(2)), { tabId: 1, url }, deps())).toEqual({ ok: false, error: NOT_SELLER_CENTER });
    }
    expect(await handleContentMessage(creatorsCapture(rows(2)), { url: FIND_URL }, deps())).toEqual({ ok: false, error: NO_SENDER_TAB });
    expect(await tableCounts()).toEqual({ creators: 0, content: 0, snapshots: 0, log: 0 });
    expect(ctx.tabStatus.last()).toBeUndefined();
  });

  it("refuses a message naming another page than the sender's, writing nothing", async () => {
    const elsewhere = 'https://affiliate-us.tiktok.com/connection/creator-management?shop_region=US';
    expect(await handleContentMessage(creatorsCapture(rows(2), elsewhere), sender, deps())).toEqual({ ok: false, error: URL_MISMATCH });
    expect(await handleContentMessage(creatorsCapture(rows(2)), { tabId: 7, url: 'https://affiliate.tiktok.com/connection/creator' }, deps())).toEqual({ ok: false, error: URL_MISMATCH });
    expect(await handleContentMessage({ type: 'page-seen', url: elsewhere, kind: 'manage-creators', region: 'US' }, sender, deps())).toEqual({ ok: false, error: URL_MISMATCH });
    expect(await tableCounts()).toEqual({ creators: 0, content: 0, snapshots: 0, log: 0 });
    expect(ctx.tabStatus.last()).toBeUndefined();
    // Paging, filters and tabs within the same page change only the query: accepted.
    expect(await handleContentMessage(creatorsCapture(rows(2), `${FIND_URL}&page=3`), sender, deps())).toEqual({ ok: true });
  });

  it('rejects invalid messages with a reason, storing no rows; a refused capture shows on the page status', async () => {
    for (const message of [undefined, 'capture', { type: 'page-seen' }]) {
      const response = await handleContentMessage(message, sender, deps());
      expect(response.ok).toBe(false);
      expect(response.error).toMatch(/^Invalid message/);
    }
    expect(await tableCounts()).toEqual({ creators: 0, content: 0, snapshots: 0, log: 0 });
    expect(ctx.tabStatus.last()).toBeUndefined();

    const oversize = creatorsCapture(rows(2001));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await handleContentMessage(oversize, sender, deps());
      expect(response).toEqual({ ok: false, error: expect.stringMatching(/^Invalid message.*rows/) });
    }
    // Logged once however often the content script retries; the seller sees it on the page status.
    expect(await tableCounts()).toEqual({ creators: 0, content: 0, snapshots: 0, log: 1 });
    expect((await db().captureLog.toArray())[0]).toMatchObject({ status: 'failed', message: expect.stringMatching(/^Rows of this page were refused: Invalid message/) });
    expect(ctx.tabStatus.last()).toMatchObject({ tabId: 7, lastResult: 'failed', error: expect.stringMatching(/refused/) });
  });

  it('stores the valid rows of a batch and refuses the others alone, with their reason', async () => {
    // Issue #15: 499 valid rows plus one 600-character name stored 0 of 500.
    const batch: CreatorRow[] = [...rows(499), { handle: 'long.name', displayName: 'x'.repeat(600), metrics: {} }];
    expect(await handleContentMessage(creatorsCapture(batch), sender, deps())).toEqual({ ok: true });
    expect(await db().creators.count()).toBe(499);
    const [log] = await db().captureLog.toArray();
    expect(log).toMatchObject({ status: 'stored', rowsRead: 500, created: 499, rejected: 1, reasons: [{ reason: expect.stringMatching(/displayName/), count: 1 }] });
  });

  it('logs the fields the content script shortened', async () => {
    const message = creatorsCapture(rows(2));
    if (message.result.status !== 'recognized') throw new Error('shape');
    message.result.shortened = 3;
    await handleContentMessage(message, sender, deps());
    expect((await db().captureLog.toArray())[0]).toMatchObject({ status: 'stored', created: 2, shortened: 3 });
  });
});

describe('page-seen', () => {
  it('marks the tab as waiting on a recognised page, or not recognised on another page', async () => {
    await handleContentMessage({ type: 'page-seen', url: FIND_URL, kind: 'find-creators', region: 'US' } satisfies ContentMessage, sender, deps());
    expect(await ctx.tabStatus.get(7)).toEqual({
      tabId: 7,
      url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
      kind: 'find-creators',
      region: 'US',
      recognized: true,
      rowsCaptured: 0,
      lastResult: 'waiting',
    });
    const account = 'https://affiliate-us.tiktok.com/account';
    await handleContentMessage({ type: 'page-seen', url: account, kind: 'other', region: null }, { ...sender, url: account }, deps());
    expect(await ctx.tabStatus.get(7)).toMatchObject({ recognized: false, lastResult: 'waiting', kind: 'other' });
    expect(await db().captureLog.count()).toBe(0);
  });
});

describe('recognized captures', () => {
  it('stores rows, logs the capture and counts rows for this page visit', async () => {
    expect(await handleContentMessage(creatorsCapture(rows(20), FIND_URL, { rowsRead: 21, rejected: [{ reason: 'no handle', count: 1 }] }), sender, deps())).toEqual({ ok: true });
    ctx.clock += 1000;
    await handleContentMessage(creatorsCapture(rows(12, 20)), { ...sender, url: `${FIND_URL}&page=2` }, deps());

    expect(await db().creators.count()).toBe(32);
    expect(await ctx.tabStatus.get(7)).toMatchObject({ recognized: true, lastResult: 'stored', rowsCaptured: 32, lastCaptureAt: ctx.clock });
    const log = await db().captureLog.toArray();
    expect(log[0]).toEqual({
      id: log[0]?.id,
      at: ctx.clock - 1000,
      url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
      pageKind: 'find-creators',
      region: 'US',
      status: 'stored',
      entity: 'creators',
      adapter: 'find-creators',
      rowsRead: 21,
      created: 20,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      reasons: [{ reason: 'no handle', count: 1 }],
    });
    expect(log).toHaveLength(2);

    // Another page: the count starts again.
    const manageUrl = 'https://affiliate-us.tiktok.com/connection/creator-management?shop_region=US';
    await handleContentMessage(creatorsCapture(rows(3), manageUrl), { ...sender, url: manageUrl }, deps());
    expect(await ctx.tabStatus.get(7)).toMatchObject({ kind: 'manage-creators', rowsCaptured: 3, lastResult: 'stored' });
    // Seen on a new page: the creators gain a source, so they count as updated.
    expect(await db().captureLog.orderBy('id').last()).toMatchObject({ created: 0, updated: 3, unchanged: 0 });
  });

  it('counts rows correctly when scroll batches arrive at the same time', async () => {
    await Promise.all([0, 1, 2, 3].map((batch) => handleContentMessage(creatorsCapture(rows(15, batch * 15)), sender, deps())));
    expect(await ctx.tabStatus.get(7)).toMatchObject({ rowsCaptured: 60 });
  });

  it('stores content rows and links creators', async () => {
    const response = await handleContentMessage(contentCapture([{ contentId: '1', type: 'video', creatorHandle: 'glow', metrics: { views: exact(10) } }]), videoSender, deps());
    expect(response).toEqual({ ok: true });
    expect(await db().content.get('video:1')).toMatchObject({ creatorKey: 'h:glow' });
    expect(await db().captureLog.orderBy('id').last()).toMatchObject({ entity: 'content', pageKind: 'video-analysis', created: 1 });
  });

  it('stores hostile strings as text', async () => {
    const hostile = { handle: '<img src=x onerror=alert(1)>', displayName: '<script>alert("x")</script>', categories: ['"; DROP TABLE creators; --'], metrics: {} };
    await handleContentMessage(creatorsCapture([hostile]), sender, deps());
    expect(await db().creators.get('h:<img src=x onerror=alert(1)>')).toMatchObject({
      handleDisplay: hostile.handle,
      displayName: hostile.displayName,
      categories: hostile.categories,
    });
  });
});

describe('unrecognized tables', () => {
  const unrecognized = (headers: string[]): ContentMessage => ({
    type: 'capture',
    url: FIND_URL,
    kind: 'find-creators',
    region: 'US',
    result: { status: 'unrecognized', headers },
  });

  it('logs the headers once per page visit and shows them in the tab status', async () => {
    await handleContentMessage(unrecognized(['Name', 'Money']), sender, deps());
    await handleContentMessage(unrecognized(['Name', 'Money']), sender, deps());
    expect(await ctx.tabStatus.get(7)).toMatchObject({ recognized: false, lastResult: 'unrecognized', headers: ['Name', 'Money'] });
    const log = await db().captureLog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: 'unrecognized', headers: ['Name', 'Money'], rowsRead: 0 });
    expect(await db().creators.count()).toBe(0);
  });
});

describe('a write that fails', () => {
  it('storage full: stored data intact, failure logged, clear message in the tab status', async () => {
    await handleContentMessage(creatorsCapture(rows(5)), sender, deps());
    const creatorsBefore = await db().creators.toArray();
    const snapshotsBefore = await db().snapshots.toArray();

    ctx.clock = localTime(2026, 3, 6, 10);
    vi.spyOn(db().snapshots, 'bulkPut').mockRejectedValueOnce(quotaError());
    const changed = rows(20).map((row) => ({ ...row, displayName: 'Changed', metrics: { followers: exact(1) } }));
    const response = await handleContentMessage(creatorsCapture(changed), sender, deps());

    const message = "Could not save 20 creators: your browser's storage is full. Nothing stored was lost.";
    expect(response).toEqual({ ok: false, error: message });
    expect(await db().creators.toArray()).toEqual(creatorsBefore);
    expect(await db().snapshots.toArray()).toEqual(snapshotsBefore);
    expect(await ctx.tabStatus.get(7)).toMatchObject({ lastResult: 'failed', error: message, rowsCaptured: 5 });
    const failed = await db().captureLog.orderBy('id').last();
    expect(failed).toMatchObject({ status: 'failed', rowsRead: 20, created: 0 });
    expect(failed?.message).toContain('QuotaExceededError');

    // The next successful capture clears the error.
    await handleContentMessage(creatorsCapture(rows(1)), sender, deps());
    expect(await ctx.tabStatus.get(7)).toMatchObject({ lastResult: 'stored', rowsCaptured: 6 });
    expect(await ctx.tabStatus.get(7)).not.toHaveProperty('error');
  });

  it('still reports the failure when even the log cannot be written', async () => {
    vi.spyOn(db().creators, 'bulkPut').mockRejectedValue(quotaError());
    vi.spyOn(db().captureLog, 'add').mockRejectedValue(quotaError());
    const response = await handleContentMessage(creatorsCapture(rows(1)), sender, deps());
    expect(response.error).toBe("Could not save 1 creator: your browser's storage is full. Nothing stored was lost.");
    expect(await ctx.tabStatus.get(7)).toMatchObject({ lastResult: 'failed' });
    expect(await tableCounts()).toEqual({ creators: 0, content: 0, snapshots: 0, log: 0 });
  });

  it('explains other failures in plain words', async () => {
    vi.spyOn(db().content, 'bulkPut').mockRejectedValue(new Error('boom'));
    const response = await handleContentMessage(contentCapture([{ contentId: '1', type: 'live', metrics: {} }, { contentId: '2', type: 'video', metrics: {} }]), videoSender, deps());
    expect(response.error).toBe(saveFailureMessage(new Error('boom'), 2, 'content'));
    expect(response.error).toMatch(/^Could not save 2 videos and LIVEs: .*Nothing stored was lost/);
    expect(await db().content.count()).toBe(0);
  });
});
