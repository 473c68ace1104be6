/**
 * Find creators: `POST /api/v1/oec/affiliate/creator/marketplace/find` → `creator_profile_list[]` of
 * wrapped creator records (see creator-fields.ts). Fixture: find-creators.fixture.json.
 */
import { arrayAt } from './json-values';
import { batch, decodeEnvelope, payload } from './envelope';
import { creatorFromWrapped } from './creator-fields';
import type { PageDataDecoder } from './types';

export const findCreatorsDecoder: PageDataDecoder = {
  endpoint: 'find-creators',
  decode: (body, ctx) =>
    decodeEnvelope(body, (root) => {
      const list = arrayAt(payload(root), 'creator_profile_list');
      return list && [batch('creators', list, (item) => creatorFromWrapped(item as Record<string, unknown>, ctx))];
    }),
};
