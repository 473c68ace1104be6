/**
 * Creator profile: `POST /api/v1/oec/affiliate/creator/marketplace/profile` → `creator_profile` (wrapped
 * fields, 30-day post counts) with `top_video_data[]{item_id, play_cnt, like_cnt, release_date}`, which
 * become content pieces of that creator. Fixture: creator-profile.fixture.json.
 */
import type { ContentRow } from '../model/entities';
import { batch, decodeEnvelope, handleText, payload } from './envelope';
import { creatorFromWrapped } from './creator-fields';
import { dayOf, fieldOf, idText, isObject, quantityOf } from './json-values';
import type { DecodedBatch, PageDataDecoder } from './types';

export const NO_VIDEO_ID = 'no video id';

export const creatorProfileDecoder: PageDataDecoder = {
  endpoint: 'creator-profile',
  decode: (body, ctx) =>
    decodeEnvelope(body, (root) => {
      const profile = payload(root).creator_profile;
      if (!isObject(profile)) return undefined;
      const creator = creatorFromWrapped(profile, ctx);
      const batches: DecodedBatch[] = [batch('creators', [profile], () => creator)];
      if (typeof creator === 'string') return batches;
      const videos = topVideos(profile);
      batches.push(
        batch('content', videos, (item): ContentRow | string => {
          const contentId = idText(fieldOf(item, 'item_id'));
          if (!contentId) return NO_VIDEO_ID;
          const row: ContentRow = { contentId, type: 'video', metrics: {} };
          if (creator.creatorId) row.creatorId = creator.creatorId;
          const handle = handleText(creator.handle);
          if (handle) row.creatorHandle = handle;
          const postDate = dayOf(fieldOf(item, 'release_date'));
          if (postDate) row.postDate = postDate;
          const views = quantityOf(fieldOf(item, 'play_cnt'), undefined, ctx.region);
          if (views) row.metrics.views = views;
          const likes = quantityOf(fieldOf(item, 'like_cnt'), undefined, ctx.region);
          if (likes) row.metrics.likes = likes;
          return row;
        }),
      );
      return batches;
    }),
};

/** `top_video_data`, plain or itself wrapped (`{ value: [...] }`). */
function topVideos(profile: Record<string, unknown>): unknown[] {
  const value = fieldOf(profile, 'top_video_data');
  return Array.isArray(value) ? value.slice(0, 200) : [];
}
