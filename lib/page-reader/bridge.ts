/**
 * The isolated content script's side of page data: takes the page-world reader's port (see
 * protocol.ts) and forwards each answer's text, bounded and with its page URL, to the background,
 * which decodes it (lib/page-data), validates its rows with zod and stores them
 * (lib/background-capture/handle-page-data.ts). Nothing is parsed here: the decoders stay out of the
 * script every Seller Center page loads. Stops for good on a verification challenge (seen by the
 * reader, on the page, or by the background in an answer) or when the seller turned page data off.
 */
import { createRowChannel, type RowChannelOptions } from '../page-capture/row-channel';
import type { PageKind } from '../pages/page-kind';
import { HANDSHAKE_TOKEN, MAX_HANDED_BODY, MAX_REQUEST_BODY } from './protocol';
import type { PageDataBodyMessage, PageDataSeenMessage } from './report-message';

export interface BridgePage {
  kind: PageKind;
  region: string | null;
  creatorId?: string;
  invitationId?: string;
}

export interface BridgeOptions {
  window: Window;
  currentUrl(): string;
  detect(url: string): BridgePage;
  /** The seller's setting (read once per page load). */
  enabled(): Promise<boolean>;
  send(message: PageDataBodyMessage | PageDataSeenMessage): Promise<unknown>;
  /** Retry timing of the row channel (tests shorten it). */
  retry?: Pick<RowChannelOptions, 'retryDelaysMs' | 'pauseAfterFailureMs'>;
}

/** An answer the background did not confirm is sent again this often at most (each with the channel's retries). */
const MAX_SUBMIT_ROUNDS = 5;
const CHALLENGE_SELECTOR = '.captcha-verify-container';

export function startPageDataBridge(options: BridgeOptions): { stop(): void } {
  const { window: win } = options;
  let port: MessagePort | undefined;
  let stopped = false;
  // Answers take the same channel as table rows: confirmed by the background, retried when refused
  // or lost (lib/page-capture/row-channel.ts).
  let answer: unknown;
  const channel = createRowChannel<PageDataBodyMessage>({
    // Only answers (`sendConfirmed`) go through this channel. The background's last reply is kept:
    // besides `ok` it may say `stop` (the answer was a verification challenge).
    send: async (message) => (answer = await options.send(message as PageDataBodyMessage)),
    ...options.retry,
  });
  // Messages are handled one after another so rows reach the background in the page's order.
  let queue: Promise<unknown> = Promise.resolve();

  const onHandshake = (event: MessageEvent) => {
    if (event.source !== win || typeof event.data !== 'string' || !HANDSHAKE_TOKEN.test(event.data)) return;
    const [received] = event.ports;
    if (!received || port) return;
    port = received;
    win.removeEventListener('message', onHandshake);
    void options.enabled().then((enabled) => {
      if (!enabled) return stop();
      received.onmessage = (message) => {
        queue = queue.then(() => handle(message.data)).catch(() => undefined);
      };
    });
  };
  win.addEventListener('message', onHandshake);

  function stop(): void {
    stopped = true;
    win.removeEventListener('message', onHandshake);
    try {
      port?.postMessage({ kind: 'stop' });
      port?.close();
    } catch {
      // Already closed.
    }
  }

  async function handle(data: unknown): Promise<void> {
    if (stopped || typeof data !== 'object' || data === null) return;
    const message = data as Record<string, unknown>;
    const url = options.currentUrl();
    const page = options.detect(url);
    const language = typeof message.language === 'string' && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/.test(message.language) ? message.language : undefined;
    const base = { type: 'page-data-seen' as const, url, kind: page.kind, region: page.region, ...(language ? { language } : {}) };
    const path = typeof message.path === 'string' ? message.path.slice(0, 256) : '';

    if (message.kind === 'challenge' || win.document.querySelector(CHALLENGE_SELECTOR)) {
      stop();
      await options.send({ ...base, path, outcome: 'challenge' });
      return;
    }
    if (message.kind === 'too-large') {
      await options.send({ ...base, path, outcome: 'too-large' });
      return;
    }
    if (message.kind !== 'body' || typeof message.body !== 'string' || page.kind === 'other') return;
    if (message.body.length > MAX_HANDED_BODY) {
      await options.send({ ...base, path, outcome: 'too-large' });
      return;
    }
    const request = typeof message.request === 'string' && message.request.length <= MAX_REQUEST_BODY ? message.request : undefined;
    await sendUntilConfirmed({
      type: 'page-data-body',
      url,
      path,
      ...(language ? { language } : {}),
      body: message.body,
      ...(request !== undefined ? { request } : {}),
    });
  }

  /**
   * JSON the page received cannot be read again: an answer the background did not confirm is sent
   * again once the channel takes messages, a few rounds at most. The background answers `stop` when
   * the answer was a verification challenge.
   */
  async function sendUntilConfirmed(message: PageDataBodyMessage): Promise<void> {
    for (let round = 0; round < MAX_SUBMIT_ROUNDS && !stopped; round += 1) {
      answer = undefined;
      const confirmed = await channel.sendConfirmed(message);
      if ((answer as { stop?: unknown } | undefined)?.stop === true) return stop();
      if (confirmed) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(channel.pausedFor(), 1_000)));
    }
  }

  return { stop };
}
