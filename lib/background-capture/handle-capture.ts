/**
 * The background's handling of content-script messages, as a plain function (no extension APIs) so
 * it is unit-tested directly: check the sender, validate, store in one transaction, log, and update
 * the tab status the side panel shows.
 */
import { appendCaptureLog, cleanCaptureUrl } from '../db/capture-log';
import { creatorLinkedTables } from '../db/creator-links';
import type { CreatorDeskDb } from '../db/database';
import type { MergeContext } from '../db/creator-merge';
import { storeCollaborationRows } from '../db/store-collaborations';
import { storeContentRows } from '../db/store-content';
import { storeCreatorRows } from '../db/store-creators';
import { capturedOrderLine, storeOrderRows } from '../db/store-orders';
import { storeSampleRows } from '../db/store-samples';
import { storeEligibilityRows } from '../db/eligibility-store';
import { asFutureDatabaseError } from '../db/future-version';
import { isQuotaExceeded } from '../db/quota';
import { mergeRejections, rejectedTotal, type StoreResult } from '../db/store-result';
import {
  type ContentMessage,
  type ContentMessageResponse,
  parseContentMessage,
  type ValidCaptureMessage,
  type ValidContentMessage,
} from '../messages/content-messages';
import { isSellerCenterUrl } from '../pages/hosts';
import { pageIdentity, statusForPage, type TabStatus } from '../tab-status/tab-status';
import { logEntryBase, saveStatus, type CaptureDeps } from './capture-deps';
import type { PageKind } from '../pages/page-kind';
import { pageReport } from '../reported/page-report';
import { localDay } from '../calendar/days';
import { handlePageDataBody, handlePageDataSeen } from './handle-page-data';

export { logEntryBase, saveStatus, type CaptureDeps } from './capture-deps';

export interface MessageSender {
  tabId?: number;
  /** The sending tab's URL (or the frame's when the tab URL is unavailable). */
  url?: string;
}


export const NOT_SELLER_CENTER = 'Ignored: the message did not come from a Seller Center tab.';
export const NO_SENDER_TAB = 'Ignored: the message did not come from a browser tab.';
export const URL_MISMATCH = "Ignored: the message names another page than the sending tab's.";

// Messages are handled one at a time: tab status updates are read-modify-write, and rows counted
// for a page visit must add up even when scroll batches arrive back to back.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export async function handleContentMessage(
  message: unknown,
  sender: MessageSender,
  deps: CaptureDeps,
): Promise<ContentMessageResponse> {
  if (!isSellerCenterUrl(sender.url)) return { ok: false, error: NOT_SELLER_CENTER };
  const tabId = sender.tabId;
  if (tabId === undefined) return { ok: false, error: NO_SENDER_TAB };
  const parsed = parseContentMessage(message);
  if (!parsed.ok) return oneAtATime(() => reportRefusedMessage(message, parsed.reason, sender.url!, tabId, deps));
  // The page named in the message is the one the sender is on (the content script sends again
  // after an in-app navigation, should the tab's URL still lag behind).
  if (pageIdentity(parsed.message.url) !== pageIdentity(sender.url!)) return { ok: false, error: URL_MISMATCH };
  return oneAtATime(() => handleValidMessage(parsed.message, tabId, deps));
}

export async function handleValidMessage(message: ValidContentMessage, tabId: number, deps: CaptureDeps): Promise<ContentMessageResponse> {
  // Decoded here, then handed on as a report and capture messages (each updates the tab status).
  if (message.type === 'page-data-body') return handlePageDataBody(message, (built) => handleBuiltMessage(built, tabId, deps));
  const page = { tabId, url: cleanCaptureUrl(message.url), kind: message.kind, region: message.region };
  const previous = await deps.tabStatus.get(tabId).catch(() => undefined);
  const base = statusForPage(previous, page);
  if (message.type === 'page-seen') {
    await saveStatus(deps, base);
    return { ok: true };
  }
  if (message.type === 'page-data-seen') return handlePageDataSeen(message, base, deps, logEntryBase, saveStatus);
  if (message.result.status === 'unrecognized') {
    return handleUnrecognized(message.result.headers, base, deps);
  }
  return handleRecognized(message, message.result, base, deps);
}

/**
 * A message the background built from page data (its URL is the checked one it came with): validated
 * like a content script's, in the queue slot of the message it came from.
 */
function handleBuiltMessage(message: ContentMessage, tabId: number, deps: CaptureDeps): Promise<ContentMessageResponse> {
  const parsed = parseContentMessage(message);
  if (!parsed.ok) return reportRefusedMessage(message, parsed.reason, message.url, tabId, deps);
  return handleValidMessage(parsed.message, tabId, deps);
}

async function handleUnrecognized(
  headers: string[],
  base: TabStatus,
  deps: CaptureDeps,
): Promise<ContentMessageResponse> {
  const at = deps.now();
  // The same unrecognized table re-reported on the same page visit is logged once.
  // (`base` only keeps the previous result when it is the same page visit.)
  const alreadyLogged = base.lastResult === 'unrecognized' && sameList(base.headers, headers);
  if (!alreadyLogged) {
    await appendCaptureLog(deps.db, { ...logEntryBase(base, at), status: 'unrecognized', headers }).catch(() => undefined);
  }
  await saveStatus(deps, {
    ...base,
    recognized: false,
    lastResult: 'unrecognized',
    lastCaptureAt: at,
    headers,
    error: undefined,
  });
  return { ok: true };
}

type RecognizedResult = Extract<ValidCaptureMessage['result'], { status: 'recognized' }>;

/**
 * A capture message from a Seller Center tab that failed validation as a whole (not one of its
 * rows: those are refused one by one). The content script sends it again; the seller sees on the
 * page status and in the capture log that rows of this page were not taken, and why.
 */
async function reportRefusedMessage(
  message: unknown,
  reason: string,
  senderUrl: string,
  tabId: number,
  deps: CaptureDeps,
): Promise<ContentMessageResponse> {
  if ((message as { type?: unknown } | null)?.type !== 'capture') return { ok: false, error: reason };
  const previous = await deps.tabStatus.get(tabId).catch(() => undefined);
  const base = statusForPage(previous, { tabId, url: cleanCaptureUrl(senderUrl), kind: previous?.kind ?? 'other', region: previous?.region ?? null });
  const at = deps.now();
  const error = `Rows of this page were refused: ${reason}`.slice(0, 600);
  // Retries of the same refused message are logged once.
  if (base.lastResult === 'failed' && base.error === error) return { ok: false, error: reason };
  await appendCaptureLog(deps.db, { ...logEntryBase(base, at), status: 'failed', message: error }).catch(() => undefined);
  await saveStatus(deps, { ...base, lastResult: 'failed', lastCaptureAt: at, error });
  return { ok: false, error: reason };
}

async function handleRecognized(
  message: ValidCaptureMessage,
  result: RecognizedResult,
  base: TabStatus,
  deps: CaptureDeps,
): Promise<ContentMessageResponse> {
  const { db } = deps;
  const at = deps.now();
  const ctx = { source: message.kind, region: message.region, now: at };
  const logBase = {
    ...logEntryBase(base, at),
    entity: result.entity,
    adapter: result.adapter,
    rowsRead: result.rowsRead,
    ...(result.shortened ? { shortened: result.shortened } : {}),
  };
  try {
    const stored = await db.transaction('rw', [...creatorLinkedTables(db), db.eligibility, db.captureLog], async () => {
      const outcome: StoreResult = await storeRecognizedRows(db, result, ctx, message.periodText);
      const reasons = mergeRejections(result.rejected, outcome.rejected);
      await appendCaptureLog(db, {
        ...logBase,
        status: 'stored',
        created: outcome.created,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        rejected: rejectedTotal(reasons),
        reasons,
      });
      return outcome;
    });
    await saveStatus(deps, {
      ...base,
      recognized: true,
      lastResult: 'stored',
      lastCaptureAt: at,
      rowsCaptured: base.rowsCaptured + stored.created + stored.updated + stored.unchanged,
      error: undefined,
      headers: undefined,
    });
    return { ok: true };
  } catch (error) {
    const userMessage = saveFailureMessage(error, result.rows.length, result.entity);
    const reasons = mergeRejections(result.rejected, []);
    // Best effort: when storage is full this write may fail too, and that must not hide the error.
    await appendCaptureLog(db, {
      ...logBase,
      status: 'failed',
      rejected: rejectedTotal(reasons),
      reasons,
      message: `${userMessage} (${technicalDetail(error)})`,
    }).catch(() => undefined);
    await saveStatus(deps, { ...base, recognized: true, lastResult: 'failed', lastCaptureAt: at, error: userMessage });
    return { ok: false, error: userMessage };
  }
}

/** Each entity's rows go through its own store function (all merge creators the same way). */
function storeRecognizedRows(
  db: CreatorDeskDb,
  result: RecognizedResult,
  ctx: MergeContext & { source: PageKind },
  periodText: string | undefined,
): Promise<StoreResult> {
  switch (result.entity) {
    case 'creators':
      return storeCreatorRows(db, result.rows, ctx, pageReport(ctx.source, periodText, localDay(ctx.now), ctx.region));
    case 'content':
      return storeContentRows(db, result.rows, ctx);
    case 'collaborations':
      return storeCollaborationRows(db, result.rows, ctx);
    case 'samples':
      return storeSampleRows(db, result.rows, ctx);
    case 'orders':
      return storeOrderRows(db, result.rows.map(capturedOrderLine), ctx);
    case 'eligibility':
      return storeEligibilityRows(db, result.rows, { source: ctx.source === 'product-rating' ? 'product-rating' : 'account-health', now: ctx.now });
  }
}


function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return !!a && a.length === b.length && a.every((item, index) => item === b[index]);
}

export type CaptureEntity = RecognizedResult['entity'];

const ROW_NOUNS: Record<CaptureEntity, [one: string, many: string]> = {
  creators: ['creator', 'creators'],
  content: ['video or LIVE', 'videos and LIVEs'],
  collaborations: ['collaboration', 'collaborations'],
  samples: ['sample request', 'sample requests'],
  orders: ['order line', 'order lines'],
  eligibility: ['eligibility figure', 'eligibility figures'],
};

function rowNoun(count: number, entity: CaptureEntity): string {
  const [one, many] = ROW_NOUNS[entity];
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

/** What the seller reads in the side panel when a capture could not be saved. */
export function saveFailureMessage(error: unknown, rowCount: number, entity: CaptureEntity): string {
  const what = rowNoun(rowCount, entity);
  const future = asFutureDatabaseError(error);
  if (future) return `Could not save ${what}: ${future.message}`;
  if (isQuotaExceeded(error)) {
    return `Could not save ${what}: your browser's storage is full. Nothing stored was lost.`;
  }
  return `Could not save ${what}: the browser's database refused the write. Nothing stored was lost; reload the page to try again.`;
}

function technicalDetail(error: unknown): string {
  if (error && typeof error === 'object') {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return `${typeof name === 'string' ? name : 'Error'}: ${typeof message === 'string' ? message.slice(0, 300) : ''}`;
  }
  return String(error).slice(0, 300);
}
