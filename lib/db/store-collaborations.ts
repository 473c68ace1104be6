/**
 * Stores captured collaborations: target invitations (id = Seller Center's invitation id) and open
 * collaboration plans (one per product, id = the product id), each with its commission rate, its
 * products and its creators (linked by key; a creator seen only here is created minimally).
 * What a row shows is added to what was stored (a `+3 more` cell shows only some creators), and a
 * status change is appended to `statusHistory`, never written over.
 */
import type { CollaborationRow } from '../model/entities';
import type { Collaboration, CollaborationStatus } from '../model/program';
import type { Quantity } from '../parse/quantity';
import { recordsByPrimaryKeys } from './bulk-lookup';
import { creatorLinkedTables } from './creator-links';
import type { MergeContext } from './creator-merge';
import { type CreatorIdentity, linkCreators } from './creator-session';
import type { CreatorDeskDb } from './database';
import { normaliseCreatorId } from '../model/keys';
import { localDay } from '../calendar/days';
import { nextStatus } from './status-history';
import { addRejection, emptyStoreResult, type StoreResult } from './store-result';
import { sameApartFromTimes, textOver, trimmedText, unionStrings, withoutUndefined } from './structural';

export const NO_INVITATION_ID = 'no invitation id or name';
export const NO_OPEN_PRODUCT_ID = 'no product id';

export interface CollaborationStoreResult extends StoreResult {
  creatorsCreated: number;
}

/**
 * The record id of a row: the invitation id; for a target row without one, its name and validity
 * (stable while the invitation is listed); for an open plan, its product id.
 */
export function collaborationId(row: CollaborationRow): string | undefined {
  if (row.kind === 'open') return trimmedText(row.products.find((product) => trimmedText(product.id))?.id);
  const invitationId = trimmedText(row.invitationId);
  if (invitationId) return invitationId;
  const name = trimmedText(row.name);
  return name ? `target:${name.toLowerCase()}|${row.validFrom ?? ''}|${row.validTo ?? ''}` : undefined;
}

/** A single rate as a fraction: exact, or a range whose ends agree; a real range is no single rate (null). */
export function commissionRateOf(quantity: Quantity | undefined): number | null {
  if (!quantity || (quantity.unit !== undefined && quantity.unit !== 'percent')) return null;
  if (quantity.kind === 'exact') return quantity.value;
  return quantity.min !== null && quantity.min === quantity.max ? quantity.min : null;
}

/** The status of a collaboration first seen without one: listed means running, unless its validity ended. */
function assumedStatus(row: CollaborationRow, now: number): CollaborationStatus {
  if (row.kind === 'target' && row.validTo && row.validTo < localDay(now)) return 'expired';
  return 'ongoing';
}

export function applyCollaborationRow(
  base: Collaboration | undefined,
  row: CollaborationRow,
  id: string,
  creatorKeys: readonly string[],
  ctx: MergeContext,
): Collaboration {
  const incomingStatus = row.status ?? (base ? undefined : assumedStatus(row, ctx.now));
  const status = nextStatus<CollaborationStatus>(base, incomingStatus, ctx.now, base?.firstSeen);
  const next: Collaboration = withoutUndefined({
    id,
    kind: row.kind,
    name: textOver(row.name, base?.name),
    creatorKeys: unionStrings(base?.creatorKeys, creatorKeys),
    creatorHandles: base?.creatorHandles,
    productIds: unionStrings(
      base?.productIds,
      row.products.flatMap((product) => (trimmedText(product.id) ? [product.id!.trim()] : [])),
    ),
    commissionRate: commissionRateOf(row.commissionRate) ?? base?.commissionRate ?? null,
    validFrom: row.validFrom ?? base?.validFrom,
    validTo: row.validTo ?? base?.validTo,
    status: status.status ?? 'ongoing',
    statusHistory: status.statusHistory,
    firstSeen: base?.firstSeen ?? ctx.now,
    lastSeen: Math.max(base?.lastSeen ?? ctx.now, ctx.now),
    updatedAt: base?.updatedAt ?? ctx.now,
  });
  if (base && !sameApartFromTimes(base, next)) next.updatedAt = ctx.now;
  return next;
}

/** The creators a row names: handles with their ids when the cell links them in the same order. */
function creatorIdentities(row: CollaborationRow): CreatorIdentity[] {
  const handles = row.creatorHandles.filter((handle) => trimmedText(handle));
  const ids = (row.creatorIds ?? []).map((id) => normaliseCreatorId(id)).filter((id): id is string => id !== null);
  if (ids.length === handles.length) return handles.map((handle, index) => ({ handle, creatorId: ids[index] }));
  return [...handles.map((handle) => ({ handle })), ...ids.map((creatorId) => ({ creatorId }))];
}

/** One read-write transaction for the whole batch, like `storeCreatorRows`; bulk reads only. */
export function storeCollaborationRows(
  db: CreatorDeskDb,
  rows: readonly CollaborationRow[],
  ctx: MergeContext,
): Promise<CollaborationStoreResult> {
  return db.transaction('rw', creatorLinkedTables(db), async () => {
    const result: CollaborationStoreResult = { ...emptyStoreResult(), creatorsCreated: 0 };
    const accepted: { row: CollaborationRow; id: string; identities: CreatorIdentity[] }[] = [];
    for (const row of rows) {
      const id = collaborationId(row);
      if (id) accepted.push({ row, id, identities: creatorIdentities(row) });
      else addRejection(result, row.kind === 'open' ? NO_OPEN_PRODUCT_ID : NO_INVITATION_ID);
    }

    const creators = await linkCreators(db, ctx, accepted.flatMap((entry) => entry.identities));
    result.creatorsCreated = creators.created;

    const work = new Map<string, Collaboration>();
    for (const stored of await recordsByPrimaryKeys(db.collaborations, accepted.map((entry) => entry.id))) work.set(stored.id, stored);
    const touched = new Set<string>();
    // `creators.keys` holds every row's identities, one row after the other.
    let firstIdentity = 0;
    for (const { row, id, identities } of accepted) {
      const creatorKeys = creators.keys.slice(firstIdentity, firstIdentity + identities.length).filter((key) => key !== undefined);
      firstIdentity += identities.length;
      const base = work.get(id);
      const next = applyCollaborationRow(base, row, id, unionStrings([], creatorKeys), ctx);
      result[!base ? 'created' : sameApartFromTimes(base, next) ? 'unchanged' : 'updated'] += 1;
      work.set(id, next);
      touched.add(id);
    }
    const records = [...touched].map((id) => work.get(id)).filter((record) => record !== undefined);
    if (records.length > 0) await db.collaborations.bulkPut(records);
    return result;
  });
}
