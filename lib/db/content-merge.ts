/** Pure merging of captured video / LIVE rows into stored content pieces. */
import type { ContentPiece, ContentRow } from '../model/entities';
import type { MergeContext } from './creator-merge';
import { mergeMetrics } from './exact-wins';
import { displayHandle } from '../model/keys';
import { definedEntries, sameApartFromTimes, textOver, trimmedText, unionStrings, withoutUndefined } from './structural';

/** `creatorKey`: the creator this row links to, when the row named one. */
export function applyContentRow(
  base: ContentPiece | undefined,
  row: ContentRow,
  key: string,
  creatorKey: string | undefined,
  ctx: MergeContext,
): ContentPiece {
  const next: ContentPiece = withoutUndefined({
    key,
    contentId: row.contentId.trim(),
    type: row.type,
    creatorKey: creatorKey ?? base?.creatorKey,
    creatorHandle: displayHandle(row.creatorHandle) ?? base?.creatorHandle,
    title: textOver(row.title, base?.title),
    postDate: trimmedText(row.postDate) ?? base?.postDate,
    productIds: unionStrings(base?.productIds, row.productIds),
    metrics: mergeMetrics(base?.metrics, definedEntries(row.metrics)),
    briefId: base?.briefId,
    firstSeen: base?.firstSeen ?? ctx.now,
    lastSeen: Math.max(base?.lastSeen ?? ctx.now, ctx.now),
    updatedAt: base?.updatedAt ?? ctx.now,
  });
  if (base && !sameApartFromTimes(base, next)) next.updatedAt = ctx.now;
  return next;
}
