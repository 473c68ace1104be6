/**
 * The content script's channel for captured rows to the background: rows count as sent only once
 * the background confirmed them, and a refused or failed send is retried, never dropped.
 *
 * Row-kind agnostic: table rows (lib/adapters) and page-data JSON rows go through the same
 * `submit`. A caller hands over the rows it read — each bounded with `boundRow` (row-bounds.ts),
 * which says how many of its fields were cut — plus the rows it could not read (`rejected`).
 * The channel splits them into messages of at most ROWS_PER_MESSAGE rows and sends them in order.
 * Each message is confirmed by the background's `{ ok: true }` (its rows stored, or refused one by
 * one with a reason in the capture log). A message that is refused (`ok: false`) or fails (the
 * background restarting, the extension updating) is sent again after RETRY_DELAYS_MS; after the
 * last try the channel pauses for PAUSE_AFTER_FAILURE_MS and `submit` resolves with the rows that
 * were confirmed — the caller keeps the others unsent and submits them again on its next read.
 * The background reports refusals on the page status in the side panel.
 *
 * Nothing here touches the page's window: messages go to the extension only.
 */
import type { PageKind } from '../pages/page-kind';
import type { RejectedCount } from '../model/entities';
import type { CapturedEntity } from '../model/values';
import type { BoundedRow } from './row-bounds';

/** The rows of one entity read from one source (a table, a JSON response) of the page. */
export interface RowSubmission {
  /** Adapter or decoder id, e.g. `find-creators`. */
  adapter: string;
  entity: CapturedEntity;
  /** Each row as `boundRow` gave it: bounded, with the number of its fields that were cut. */
  rows: readonly BoundedRow[];
  /** Rows read but not taken, by reason. */
  rejected: readonly RejectedCount[];
}

export interface PageRef {
  url: string;
  kind: PageKind;
  region: string | null;
  /** The page's date filter as shown (`Last 28 days: 02/06/2026 - 03/05/2026`): the period of its figures. */
  periodText?: string;
}

/** What the content script posts to the background (validated there with zod). */
export type OutgoingMessage =
  | ({ type: 'page-seen' } & PageRef)
  | ({
      type: 'capture';
      result:
        | {
            status: 'recognized';
            adapter: string;
            entity: RowSubmission['entity'];
            rowsRead: number;
            rejected: RejectedCount[];
            shortened: number;
            rows: unknown[];
          }
        | { status: 'unrecognized'; headers: string[] };
    } & PageRef);

export interface SubmitOutcome {
  /** Rows confirmed, from the start of `rows` (messages are sent in order). */
  confirmedRows: number;
  /** True when the rejected counts (sent with the first message) were confirmed. */
  rejectedConfirmed: boolean;
  /** The last refusal or failure, when not everything was confirmed. */
  error?: string;
}

/** `Extra`: other messages a caller sends through the channel with the same retries (page-data answers). */
export interface RowChannelOptions<Extra = never> {
  send(message: OutgoingMessage | Extra): Promise<unknown>;
  /** Waits before each retry of a refused or failed message. */
  retryDelaysMs?: readonly number[];
  /** After the last retry failed, no message is sent for this long. */
  pauseAfterFailureMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RowChannel<Extra = never> {
  submit(page: PageRef, submission: RowSubmission): Promise<SubmitOutcome>;
  /** Sends one message (page-seen, unrecognized table) with the same retries; true when confirmed. */
  sendConfirmed(message: OutgoingMessage | Extra): Promise<boolean>;
  /** Ms until sending resumes after a failure (0 when not paused). */
  pausedFor(): number;
}

/** Rows per message: well under the background's limit, and small enough to structured-clone fast. */
export const ROWS_PER_MESSAGE = 500;
export const RETRY_DELAYS_MS = [500, 2_000, 5_000] as const;
export const PAUSE_AFTER_FAILURE_MS = 15_000;

/** A capture message with rows, as `captureMessages` builds them. */
export type RecognizedCaptureMessage = Extract<OutgoingMessage, { type: 'capture' }> & {
  result: Extract<Extract<OutgoingMessage, { type: 'capture' }>['result'], { status: 'recognized' }>;
};

/**
 * The capture messages that carry a submission, in order: at most ROWS_PER_MESSAGE rows each, the
 * rejected counts with the first, and at least one message, so rejected-only reads are logged too.
 * Used here and by the background for the page data it decodes.
 */
export function captureMessages(page: PageRef, submission: RowSubmission): RecognizedCaptureMessage[] {
  const rejected = [...submission.rejected];
  const rejectedRows = rejected.reduce((sum, { count }) => sum + count, 0);
  const messages: RecognizedCaptureMessage[] = [];
  for (let start = 0; start < Math.max(submission.rows.length, 1); start += ROWS_PER_MESSAGE) {
    const chunk = submission.rows.slice(start, start + ROWS_PER_MESSAGE);
    const first = start === 0;
    messages.push({
      type: 'capture',
      ...page,
      result: {
        status: 'recognized',
        adapter: submission.adapter,
        entity: submission.entity,
        rowsRead: chunk.length + (first ? rejectedRows : 0),
        rejected: first ? rejected : [],
        shortened: chunk.reduce((sum, bounded) => sum + bounded.shortened, 0),
        rows: chunk.map((bounded) => bounded.row),
      },
    });
  }
  return messages;
}

/** The background's answer, read defensively (anything but `{ ok: true }` is not a confirmation). */
function confirmation(response: unknown): { ok: true } | { ok: false; error: string } {
  if (response && typeof response === 'object' && (response as { ok?: unknown }).ok === true) return { ok: true };
  const error = response && typeof response === 'object' ? (response as { error?: unknown }).error : undefined;
  return { ok: false, error: typeof error === 'string' ? error : 'no confirmation from the extension' };
}

export function createRowChannel<Extra = never>(options: RowChannelOptions<Extra>): RowChannel<Extra> {
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const pauseMs = options.pauseAfterFailureMs ?? PAUSE_AFTER_FAILURE_MS;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let pausedUntil = 0;
  let lastError: string | undefined;

  async function sendWithRetries(message: OutgoingMessage | Extra): Promise<boolean> {
    if (now() < pausedUntil) return false;
    for (let attempt = 0; ; attempt += 1) {
      let answer: { ok: true } | { ok: false; error: string };
      try {
        answer = confirmation(await options.send(message));
      } catch (error) {
        answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      if (answer.ok) return true;
      lastError = answer.error;
      const delay = retryDelays[attempt];
      if (delay === undefined) {
        pausedUntil = now() + pauseMs;
        return false;
      }
      await sleep(delay);
    }
  }

  return {
    sendConfirmed: sendWithRetries,
    pausedFor: () => Math.max(0, pausedUntil - now()),
    async submit(page, submission) {
      lastError = undefined;
      let confirmedRows = 0;
      let rejectedConfirmed = submission.rejected.every(({ count }) => count === 0);
      for (const [index, message] of captureMessages(page, submission).entries()) {
        if (!(await sendWithRetries(message))) return { confirmedRows, rejectedConfirmed, ...(lastError ? { error: lastError } : {}) };
        confirmedRows += message.result.rows.length;
        if (index === 0) rejectedConfirmed = true;
      }
      return { confirmedRows, rejectedConfirmed };
    },
  };
}
