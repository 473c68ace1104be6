/**
 * Generated captures for the storage bench: Find creators rows (as the adapter produces them) and
 * video / LIVE rows linked to those creators, deterministic from a seed.
 */
import type { ContentRow, CreatorMetrics, CreatorRow } from '../../../lib/model/entities';
import type { Quantity } from '../../../lib/parse/quantity';
import { CATEGORIES, CONTENT_TITLES, count, creatorIdFor, DISPLAY_NAMES, handleFor, percent, picker, type Picker, usd } from './random';

function range(min: number, max: number | null, unit: 'USD' | undefined, raw: string): Quantity {
  return { kind: 'range', min, max, unit, raw };
}

function creatorMetrics(p: Picker): CreatorMetrics {
  const followers = Math.round(1000 * 10 ** (p.random() * 3.5));
  const metrics: CreatorMetrics = {
    followers: count(followers),
    gmv: p.chance(0.15) ? range(5000, 25000, 'USD', '$5K-$25K') : usd(Math.round(p.random() * 500_000)),
    itemsSold: p.chance(0.15) ? range(100, 1000, undefined, '100-1K') : count(p.int(50_000)),
    avgVideoViews: count(200 + p.int(2_000_000)),
    engagementRate: percent(0.005 + p.random() * 0.09),
    avgCommissionRate: percent(0.05 + p.int(20) / 100),
  };
  if (p.chance(0.85)) metrics.postRate = percent(0.4 + p.random() * 0.6);
  return metrics;
}

export function generateCreatorRows(total: number, seed = 11): CreatorRow[] {
  const p = picker(seed);
  return Array.from({ length: total }, (_, index) => {
    const categories = new Set<string>();
    const wanted = 1 + p.int(3);
    while (categories.size < wanted) categories.add(p.pick(CATEGORIES));
    return {
      creatorId: creatorIdFor(index),
      handle: handleFor(index, p),
      displayName: p.pick(DISPLAY_NAMES),
      categories: [...categories],
      audience: { gender: p.chance(0.7) ? 'female' : 'male', genderShare: 0.5 + p.int(46) / 100, ageRange: p.pick(['18-24', '25-34', '35-44'] as const) },
      metrics: creatorMetrics(p),
    };
  });
}

/** Content rows whose creators are among `creators` (by id and handle, as the video pages show them). */
export function generateContentRows(total: number, creators: readonly CreatorRow[], seed = 23): ContentRow[] {
  const p = picker(seed);
  return Array.from({ length: total }, (_, index) => {
    const creator = creators[p.int(creators.length)];
    const live = p.chance(0.1);
    const views = 500 + p.int(3_000_000);
    const day = 1 + p.int(28);
    return {
      contentId: `73${String(index).padStart(17, '0')}`,
      type: live ? 'live' : 'video',
      creatorId: creator?.creatorId,
      creatorHandle: creator?.handle,
      title: `${p.pick(CONTENT_TITLES)} #${index}`,
      postDate: `2026-${String(1 + p.int(10)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      productIds: [`17299${String(p.int(400)).padStart(14, '0')}`],
      metrics: {
        views: count(views),
        likes: count(Math.round(views * 0.05 * p.random())),
        comments: count(p.int(2_000)),
        shares: count(p.int(1_500)),
        gmv: usd(Math.round(p.random() * 20_000 * 100) / 100),
        orders: count(p.int(600)),
        itemsSold: count(p.int(800)),
        ctr: percent(p.random() * 0.05),
        completionRate: live ? undefined : percent(p.random() * 0.6),
      },
    };
  });
}
