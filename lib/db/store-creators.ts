/** Stores captured creator rows: merge into stable-keyed records plus today's metric snapshot. */
import type { CreatorRow } from '../model/entities';
import type { MergeContext } from './creator-merge';
import { creatorLinkedTables } from './creator-links';
import { CreatorMergeSession } from './creator-session';
import type { CreatorDeskDb } from './database';
import { type ReportContext, reportedFiguresOf, storeReportedFigures } from './store-reported';
import { addRejection, emptyStoreResult, type StoreResult } from './store-result';

export const NO_CREATOR_IDENTITY = 'no creator id or handle';

/**
 * One read-write transaction for the whole batch: if any write fails (storage full…) nothing of
 * this capture is kept and previously stored data stays exactly as it was.
 */
export function storeCreatorRows(
  db: CreatorDeskDb,
  rows: readonly CreatorRow[],
  ctx: MergeContext,
  report?: ReportContext | null,
): Promise<StoreResult> {
  return db.transaction('rw', creatorLinkedTables(db), async () => {
    const result = emptyStoreResult();
    const session = new CreatorMergeSession(db, ctx);
    await session.load(rows);
    const keys = rows.map((row) => {
      const applied = session.apply(row);
      if (applied) result[applied.outcome] += 1;
      else addRejection(result, NO_CREATOR_IDENTITY);
      return applied?.key;
    });
    await session.flush();
    // Figures of a stated period are kept as a report too, under the keys the creators ended up with.
    if (report) {
      const finalKeys = keys.map((key) => (key === undefined ? undefined : session.resolveKey(key)));
      await storeReportedFigures(db, reportedFiguresOf(rows, finalKeys, report, ctx.now));
    }
    return result;
  });
}
