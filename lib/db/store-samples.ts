/**
 * Stores captured sample requests, linked to their creator (the page shows only `@handle`; a creator
 * seen only here is created minimally). Keyed by Seller Center's request id when the row shows it,
 * else by creator, product and SKU (`sample:<handle>:<product>:<sku>`); a request first stored under
 * that derived id moves to its real id once a capture shows it.
 *
 * Status changes are appended to `statusHistory`. The chain's milestones are dated when a capture
 * sees the sample reach them: `requestedAt` (the page's request time, else when first seen as a
 * request), `shippedAt`, `contentDeliveredAt`. A milestone passed before Creator Desk saw the
 * sample stays unknown rather than dated wrongly.
 */
import type { SampleRow } from '../model/entities';
import type { SampleRequest, SampleStatus } from '../model/program';
import { recordsByIndexValues, recordsByPrimaryKeys } from './bulk-lookup';
import { creatorLinkedTables } from './creator-links';
import type { MergeContext } from './creator-merge';
import { linkCreators } from './creator-session';
import type { CreatorDeskDb } from './database';
import { normaliseHandleForKey } from '../model/keys';
import { nextStatus } from './status-history';
import { addRejection, emptyStoreResult, type StoreResult } from './store-result';
import { sameApartFromTimes, textOver, trimmedText, withoutUndefined } from './structural';

export const SAMPLE_WITHOUT_PRODUCT = 'no product id';
export const NO_SAMPLE_IDENTITY = 'no request id or creator handle';

export interface SampleStoreResult extends StoreResult {
  creatorsCreated: number;
}

/** How far along the chain a status is; canceled is off the chain. */
const STAGE: Record<SampleStatus, number> = {
  requested: 0,
  approved: 1,
  shipped: 2,
  'content-delivered': 3,
  completed: 4,
  canceled: -1,
};

export function derivedSampleId(handle: string, productId: string, sku: string | undefined): string {
  return `sample:${handle}:${productId}:${sku?.trim() ?? ''}`;
}

/** When a milestone was reached, if this capture is the one that sees it reached. */
function milestone(base: SampleRequest | undefined, status: SampleStatus, target: SampleStatus, now: number): number | undefined {
  const stage = STAGE[status];
  if (stage < STAGE[target]) return undefined;
  if (!base) return stage === STAGE[target] ? now : undefined;
  const before = STAGE[base.status];
  return before >= 0 && before < STAGE[target] ? now : undefined;
}

export function applySampleRow(
  base: SampleRequest | undefined,
  row: SampleRow,
  id: string,
  creatorKey: string | undefined,
  ctx: MergeContext,
): SampleRequest {
  // A request listed without a readable status is, at least, a request.
  const incoming = row.status ?? (base ? undefined : 'requested');
  const status = nextStatus<SampleStatus>(base, incoming, ctx.now, base?.firstSeen);
  const current = status.status ?? 'requested';
  const next: SampleRequest = withoutUndefined({
    id,
    creatorKey: creatorKey ?? base?.creatorKey,
    creatorHandle: normaliseHandleForKey(row.creatorHandle) ?? base?.creatorHandle,
    productId: trimmedText(row.productId) ?? base?.productId ?? '',
    productName: textOver(row.productName, base?.productName),
    sku: textOver(row.sku, base?.sku),
    status: current,
    statusHistory: status.statusHistory,
    requestedAt: row.requestedAt ?? base?.requestedAt ?? (!base && current === 'requested' ? ctx.now : undefined),
    shippedAt: base?.shippedAt ?? milestone(base, current, 'shipped', ctx.now),
    contentDeliveredAt: base?.contentDeliveredAt ?? milestone(base, current, 'content-delivered', ctx.now),
    sampleCost: base?.sampleCost,
    firstSeen: base?.firstSeen ?? ctx.now,
    lastSeen: Math.max(base?.lastSeen ?? ctx.now, ctx.now),
    updatedAt: base?.updatedAt ?? ctx.now,
  });
  if (base && !sameApartFromTimes(base, next)) next.updatedAt = ctx.now;
  return next;
}

/** The stored request a row is: by its id, else the one request of this creator for this product (and SKU). */
function matchSample(
  work: ReadonlyMap<string, SampleRequest>,
  byHandle: ReadonlyMap<string, Set<string>>,
  row: SampleRow,
  requestId: string | undefined,
  handle: string | null,
): SampleRequest | undefined {
  if (requestId) {
    const exact = work.get(requestId);
    if (exact) return exact;
  }
  if (!handle) return undefined;
  const productId = row.productId.trim();
  const derived = work.get(derivedSampleId(handle, productId, row.sku));
  if (derived) return derived;
  const candidates = [...(byHandle.get(handle) ?? [])]
    .map((id) => work.get(id))
    .filter((sample): sample is SampleRequest => sample !== undefined)
    .filter((sample) => sample.productId === productId && (!sample.sku || !row.sku || sample.sku === row.sku.trim()))
    // A row with its own id only adopts a request stored without one.
    .filter((sample) => !requestId || sample.id.startsWith('sample:'));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** One read-write transaction for the whole batch, like `storeCreatorRows`; bulk reads only. */
export function storeSampleRows(db: CreatorDeskDb, rows: readonly SampleRow[], ctx: MergeContext): Promise<SampleStoreResult> {
  return db.transaction('rw', creatorLinkedTables(db), async () => {
    const result: SampleStoreResult = { ...emptyStoreResult(), creatorsCreated: 0 };
    const accepted: { row: SampleRow; requestId?: string; handle: string | null }[] = [];
    for (const row of rows) {
      const requestId = trimmedText(row.requestId);
      const handle = normaliseHandleForKey(row.creatorHandle);
      if (!trimmedText(row.productId)) addRejection(result, SAMPLE_WITHOUT_PRODUCT);
      else if (!requestId && !handle) addRejection(result, NO_SAMPLE_IDENTITY);
      else accepted.push({ row, handle, ...(requestId ? { requestId } : {}) });
    }

    // The page names a sample's creator by handle only (a row without one links to no creator).
    const creators = await linkCreators(db, ctx, accepted.map(({ row }) => ({ handle: row.creatorHandle })));
    result.creatorsCreated = creators.created;

    const [byId, byCreator] = await Promise.all([
      recordsByPrimaryKeys(db.samples, accepted.flatMap((entry) => (entry.requestId ? [entry.requestId] : []))),
      recordsByIndexValues(db.samples, 'creatorHandle', accepted.flatMap((entry) => (entry.handle ? [entry.handle] : []))),
    ]);
    const work = new Map<string, SampleRequest>();
    const byHandle = new Map<string, Set<string>>();
    const remember = (sample: SampleRequest) => {
      work.set(sample.id, sample);
      if (sample.creatorHandle) byHandle.set(sample.creatorHandle, (byHandle.get(sample.creatorHandle) ?? new Set()).add(sample.id));
    };
    for (const sample of [...byId, ...byCreator]) remember(sample);

    const touched = new Set<string>();
    const removed = new Set<string>();
    for (const [index, { row, requestId, handle }] of accepted.entries()) {
      const base = matchSample(work, byHandle, row, requestId, handle);
      const id = requestId ?? base?.id ?? derivedSampleId(handle!, row.productId.trim(), row.sku);
      if (base && base.id !== id) {
        // Stored under its derived id until now: it moves to the real one.
        work.delete(base.id);
        byHandle.get(base.creatorHandle ?? '')?.delete(base.id);
        touched.delete(base.id);
        removed.add(base.id);
      }
      const next = applySampleRow(base, row, id, creators.keys[index], ctx);
      const moved = base !== undefined && base.id !== id;
      result[!base ? 'created' : moved || !sameApartFromTimes(base, next) ? 'updated' : 'unchanged'] += 1;
      remember(next);
      touched.add(id);
      removed.delete(id);
    }
    const records = [...touched].map((id) => work.get(id)).filter((record) => record !== undefined);
    if (records.length > 0) await db.samples.bulkPut(records);
    if (removed.size > 0) await db.samples.bulkDelete([...removed]);
    return result;
  });
}
