import { startPageDataBridge, type BridgeOptions } from './bridge';
import { MAX_HANDED_BODY, MAX_REQUEST_BODY } from './protocol';

const URL_ = 'https://affiliate.tiktok.com/connection/creator?shop_region=TH';
const PATH = '/api/v1/oec/affiliate/creator/marketplace/find';
const TOKEN = 'ab'.repeat(16);

/** A window with what the bridge uses: message listeners and a document to look for a challenge in. */
function fakeWindow(challengeShown = () => false) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.delete(listener),
    document: { querySelector: () => (challengeShown() ? {} : null) },
  };
  /** The page-world reader's handshake; returns its end of the port. */
  const handshake = () => {
    const channel = new MessageChannel();
    for (const listener of [...listeners]) listener({ source: win, data: TOKEN, ports: [channel.port2] } as unknown as MessageEvent);
    return channel.port1;
  };
  return { win: win as unknown as Window, handshake, listening: () => listeners.size };
}

function start(answers: (message: { type: string }) => unknown = () => ({ ok: true }), options: Partial<BridgeOptions> = {}) {
  const page = fakeWindow();
  const sent: Record<string, unknown>[] = [];
  const bridge = startPageDataBridge({
    window: page.win,
    currentUrl: () => URL_,
    detect: () => ({ kind: 'find-creators', region: 'TH' }),
    enabled: async () => true,
    send: async (message) => {
      sent.push(message as unknown as Record<string, unknown>);
      return answers(message);
    },
    retry: { retryDelaysMs: [1], pauseAfterFailureMs: 1 },
    ...options,
  });
  const port = page.handshake();
  const stopped = new Promise<unknown>((resolve) => (port.onmessage = (event) => resolve(event.data)));
  return { page, port, sent, bridge, stopped };
}

const body = '{"code":0,"creator_profile_list":[]}';
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe('the page-data bridge (content script side)', () => {
  it('forwards each answer as text with its URL, path, language and bounded request, parsing nothing', async () => {
    const { port, sent } = start();
    port.postMessage({ kind: 'body', via: 'fetch', path: PATH, status: 200, language: 'th-TH', body, request: '{"query":""}' });
    port.postMessage({ kind: 'body', via: 'xhr', path: PATH, status: 200, language: '<b>', body: 'not json', request: 'x'.repeat(MAX_REQUEST_BODY + 1) });
    await until(() => sent.length === 2);
    expect(sent).toEqual([
      { type: 'page-data-body', url: URL_, path: PATH, language: 'th-TH', body, request: '{"query":""}' },
      { type: 'page-data-body', url: URL_, path: PATH, body: 'not json' },
    ]);
  });

  it('reports a too-large answer by size only and a reader-seen challenge, then stops', async () => {
    const { port, sent, stopped } = start();
    port.postMessage({ kind: 'body', path: PATH, body: ' '.repeat(MAX_HANDED_BODY + 1) });
    port.postMessage({ kind: 'challenge' });
    expect(await stopped).toEqual({ kind: 'stop' });
    await until(() => sent.length === 2);
    expect(sent).toEqual([
      { type: 'page-data-seen', url: URL_, kind: 'find-creators', region: 'TH', path: PATH, outcome: 'too-large' },
      { type: 'page-data-seen', url: URL_, kind: 'find-creators', region: 'TH', path: '', outcome: 'challenge' },
    ]);
  });

  it('stops when the background found a challenge in an answer: later answers are not forwarded', async () => {
    const { port, sent, stopped } = start(() => ({ ok: true, stop: true }));
    port.postMessage({ kind: 'body', path: PATH, body: '{"code":30004009}' });
    expect(await stopped).toEqual({ kind: 'stop' });
    port.postMessage({ kind: 'body', path: PATH, body });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toHaveLength(1);
  });

  it('sends an answer again until the background confirms it (JSON the page received cannot be read again)', async () => {
    let calls = 0;
    const { port, sent } = start(() => (++calls < 3 ? { ok: false, error: 'database busy' } : { ok: true }));
    port.postMessage({ kind: 'body', path: PATH, body });
    await until(() => calls === 3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((message) => JSON.stringify(message))).size).toBe(1);
  });

  it('with page data turned off, takes the handshake, tells the reader to stop and forwards nothing', async () => {
    const { port, sent, stopped, page } = start(undefined, { enabled: async () => false });
    expect(await stopped).toEqual({ kind: 'stop' });
    port.postMessage({ kind: 'body', path: PATH, body });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toEqual([]);
    expect(page.listening()).toBe(0);
  });
});
