/**
 * Target collaboration (invitations):
 * - list `POST /api/v1/oec/affiliate/seller/invitation_group/search` → `data.invitation_list[]{id, name,
 *   product_cnt, creator_cnt, …, status}` (status 1–4 = Ongoing / Expiring / Canceling / Completed);
 * - detail (path [I], by `invitation_group_id`) → `creator_id_list[]{base_info{creator_oec_id,
 *   user_name, nick_name}, product_add_cnt, content_posted_cnt}`: the invitation's creators, by id and
 *   handle (linking the two), and the invitation itself when the page or request names its id.
 * Commission is sent ×100 (1500 = 15%). Fixtures: target-invitations*.fixture.json.
 */
import type { CollaborationRow, CreatorRow } from '../model/entities';
import type { CollaborationStatus } from '../model/program';
import { batch, decodeEnvelope, handleText, NO_CREATOR_IDENTITY, payload } from './envelope';
import { arrayAt, dayOf, idText, isObject, numeric, objectAt, rateOf, text, type Json } from './json-values';
import type { DecodedBatch, PageDataDecoder } from './types';

export const NO_INVITATION_ID = 'no invitation id';

/** Canceling counts as canceled; completed as expired (its validity ended). */
const STATUS: Readonly<Record<number, CollaborationStatus>> = { 1: 'ongoing', 2: 'expiring', 3: 'canceled', 4: 'expired' };

function statusOf(value: unknown): CollaborationStatus | null {
  const code = numeric(value);
  return (code !== undefined && STATUS[code]) || null;
}

export const targetInvitationsDecoder: PageDataDecoder = {
  endpoint: 'target-invitations',
  decode: (body) =>
    decodeEnvelope(body, (root) => {
      const list = arrayAt(payload(root), 'invitation_list');
      return (
        list && [
          batch('collaborations', list, (item): CollaborationRow | string => {
            const invitation = item as Json;
            const invitationId = idText(invitation.id ?? invitation.invitation_group_id);
            if (!invitationId) return NO_INVITATION_ID;
            const row: CollaborationRow = {
              kind: 'target',
              invitationId,
              products: [],
              creatorHandles: [],
              status: statusOf(invitation.status),
            };
            const name = text(invitation.name, 1024);
            if (name) row.name = name;
            const rate = rateOf(invitation.commission_rate, 'hundredths');
            if (rate) row.commissionRate = rate;
            const validFrom = dayOf(invitation.start_time ?? invitation.begin_time);
            if (validFrom) row.validFrom = validFrom;
            const validTo = dayOf(invitation.end_time);
            if (validTo) row.validTo = validTo;
            return row;
          }),
        ]
      );
    }),
};

export const targetInvitationDetailDecoder: PageDataDecoder = {
  endpoint: 'target-invitation-detail',
  decode: (body, ctx) =>
    decodeEnvelope(body, (root) => {
      const data = payload(root);
      const list = arrayAt(data, 'creator_id_list') ?? arrayAt(objectAt(data, 'invitation_group'), 'creator_id_list');
      if (!list) return undefined;
      const creators = batch('creators', list, (item): CreatorRow | string => {
        const base = objectAt(item, 'base_info') ?? {};
        const creatorId = idText(base.creator_oec_id);
        const handle = handleText(base.user_name);
        if (!creatorId && !handle) return NO_CREATOR_IDENTITY;
        const row: CreatorRow = { metrics: {} };
        if (creatorId) row.creatorId = creatorId;
        if (handle) row.handle = handle;
        const displayName = text(base.nick_name, 512);
        if (displayName) row.displayName = displayName;
        return row;
      });
      const batches: DecodedBatch[] = [creators];
      const requested = isObject(ctx.request) ? idText(ctx.request.invitation_group_id) : undefined;
      const invitationId = requested ?? idText(objectAt(data, 'invitation_group')?.id) ?? ctx.invitationId;
      if (invitationId && creators.entity === 'creators') {
        // Ids go with handles position by position: only when every listed handle has its id.
        const named = creators.rows.filter((row) => row.handle);
        const handles = named.map((row) => row.handle!);
        const ids = named.every((row) => row.creatorId) ? named.map((row) => row.creatorId!) : [];
        batches.push(
          batch('collaborations', [{}], () => ({
            kind: 'target',
            invitationId,
            products: [],
            creatorHandles: handles,
            ...(ids.length > 0 ? { creatorIds: ids } : {}),
            status: null,
          })),
        );
      }
      return batches;
    }),
};
