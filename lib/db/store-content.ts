/** Stores captured video / LIVE rows, linking each to its creator (created minimally if unknown). */
import type { ContentPiece, ContentRow } from '../model/entities';
import { recordsByPrimaryKeys } from './bulk-lookup';
import { applyContentRow } from './content-merge';
import type { MergeContext } from './creator-merge';
import { creatorLinkedTables } from './creator-links';
import { linkCreators } from './creator-session';
import type { CreatorDeskDb } from './database';
import { contentKey } from '../model/keys';
import { addRejection, emptyStoreResult, type StoreResult } from './store-result';
import { sameApartFromTimes } from './structural';
import { useKnownRecords } from './rollup-upkeep';

export const NO_CONTENT_ID = 'no video or LIVE id';
export const UNKNOWN_CONTENT_TYPE = 'not a video or LIVE';

export interface ContentStoreResult extends StoreResult {
  /** Creators first seen through these rows (stored with what the row knew: id and/or handle). */
  creatorsCreated: number;
}

/** One read-write transaction for the whole batch, like `storeCreatorRows`. */
export function storeContentRows(
  db: CreatorDeskDb,
  rows: readonly ContentRow[],
  ctx: MergeContext,
): Promise<ContentStoreResult> {
  return db.transaction('rw', creatorLinkedTables(db), async (tx) => {
    const result: ContentStoreResult = { ...emptyStoreResult(), creatorsCreated: 0 };

    const accepted: { row: ContentRow; key: string }[] = [];
    for (const row of rows) {
      const contentId = typeof row.contentId === 'string' ? row.contentId.trim() : '';
      if (!contentId) addRejection(result, NO_CONTENT_ID);
      else if (row.type !== 'video' && row.type !== 'live') addRejection(result, UNKNOWN_CONTENT_TYPE);
      else accepted.push({ row, key: contentKey(row.type, contentId) });
    }

    // Creators first: a content row may name a creator we only knew by handle, or not at all.
    const creators = await linkCreators(db, ctx, accepted.map(({ row }) => ({ creatorId: row.creatorId, handle: row.creatorHandle })));
    result.creatorsCreated = creators.created;

    const keys = accepted.map((entry) => entry.key);
    const work = new Map<string, ContentPiece>();
    for (const piece of await recordsByPrimaryKeys(db.content, keys)) work.set(piece.key, piece);
    // The rollup upkeep needs the pieces these writes replace: the ones just read (none: a new piece).
    const replaced = new Map<unknown, ContentPiece | undefined>(keys.map((key) => [key, work.get(key)]));
    const touched = new Set<string>();
    for (const [index, { row, key }] of accepted.entries()) {
      const base = work.get(key);
      const next = applyContentRow(base, row, key, creators.keys[index], ctx);
      result[!base ? 'created' : sameApartFromTimes(base, next) ? 'unchanged' : 'updated'] += 1;
      work.set(key, next);
      touched.add(key);
    }
    const pieces = [...touched].map((key) => work.get(key)).filter((piece) => piece !== undefined);
    if (pieces.length > 0) {
      useKnownRecords(tx, 'content', replaced);
      await db.content.bulkPut(pieces);
    }
    return result;
  });
}
