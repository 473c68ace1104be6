/**
 * What a page-data decoder is: one Affiliate Center API endpoint's JSON → the same entity rows the
 * page's table adapters produce (lib/adapters), so both go through one store and one validation.
 */
import type { EntityRowTypes, Entity } from '../adapters/types';
import type { RejectedCount } from '../model/entities';
import type { PageDataEndpoint } from './endpoints';

export interface DecodeContext {
  /** `shop_region` of the page: the currency of bare amounts. */
  region: string | null;
  /** The page's own ids, when its URL names them (creator detail `cid`, target `invitation_id`). */
  creatorId?: string;
  invitationId?: string;
  /** The request's JSON body, when the page sent one (sample tab, invitation group id). */
  request?: unknown;
}

/** Rows of one entity decoded from a response. */
export type DecodedBatch = {
  [E in Entity]: { entity: E; rows: EntityRowTypes[E][]; rejected: RejectedCount[] };
}[Entity];

export type DecodeResult =
  /** Rows read (possibly none: an empty page of results). */
  | { status: 'decoded'; batches: DecodedBatch[] }
  /** `code` ≠ 0: an error answer, nothing to read. */
  | { status: 'error-response'; code: string }
  /** A verification challenge: stop reading until the next page load. */
  | { status: 'challenge' }
  /** Not the shape this decoder knows; `shape` is its key shape (keys and types only). */
  | { status: 'unrecognized'; shape: string };

export interface PageDataDecoder {
  endpoint: PageDataEndpoint;
  /** Pure: the parsed body (already size-checked) → rows. */
  decode(body: unknown, ctx: DecodeContext): DecodeResult;
}
