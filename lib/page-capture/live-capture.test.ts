import { startLiveCapture, type LiveCapture, type OutgoingMessage } from './live-capture';
import type { PageScan } from './scan-page';

/** A page with a plain list of rows; each row's text is a handle, an empty row is rejected. */
function setUp(options: { headers?: string[]; answer?: (message: OutgoingMessage) => unknown } = {}) {
  document.body.replaceChildren();
  const list = document.createElement('ul');
  document.body.append(list);
  let url = 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US';
  const sent: OutgoingMessage[] = [];
  const scan = (): PageScan =>
    options.headers
      ? { status: 'unrecognized', headers: options.headers }
      : {
          status: 'recognized',
          tables: [
            {
              adapter: 'find-creators',
              entity: 'creators',
              rowElements: [...list.children],
              readRow: (element) => {
                if (!element.textContent) return { rejected: 'no creator handle or id' };
                // Like the sample and collaboration adapters: the active tab gives the status.
                const tab = document.querySelector('.arco-tabs-header-title-active')?.textContent;
                return { row: tab ? { handle: element.textContent, status: tab } : { handle: element.textContent }, shortened: 0 };
              },
            },
          ],
        };
  const capture: LiveCapture = startLiveCapture({
    document,
    currentUrl: () => url,
    detect: (address) => ({ kind: new URL(address).pathname === '/connection/creator' ? 'find-creators' : 'other', region: 'US' }),
    scan,
    send: async (message) => {
      sent.push(message);
      return options.answer ? options.answer(message) : { ok: true };
    },
    debounceMs: 5,
    maxWaitMs: 20,
    retry: { retryDelaysMs: [1, 1], pauseAfterFailureMs: 30 },
  });
  const add = (...handles: string[]) => {
    for (const handle of handles) {
      const item = document.createElement('li');
      item.textContent = handle;
      list.append(item);
    }
  };
  const captures = () => sent.filter((message) => message.type === 'capture');
  const rowsSent = () =>
    captures().flatMap((message) => (message.type === 'capture' && message.result.status === 'recognized' ? message.result.rows : []));
  return { capture, sent, add, list, captures, rowsSent, go: (next: string) => (url = next) };
}

afterEach(() => document.body.replaceChildren());

describe('live capture', () => {
  it('sends the rows on the page once, and only new rows after that', async () => {
    const page = setUp();
    page.add('maya', 'jay', '');
    await page.capture.scanNow();
    expect(page.sent[0]).toMatchObject({ type: 'page-seen', kind: 'find-creators', region: 'US' });
    expect(page.captures()).toHaveLength(1);
    expect(page.captures()[0]).toMatchObject({
      result: { status: 'recognized', rowsRead: 3, rejected: [{ reason: 'no creator handle or id', count: 1 }] },
    });

    await page.capture.scanNow();
    expect(page.captures()).toHaveLength(1);

    page.add('tom', 'lena');
    await page.capture.scanNow();
    expect(page.rowsSent()).toEqual([{ handle: 'maya' }, { handle: 'jay' }, { handle: 'tom' }, { handle: 'lena' }]);
    page.capture.stop();
  });

  it('sends a row again when its content changes in place', async () => {
    const page = setUp();
    page.add('maya');
    await page.capture.scanNow();
    page.list.firstElementChild!.textContent = 'maya.new';
    await page.capture.scanNow();
    expect(page.rowsSent()).toEqual([{ handle: 'maya' }, { handle: 'maya.new' }]);
    page.capture.stop();
  });

  it('captures by itself when rows arrive (debounced)', async () => {
    const page = setUp();
    page.add('maya');
    await vi.waitFor(() => expect(page.rowsSent()).toHaveLength(1));
    page.add('jay');
    page.add('tom');
    await vi.waitFor(() => expect(page.rowsSent()).toHaveLength(3));
    page.capture.stop();
  });

  it('starts afresh on a route change', async () => {
    const page = setUp();
    page.add('maya');
    await page.capture.scanNow();
    page.go('https://affiliate-us.tiktok.com/connection/creator?shop_region=US&page=2');
    await page.capture.scanNow();
    expect(page.sent.filter((message) => message.type === 'page-seen')).toHaveLength(2);
    expect(page.rowsSent()).toEqual([{ handle: 'maya' }, { handle: 'maya' }]);
    page.capture.stop();
  });

  it('reads nothing on pages it does not know', async () => {
    const page = setUp();
    page.go('https://affiliate-us.tiktok.com/connection/creator/rankings');
    page.add('maya');
    await page.capture.scanNow();
    expect(page.sent).toEqual([{ type: 'page-seen', url: 'https://affiliate-us.tiktok.com/connection/creator/rankings', kind: 'other', region: 'US' }]);
    page.capture.stop();
  });

  it('reports an unrecognized table once, with its headers', async () => {
    const page = setUp({ headers: ['Nickname', 'Level'] });
    await page.capture.scanNow();
    await page.capture.scanNow();
    expect(page.captures()).toEqual([
      expect.objectContaining({ result: { status: 'unrecognized', headers: ['Nickname', 'Level'] } }),
    ]);
    page.capture.stop();
  });

  it('splits a large table into messages of at most 500 rows', async () => {
    const page = setUp();
    page.add(...Array.from({ length: 1_201 }, (_, i) => `creator${i}`));
    await page.capture.scanNow();
    const sizes = page.captures().map((message) => (message.type === 'capture' && message.result.status === 'recognized' ? message.result.rows.length : 0));
    expect(sizes).toEqual([500, 500, 201]);
    page.capture.stop();
  });

  it('reads rows again when the active tab changes, since rows take their status from it', async () => {
    const page = setUp();
    const tab = document.createElement('span');
    tab.className = 'arco-tabs-header-title-active';
    tab.textContent = 'Ready to ship';
    document.body.prepend(tab);
    page.add('maya');
    await page.capture.scanNow();
    tab.textContent = 'Shipped';
    await page.capture.scanNow();
    expect(page.rowsSent()).toHaveLength(2);
    page.capture.stop();
  });

  it('counts rows as sent only once the background confirmed them: a refused message is sent again', async () => {
    let refusals = 3; // the first try and both retries are refused; the next scan goes through
    const page = setUp({
      answer: (message) => (message.type === 'capture' && refusals-- > 0 ? { ok: false, error: 'database busy' } : { ok: true }),
    });
    page.add('maya', 'jay');
    await page.capture.scanNow();
    expect(page.captures()).toHaveLength(3);
    // Not confirmed: still unsent, so the same rows go again (here on the retry scan after the pause).
    await vi.waitFor(() => expect(page.captures()).toHaveLength(4), { timeout: 2000 });
    const last = page.captures().at(-1)!;
    expect(last.type === 'capture' && last.result.status === 'recognized' ? last.result.rows : []).toEqual([{ handle: 'maya' }, { handle: 'jay' }]);
    // Confirmed now: never sent again.
    page.add('tom');
    await vi.waitFor(() => expect(page.rowsSent().filter((row) => (row as { handle: string }).handle === 'tom')).toHaveLength(1));
    await page.capture.scanNow();
    expect(page.rowsSent().filter((row) => (row as { handle: string }).handle === 'maya')).toHaveLength(4);
    page.capture.stop();
  });

  it('retries a send that failed in transit (the background restarting)', async () => {
    let failures = 1;
    const page = setUp({
      answer: (message) => {
        if (message.type === 'capture' && failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true };
      },
    });
    page.add('maya');
    await page.capture.scanNow();
    expect(page.rowsSent()).toEqual([{ handle: 'maya' }, { handle: 'maya' }]);
    await page.capture.scanNow();
    expect(page.rowsSent()).toHaveLength(2);
    page.capture.stop();
  });

  it('keeps later messages of a large table unsent when one is refused, and sends them again', async () => {
    let calls = 0;
    // The second message (rows 500–999) is refused on every try once; everything else is confirmed.
    const page = setUp({ answer: (message) => (message.type === 'capture' && ++calls >= 2 && calls <= 4 ? { ok: false, error: 'no' } : { ok: true }) });
    page.add(...Array.from({ length: 1_100 }, (_, i) => `creator${i}`));
    await page.capture.scanNow();
    const handles = () => page.rowsSent().map((row) => (row as { handle: string }).handle);
    await vi.waitFor(() => expect(new Set(handles()).size).toBe(1_100), { timeout: 2000 });
    // The first 500 were confirmed at once and never sent again.
    expect(handles().filter((handle) => handle === 'creator0')).toHaveLength(1);
    page.capture.stop();
  });
});
