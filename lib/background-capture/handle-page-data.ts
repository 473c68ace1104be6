/**
 * The background's handling of page data (the JSON the page itself received, lib/page-reader):
 * - an answer's text (`page-data-body`) is decoded here, with lib/page-data, and never in the content
 *   script, which every Seller Center page loads: the decoders stay out of it. Its rows are bounded
 *   field by field (as table rows are where they are read), then handled as capture messages — validated
 *   with zod row by row, stored, logged — after a report of what the answer was;
 * - a report (`page-data-seen`): the page status learns the page's language and whether page data was
 *   used; an answer that was not read is logged with its path and key shape for the capture report.
 */
import { appendCaptureLog } from '../db/capture-log';
import type { z } from 'zod';
import type { ContentMessage, ContentMessageResponse } from '../messages/content-messages';
import type { PageDataBodyMessageSchema, PageDataSeenMessageSchema } from '../messages/page-data-messages';
import { boundRow } from '../page-capture/row-bounds';
import { captureMessages } from '../page-capture/row-channel';
import { decodePageData, PAGE_DATA_ADAPTER_PREFIX, type DecodeContext } from '../page-data';
import { detectPage } from '../pages/detect';
import type { CaptureDeps, logEntryBase, saveStatus } from './capture-deps';
import type { TabStatus } from '../tab-status/tab-status';

type PageDataSeen = z.output<typeof PageDataSeenMessageSchema>;
type PageDataBody = z.output<typeof PageDataBodyMessageSchema>;

const OUTCOME_TEXT: Record<Exclude<PageDataSeen['outcome'], 'decoded'>, string> = {
  unrecognized: 'An answer of an unknown shape: nothing was read from it.',
  'error-response': 'The page received an error answer: nothing to read.',
  'too-large': 'An answer too large to read: skipped.',
  'not-json': 'An answer that was not valid JSON: skipped.',
  challenge: 'A verification challenge showed: page data is not read until the page is reloaded.',
};

export async function handlePageDataSeen(
  message: PageDataSeen,
  base: TabStatus,
  deps: CaptureDeps,
  logBase: typeof logEntryBase,
  save: typeof saveStatus,
): Promise<{ ok: boolean }> {
  const at = deps.now();
  const status: TabStatus = {
    ...base,
    ...(message.language ? { language: message.language } : {}),
    ...(message.outcome === 'decoded' ? { pageDataUsed: true } : {}),
    ...(message.outcome === 'challenge' ? { pageDataStopped: true } : {}),
  };
  if (message.outcome !== 'decoded') {
    await appendCaptureLog(deps.db, {
      ...logBase(status, at),
      status: 'unrecognized',
      apiPath: message.path,
      ...(message.shape ? { keyShape: message.shape } : {}),
      message: message.code ? `${OUTCOME_TEXT[message.outcome]} (code ${message.code})` : OUTCOME_TEXT[message.outcome],
    }).catch(() => undefined);
  }
  await save(deps, status);
  return { ok: true };
}

/**
 * Validates and handles a message built here as if the content script had sent it (handle-capture.ts
 * passes its own handler in: already inside its one-at-a-time queue, and no import cycle).
 */
export type HandleBuiltMessage = (message: ContentMessage) => Promise<ContentMessageResponse>;

/**
 * Decodes one answer and hands on its report and rows. `{ ok: true }` once every row was stored or
 * refused alone; a failed store answers `{ ok: false }` (shown on the page status), and the content
 * script sends the answer again — rows stored the first time count as unchanged. A verification
 * challenge answers `stop`: the content script reads no more page data until the page is reloaded.
 */
export async function handlePageDataBody(message: PageDataBody, handle: HandleBuiltMessage): Promise<ContentMessageResponse> {
  const page = detectPage(message.url);
  if (page.kind === 'other') return { ok: true };
  const ctx: DecodeContext = {
    region: page.region,
    ...(page.creatorId ? { creatorId: page.creatorId } : {}),
    ...(page.invitationId ? { invitationId: page.invitationId } : {}),
  };
  const request = parseRequest(message.request);
  if (request !== undefined) ctx.request = request;
  const decoded = decodePageData(message.path, message.body, ctx);
  if (decoded.status === 'not-listed') return { ok: true };

  const pageRef = { url: message.url, kind: page.kind, region: page.region };
  const rowsRead =
    decoded.status === 'decoded'
      ? decoded.batches.reduce((sum, batch) => sum + batch.rows.length + batch.rejected.reduce((n, r) => n + r.count, 0), 0)
      : undefined;
  const report: Extract<ContentMessage, { type: 'page-data-seen' }> = {
    type: 'page-data-seen',
    ...pageRef,
    ...(message.language ? { language: message.language } : {}),
    path: message.path,
    outcome: decoded.status,
    ...(rowsRead !== undefined ? { rowsRead } : {}),
    ...(decoded.status === 'unrecognized' ? { shape: decoded.shape } : {}),
    ...(decoded.status === 'error-response' ? { code: decoded.code } : {}),
  };
  const reported = await handle(report);
  if (decoded.status === 'challenge') return { ok: true, stop: true };
  if (decoded.status !== 'decoded') return reported;

  const adapter = `${PAGE_DATA_ADAPTER_PREFIX}${decoded.endpoint}`;
  for (const batch of decoded.batches) {
    if (batch.rows.length === 0 && batch.rejected.length === 0) continue;
    const submission = { adapter, entity: batch.entity, rows: batch.rows.map((row) => boundRow(row)), rejected: batch.rejected };
    // Built like the content script's capture messages, then validated row by row like them.
    for (const capture of captureMessages(pageRef, submission)) {
      const answer = await handle(capture as ContentMessage);
      if (!answer.ok) return answer;
    }
  }
  return { ok: true };
}

/** The page's request body (its query: tab, invitation group), when it was JSON. */
function parseRequest(request: string | undefined): unknown {
  if (request === undefined) return undefined;
  try {
    return JSON.parse(request);
  } catch {
    return undefined;
  }
}
