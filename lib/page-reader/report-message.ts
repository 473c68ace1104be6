/**
 * The isolated content script's report of one API answer it saw (decoded or not), for the capture
 * report and the page status. Carries no values: the path, what happened, and for an unknown answer its
 * key shape (keys and types). Validated in the background by lib/messages/page-data-messages.ts.
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
