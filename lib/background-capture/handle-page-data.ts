/**
 * The background's handling of a page-data report (one API answer the page received): the page
 * status learns the page's language and whether page data was used; an answer that was not read is
 * logged with its path and key shape for the capture report. Rows themselves arrive as capture messages.
 */
import { appendCaptureLog } from '../db/capture-log';
import type { z } from 'zod';
import type { PageDataSeenMessageSchema } from '../messages/page-data-messages';
import type { CaptureDeps, logEntryBase, saveStatus } from './capture-deps';
import type { TabStatus } from '../tab-status/tab-status';

type PageDataSeen = z.output<typeof PageDataSeenMessageSchema>;

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
