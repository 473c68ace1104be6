/**
 * Stable keys for stored records, and the small normalisations they depend on.
 * A creator is keyed by Seller Center's creator id when any capture has shown it, else by handle.
 */
import type { ContentType } from './entities';
import type { ImportedOrderRow } from './program';

export const CREATOR_ID_PREFIX = 'id:';
export const CREATOR_HANDLE_PREFIX = 'h:';

/**
 * Handle as used for keys and the `handle` index: trimmed, no leading `@`, lower case.
 * Kept local (not `lib/parse/values`) so keys never change with the parser's plausibility rules.
 */
export function normaliseHandleForKey(handle: string | null | undefined): string | null {
  const normalised = displayHandle(handle)?.toLowerCase();
  return normalised ? normalised : null;
}

/** Handle as displayed, without the `@` and surrounding space; null when nothing is left. */
export function displayHandle(handle: string | null | undefined): string | null {
  if (typeof handle !== 'string') return null;
  const trimmed = handle.trim().replace(/^@+/, '').trim();
  return trimmed ? trimmed : null;
}

export function normaliseCreatorId(creatorId: string | null | undefined): string | null {
  if (typeof creatorId !== 'string') return null;
  const trimmed = creatorId.trim();
  return trimmed ? trimmed : null;
}

export function creatorKeyForId(creatorId: string): string {
  return CREATOR_ID_PREFIX + creatorId;
}

export function creatorKeyForHandle(normalisedHandle: string): string {
  return CREATOR_HANDLE_PREFIX + normalisedHandle;
}

export function isIdCreatorKey(key: string): boolean {
  return key.startsWith(CREATOR_ID_PREFIX);
}

export function contentKey(type: ContentType, contentId: string): string {
  return `${type}:${contentId}`;
}

/** `<orderId>:<skuId or productId>`, the `AffiliateOrder.key` of the line. */
export function orderLineKey(row: Pick<ImportedOrderRow, 'orderId' | 'skuId' | 'productId'>): string {
  return `${row.orderId}:${row.skuId ?? row.productId ?? ''}`;
}
