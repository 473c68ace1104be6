/**
 * The wrapped creator fields shared by Find creators and the creator profile (`creator_oecuid`,
 * `handle`, `follower_cnt`, …, each `{ value, status, is_authorized }`).
 */
import type { Audience, CreatorMetrics, CreatorRow } from '../model/entities';
import { handleText, NO_CREATOR_IDENTITY } from './envelope';
import {
  categoryNames,
  fieldOf,
  idText,
  isObject,
  numeric,
  quantityOf,
  rangeOf,
  rateOf,
  regionCurrency,
  text,
  type Json,
} from './json-values';
import type { DecodeContext } from './types';

/** A rate the marketplace sends as a fraction (0.034) — or, seen in some payloads [I], as a percent number (3.4). */
function looseRate(value: unknown) {
  const number = numeric(value);
  if (number === undefined) return undefined;
  return rateOf(value, number > 1 ? 'percent' : 'fraction');
}

/** `[{key|name, value|percentage}]` → the dominant entry (gender/age lists: shape [I]). */
function dominant(value: unknown): { key: string; share?: number } | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' && value.startsWith('[') ? safeParse(value) : undefined;
  if (!Array.isArray(list)) return typeof value === 'string' ? { key: value } : undefined;
  let best: { key: string; share?: number } | undefined;
  for (const item of list.slice(0, 20)) {
    if (!isObject(item)) continue;
    const key = text(item.key ?? item.name, 32);
    const share = numeric(item.value ?? item.percentage);
    if (key && (!best || (share ?? 0) > (best.share ?? 0))) best = share === undefined ? { key } : { key, share };
  }
  return best;
}

function safeParse(value: string): unknown {
  if (value.length > 10_000) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function audienceOf(profile: Json): Audience | undefined {
  const audience: Audience = {};
  const gender = dominant(fieldOf(profile, 'top_follower_gender'));
  const genderKey = gender?.key.toLowerCase();
  if (genderKey === 'female' || genderKey === 'male') {
    audience.gender = genderKey;
    const share = gender?.share;
    if (share !== undefined) {
      const fraction = share > 1 ? share / 100 : share;
      if (fraction >= 0 && fraction <= 1) audience.genderShare = fraction;
    }
  }
  const age = dominant(fieldOf(profile, 'top_follower_ages'))?.key;
  if (age && /^[\d+\- ]{2,16}$/.test(age)) audience.ageRange = age.replace(/\s+/g, '');
  return Object.keys(audience).length > 0 ? audience : undefined;
}

/** A creator row from one wrapped profile record; the page's `cid` stands in for a missing id. */
export function creatorFromWrapped(profile: Json, ctx: DecodeContext): CreatorRow | string {
  const creatorId = idText(fieldOf(profile, 'creator_oecuid')) ?? idText(fieldOf(profile, 'creator_oec_id')) ?? ctx.creatorId;
  const handle = handleText(fieldOf(profile, 'handle'));
  if (!creatorId && !handle) return NO_CREATOR_IDENTITY;
  const money = regionCurrency(ctx.region);
  const metrics: CreatorMetrics = {};
  const put = (name: keyof CreatorMetrics, quantity: CreatorMetrics[keyof CreatorMetrics] | undefined) => {
    if (quantity) metrics[name] = quantity;
  };
  put('followers', quantityOf(fieldOf(profile, 'follower_cnt'), undefined, ctx.region));
  put(
    'gmv',
    quantityOf(fieldOf(profile, 'med_gmv_revenue'), money, ctx.region) ??
      rangeOf(fieldOf(profile, 'med_gmv_revenue_range'), money, ctx.region),
  );
  put(
    'itemsSold',
    quantityOf(fieldOf(profile, 'units_sold'), undefined, ctx.region) ?? rangeOf(fieldOf(profile, 'units_sold_range'), undefined, ctx.region),
  );
  put('avgVideoViews', quantityOf(fieldOf(profile, 'video_avg_view_cnt'), undefined, ctx.region));
  put('engagementRate', looseRate(fieldOf(profile, 'video_engagement')));
  put('videoGmv', quantityOf(fieldOf(profile, 'video_gmv'), money, ctx.region));
  put('liveGmv', quantityOf(fieldOf(profile, 'live_gmv'), money, ctx.region));
  put('videos30d', quantityOf(fieldOf(profile, 'video_publish_cnt_30d'), undefined, ctx.region));
  put('shopVideos30d', quantityOf(fieldOf(profile, 'ec_video_publish_cnt_30d'), undefined, ctx.region));
  put('liveStreams30d', quantityOf(fieldOf(profile, 'live_streaming_cnt_30d'), undefined, ctx.region));

  const row: CreatorRow = { metrics };
  if (creatorId) row.creatorId = creatorId;
  if (handle) row.handle = handle;
  const displayName = text(fieldOf(profile, 'nickname'), 512);
  if (displayName) row.displayName = displayName;
  const categories = categoryNames(fieldOf(profile, 'category'));
  if (categories.length > 0) row.categories = categories;
  const audience = audienceOf(profile);
  if (audience) row.audience = audience;
  return row;
}

