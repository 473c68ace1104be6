/**
 * Manage creators: `POST /api/v1/oec/affiliate/crm/creator/list` →
 * `data.creators[]{base:{oec_id, handle_name, nick_name}}` (metric fields of this list: not seen, so
 * none are read). Links each creator's id to its handle. Fixture: manage-creators.fixture.json.
 */
import type { CreatorRow } from '../model/entities';
import { batch, decodeEnvelope, handleText, NO_CREATOR_IDENTITY, payload } from './envelope';
import { arrayAt, idText, objectAt, text } from './json-values';
import type { PageDataDecoder } from './types';

export const manageCreatorsDecoder: PageDataDecoder = {
  endpoint: 'manage-creators',
  decode: (body) =>
    decodeEnvelope(body, (root) => {
      const list = arrayAt(payload(root), 'creators');
      return (
        list && [
          batch('creators', list, (item): CreatorRow | string => {
            const base = objectAt(item, 'base') ?? {};
            const creatorId = idText(base.oec_id ?? base.creator_oec_id);
            const handle = handleText(base.handle_name ?? base.handle);
            if (!creatorId && !handle) return NO_CREATOR_IDENTITY;
            const row: CreatorRow = { metrics: {} };
            if (creatorId) row.creatorId = creatorId;
            if (handle) row.handle = handle;
            const displayName = text(base.nick_name ?? base.nickname, 512);
            if (displayName) row.displayName = displayName;
            return row;
          }),
        ]
      );
    }),
};
