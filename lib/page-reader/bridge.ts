/**
 * The isolated content script's side of page data: takes the page-world reader's port (see
 * protocol.ts), decodes what comes through it with lib/page-data, and hands the rows to the background
 * as capture messages — the same path as table rows (validated there with zod). What could not be read
 * is reported with its key shape only. Stops for good on a verification challenge or when the seller
 * turned page data off.
 */
import type { OutgoingMessage } from '../capture/live-capture';
import { decodePageData, PAGE_DATA_ADAPTER_PREFIX, type DecodeContext } from '../page-data';
import type { PageKind } from '../pages/page-kind';
import { HANDSHAKE_TOKEN, MAX_REQUEST_BODY } from './protocol';
import type { PageDataSeenMessage } from './report-message';

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
  send(message: OutgoingMessage | PageDataSeenMessage): Promise<unknown>;
}

/** Rows per capture message, as for table rows. */
const ROWS_PER_MESSAGE = 500;
const CHALLENGE_SELECTOR = '.captcha-verify-container';

export function startPageDataBridge(options: BridgeOptions): { stop(): void } {
  const { window: win } = options;
  let port: MessagePort | undefined;
  let stopped = false;
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

    const ctx: DecodeContext = { region: page.region, ...(page.creatorId ? { creatorId: page.creatorId } : {}), ...(page.invitationId ? { invitationId: page.invitationId } : {}) };
    const request = parseRequest(message.request);
    if (request !== undefined) ctx.request = request;
    const decoded = decodePageData(path, message.body, ctx);
    if (decoded.status === 'not-listed') return;
    if (decoded.status === 'challenge') {
      stop();
      await options.send({ ...base, path, outcome: 'challenge' });
      return;
    }
    if (decoded.status !== 'decoded') {
      await options.send({
        ...base,
        path,
        outcome: decoded.status,
        ...(decoded.status === 'unrecognized' ? { shape: decoded.shape } : {}),
        ...(decoded.status === 'error-response' ? { code: decoded.code } : {}),
      });
      return;
    }
    const rowsRead = decoded.batches.reduce((sum, batch) => sum + batch.rows.length + batch.rejected.reduce((n, r) => n + r.count, 0), 0);
    await options.send({ ...base, path, outcome: 'decoded', rowsRead });
    for (const batch of decoded.batches) {
      const rejectedCount = batch.rejected.reduce((sum, { count }) => sum + count, 0);
      if (batch.rows.length === 0 && rejectedCount === 0) continue;
      for (let start = 0; start < Math.max(batch.rows.length, 1); start += ROWS_PER_MESSAGE) {
        const rows = batch.rows.slice(start, start + ROWS_PER_MESSAGE);
        const first = start === 0;
        await options.send({
          type: 'capture',
          url,
          kind: page.kind,
          region: page.region,
          result: {
            status: 'recognized',
            adapter: `${PAGE_DATA_ADAPTER_PREFIX}${decoded.endpoint}`,
            entity: batch.entity,
            rowsRead: rows.length + (first ? rejectedCount : 0),
            rejected: first ? batch.rejected : [],
            rows,
          },
        });
      }
    }
  }

  return { stop };
}

function parseRequest(request: unknown): unknown {
  if (typeof request !== 'string' || request.length > MAX_REQUEST_BODY) return undefined;
  try {
    return JSON.parse(request);
  } catch {
    return undefined;
  }
}
