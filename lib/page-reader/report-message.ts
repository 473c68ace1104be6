/**
 * What the isolated content script sends the background about the page's API answers, validated there
 * by lib/messages/page-data-messages.ts:
 * - `page-data-body`: one answer's JSON text as the page received it (bounded), for the background to
 *   decode (lib/page-data) and store like table rows — decoding there keeps the decoders out of the
 *   script every Seller Center page loads;
 * - `page-data-seen`: what happened to one answer (decoded or not), for the capture report and the page
 *   status. Carries no values: the path, the outcome, and for an unknown answer its key shape.
 */
import type { PageKind } from '../pages/page-kind';

import type { PageDataOutcome } from '../model/values';

export type { PageDataOutcome };

export interface PageDataSeenMessage {
  type: 'page-data-seen';
  url: string;
  kind: PageKind;
  region: string | null;
  /** The page's UI language (`th-TH`), from the request's `user_language`. */
  language?: string;
  path: string;
  outcome: PageDataOutcome;
  rowsRead?: number;
  shape?: string;
  code?: string;
}

/** One answer of an allowlisted API path, as received by the page (text, never parsed in the content script). */
export interface PageDataBodyMessage {
  type: 'page-data-body';
  url: string;
  /** The request's path (allowlisted by the page-world reader). */
  path: string;
  language?: string;
  /** The answer's JSON text, at most MAX_HANDED_BODY characters (lib/page-reader/protocol.ts). */
  body: string;
  /** The request's body when it was text, at most MAX_REQUEST_BODY characters. */
  request?: string;
}

