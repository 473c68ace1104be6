/**
 * The isolated content script's side of page data: takes the page-world reader's port (see
 * protocol.ts), decodes what comes through it with lib/page-data, and hands the rows to the background
 * as capture messages — the same path as table rows (validated there with zod). What could not be read
 * is reported with its key shape only. Stops for good on a verification challenge or when the seller
 * turned page data off.
 */
import { boundRow } from '../page-capture/row-bounds';
import { createRowChannel, type OutgoingMessage, type RowChannelOptions, type RowSubmission } from '../page-capture/row-channel';
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
  /** Retry timing of the row channel (tests shorten it). */
  retry?: Pick<RowChannelOptions, 'retryDelaysMs' | 'pauseAfterFailureMs'>;
}

/** A page-data submission not confirmed in full is submitted again (what is left of it) this often at most. */
const MAX_SUBMIT_ROUNDS = 5;
const CHALLENGE_SELECTOR = '.captcha-verify-container';

export function startPageDataBridge(options: BridgeOptions): { stop(): void } {
  const { window: win } = options;
  let port: MessagePort | undefined;
  let stopped = false;
  // Page-data rows take the same channel as table rows: bounded field by field, confirmed by the
  // background, retried when refused or lost (lib/capture/row-channel.ts).
  const channel = createRowChannel({ send: (message) => options.send(message), ...options.retry });
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
      if (batch.rows.length === 0 && batch.rejected.length === 0) continue;
      await submitUntilConfirmed(
        { url, kind: page.kind, region: page.region },
        { adapter: `${PAGE_DATA_ADAPTER_PREFIX}${decoded.endpoint}`, entity: batch.entity, rows: batch.rows.map((row) => boundRow(row)), rejected: batch.rejected },
      );
    }
  }

  /**
   * JSON the page received cannot be read again: what the background did not confirm is submitted
   * again once the channel takes messages, a few rounds at most (each with the channel's retries).
   */
  async function submitUntilConfirmed(page: Parameters<typeof channel.submit>[0], submission: RowSubmission): Promise<void> {
    let left = submission;
    for (let round = 0; round < MAX_SUBMIT_ROUNDS && !stopped; round += 1) {
      const outcome = await channel.submit(page, left);
      if (outcome.confirmedRows === left.rows.length && outcome.rejectedConfirmed) return;
      left = { ...left, rows: left.rows.slice(outcome.confirmedRows), rejected: outcome.rejectedConfirmed ? [] : left.rejected };
      await new Promise((resolve) => setTimeout(resolve, Math.max(channel.pausedFor(), 1_000)));
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
