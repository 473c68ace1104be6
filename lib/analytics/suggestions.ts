/**
 * Tier suggestions (playbook §3). The seller decides: a suggestion never changes the accepted tier.
 * - No accepted tier: an initial placement by follower band (the only place followers count).
 * - Accepted tier: promotion by performance only (consistent output over the promotion window,
 *   revenue per post above the current tier's median, no compliance flag), or demotion /
 *   deprioritising on sustained under-delivery (which wins over promotion).
 */
import type { SuggestionKind, Tier } from '../model/program';
import { isoDay, localDayOfTimestamp, windowEndingOn } from '../calendar/days';
import { IN_SENTENCES, formatCountText, formatMoneyText } from '../format/number';
import { formatDayText } from '../format/day';
import { firstPostDay } from './entry-records';
import { type CreatorEntry, type ProgramIndex } from './program-index-model';
import type { AnalysisOptions } from './scorecard';
import { median, ratio } from './stats';
import {
  TIER_COMPENSATION,
  TIER_LABELS,
  followerBandText,
  tierAbove,
  tierBelow,
  tierForFollowers,
} from './tiers';
import { lastPostDayOnOrBefore, postsAndGmvInRange, postsPerRollingWeek } from './window-metrics';

export type SuggestionEvidence =
  | {
      kind: 'followers';
      followers: number | null;
      /** The follower figure as captured (`45.2K`, `10K-50K`). */
      followersText: string;
    }
  | {
      kind: 'performance';
      weeksWithPosts: number;
      weeks: number;
      minWeeksWithPosts: number;
      windowDays: number;
      posts: number;
      gmv: number;
      revenuePerPost: number;
      tierMedian: number;
      /** Creators behind the median. */
      peers: number;
      /** Days since the creator's first stored post (tenure), and the minimum asked for. */
      tenureDays: number;
      minTenureDays: number;
    }
  | {
      kind: 'under-delivery';
      /** Posts per rolling week, newest first (when an agreed rate exists). */
      weeklyPosts: number[];
      agreedPostsPerWeek: number | null;
      lastPostDay: string | null;
      /** Days without content (since the last post or the tier's acceptance, whichever is later). */
      daysInactive: number | null;
    };

export interface TierSuggestion {
  creatorKey: string;
  handle: string | null;
  kind: SuggestionKind;
  fromTier: Tier | null;
  toTier: Tier;
  /** One sentence with the numbers that triggered it. */
  reason: string;
  /** The playbook's compensation model for `toTier`. */
  compensation: string;
  evidence: SuggestionEvidence;
  /** The seller dismissed this suggestion since the accepted tier last changed. */
  dismissed: boolean;
}

/**
 * Posts and GMV over the promotion window of every creator, by position in `index.entries` (typed
 * arrays: no object or map entry per creator), and each tier's median of revenue per post.
 */
interface PromotionFigures {
  posts: Float64Array;
  /** NaN: unknown. */
  gmv: Float64Array;
  medians: Map<Tier, { median: number; peers: number }>;
}

function promotionFigures(index: ProgramIndex, options: AnalysisOptions, asOfDay: number): PromotionFigures {
  const { settings } = options;
  const range = windowEndingOn(asOfDay, settings.promotionWindowDays);
  const entries = index.entries;
  const posts = new Float64Array(entries.length);
  const gmvs = new Float64Array(entries.length);
  const byTier = new Map<Tier, number[]>();
  for (let at = 0; at < entries.length; at++) {
    const entry = entries[at]!;
    const figures = postsAndGmvInRange(entry, index, range);
    posts[at] = figures.posts;
    gmvs[at] = figures.gmv ?? Number.NaN;
    const revenuePerPost = ratio(figures.gmv, figures.posts);
    const tier = placementTier(entry, options);
    if (tier === null || revenuePerPost === null) continue;
    const list = byTier.get(tier);
    if (list) list.push(revenuePerPost);
    else byTier.set(tier, [revenuePerPost]);
  }
  const medians: PromotionFigures['medians'] = new Map();
  for (const [tier, values] of byTier) medians.set(tier, { median: median(values) as number, peers: values.length });
  return { posts, gmv: gmvs, medians };
}

/** A text written once per key, then given again: `write` runs on the first ask of each key only. */
export function writtenOnce<K>(write: (key: K) => string): (key: K) => string {
  const texts = new Map<K, string>();
  return (key) => {
    let text = texts.get(key);
    if (text === undefined) {
      text = write(key);
      texts.set(key, text);
    }
    return text;
  };
}

/**
 * The texts many reasons of one run share (a follower band, an agreed rate, a tier's median), each
 * written once per run: formatting numbers is a good part of the suggestions' cost.
 */
interface SharedTexts {
  band: (tier: Tier) => string;
  /** A count as `compact` (a band's bound: `5K`). */
  compactCount: (n: number) => string;
  /** A count in a sentence (an agreed rate: `2`, `0.75`). */
  count: (n: number) => string;
  /** Money in a sentence, in the shop's currency (a tier's median). */
  money: (n: number) => string;
}

function sharedTexts(settings: AnalysisOptions['settings'], currency: ProgramIndex['currency']): SharedTexts {
  return {
    band: writtenOnce((tier: Tier) => followerBandText(tier, settings)),
    compactCount: writtenOnce((n: number) => formatCountText(n, { compact: true })),
    count: writtenOnce((n: number) => formatCountText(n, IN_SENTENCES)),
    money: writtenOnce((n: number) => formatMoneyText(n, currency, IN_SENTENCES)),
  };
}

function placementTier(entry: CreatorEntry, options: AnalysisOptions): Tier | null {
  return entry.program?.acceptedTier ?? tierForFollowers(entry.followersQuantity, options.settings);
}

function isDismissed(entry: CreatorEntry, kind: SuggestionKind, fromTier: Tier | null, toTier: Tier): boolean {
  const program = entry.program;
  if (!program) return false;
  const lastChange = program.tierHistory.at(-1)?.at ?? -Infinity;
  return program.dismissedSuggestions.some(
    (d) => d.kind === kind && d.fromTier === fromTier && d.toTier === toTier && d.at >= lastChange,
  );
}

function suggest(
  entry: CreatorEntry,
  kind: SuggestionKind,
  fromTier: Tier | null,
  toTier: Tier,
  reason: string,
  evidence: SuggestionEvidence,
): TierSuggestion {
  return {
    creatorKey: entry.key,
    handle: entry.handle,
    kind,
    fromTier,
    toTier,
    reason,
    compensation: TIER_COMPENSATION[toTier],
    evidence,
    dismissed: isDismissed(entry, kind, fromTier, toTier),
  };
}

function initialSuggestion(entry: CreatorEntry, options: AnalysisOptions, texts: SharedTexts): TierSuggestion | null {
  const { settings } = options;
  const q = entry.followersQuantity;
  const tier = tierForFollowers(q, settings);
  if (tier === null || !q) return null;
  const followersText = q.kind === 'exact' ? formatCountText(q.value, { compact: true }) : q.raw;
  const reason =
    tier === 'prospect'
      ? `${followersText} followers is under the Tier 1 band's ${texts.compactCount(settings.tier1MinFollowers)}: a prospect at most.`
      : `${followersText} followers is in the ${TIER_LABELS[tier]} band (${texts.band(tier)}).`;
  return suggest(entry, 'initial', null, tier, reason, {
    kind: 'followers',
    followers: entry.followers,
    followersText,
  });
}

function underDeliverySuggestion(
  index: ProgramIndex,
  entry: CreatorEntry,
  accepted: Tier,
  options: AnalysisOptions,
  asOfDay: number,
  texts: SharedTexts,
): TierSuggestion | null {
  const { settings } = options;
  const program = entry.program;
  const acceptedAt = program?.tierHistory.at(-1)?.at;
  const acceptedDay = acceptedAt === undefined ? null : localDayOfTimestamp(acceptedAt);
  const agreed = program?.agreedPostsPerWeek ?? null;
  const lastPost = lastPostDayOnOrBefore(entry, index, asOfDay);
  const lastPostDay = lastPost === null ? null : isoDay(lastPost);
  const demoteTo = tierBelow(accepted);
  const kind: SuggestionKind = accepted === 'tier2' || accepted === 'tier3' ? 'demote' : 'deprioritise';
  const toTier = kind === 'demote' && demoteTo ? demoteTo : accepted;
  const action = kind === 'demote' ? `suggest moving down to ${TIER_LABELS[toTier]}` : 'suggest deprioritising';

  if (agreed !== null && agreed > 0) {
    const weeks = settings.underDeliveryWeeks;
    // Weeks before the tier was accepted are not held against it.
    const observedFrom = asOfDay - weeks * 7 + 1;
    if (acceptedDay !== null && acceptedDay > observedFrom) return null;
    const weeklyPosts = postsPerRollingWeek(entry, index, asOfDay, weeks);
    if (!weeklyPosts.every((n) => n < agreed)) return null;
    const reason =
      `Below the agreed ${texts.count(agreed)} posts a week in each of the last ${weeks} weeks ` +
      `(posts per week, newest first: ${weeklyPosts.join(', ')}): ${action}.`;
    return suggest(entry, kind, accepted, toTier, reason, {
      kind: 'under-delivery',
      weeklyPosts,
      agreedPostsPerWeek: agreed,
      lastPostDay,
      daysInactive: lastPost === null ? null : asOfDay - lastPost,
    });
  }

  // No agreed rate: sustained under-delivery is the playbook's inactivity (no content for N days).
  const since = lastPost === null ? acceptedDay : acceptedDay === null ? lastPost : Math.max(lastPost, acceptedDay);
  const daysInactive = since === null ? null : asOfDay - since;
  if (daysInactive !== null && daysInactive < settings.zombieAfterDays) return null;
  const limit = `inactive after ${settings.zombieAfterDays} days`;
  const sinceAccepted = daysInactive === null ? '' : ` in the ${daysInactive} days since the tier was accepted`;
  // Counted from the tier's acceptance when it came after the last post, and said so.
  const stretch = since !== lastPost ? sinceAccepted : ` for ${daysInactive} days`;
  const reason =
    lastPostDay === null
      ? `No content stored${sinceAccepted} (${limit}): ${action}.`
      : `No content${stretch} (last post ${formatDayText(lastPostDay)}; ${limit}): ${action}.`;
  return suggest(entry, kind, accepted, toTier, reason, {
    kind: 'under-delivery',
    weeklyPosts: [],
    agreedPostsPerWeek: null,
    lastPostDay,
    daysInactive,
  });
}

function promotionSuggestion(
  index: ProgramIndex,
  entry: CreatorEntry,
  /** The entry's position in `index.entries`. */
  at: number,
  accepted: Tier,
  figures: PromotionFigures,
  options: AnalysisOptions,
  asOfDay: number,
  currency: ProgramIndex['currency'],
  texts: SharedTexts,
): TierSuggestion | null {
  const { settings } = options;
  const toTier = tierAbove(accepted);
  if (!toTier) return null;
  if (entry.program?.compliance.flagged) return null;
  // Promotion needs tenure: the minimum consistent period counted from the first post (playbook §3).
  const tenureDays = tenureOf(entry, index, asOfDay);
  if (tenureDays === null || tenureDays < settings.promotionMinTenureDays) return null;
  const weeks = settings.consistencyWeeks;
  const weeklyPosts = postsPerRollingWeek(entry, index, asOfDay, weeks);
  const weeksWithPosts = weeklyPosts.filter((n) => n > 0).length;
  if (weeksWithPosts < settings.consistencyMinWeeksWithPosts) return null;
  const posts = figures.posts[at]!;
  const gmv = figures.gmv[at]!;
  const revenuePerPost = Number.isNaN(gmv) ? null : ratio(gmv, posts);
  const tierMedian = figures.medians.get(accepted);
  if (revenuePerPost === null || !tierMedian) return null;
  if (!(revenuePerPost > tierMedian.median)) return null;
  const reason =
    `Posting for ${tenureDays} days (at least ${settings.promotionMinTenureDays}), ` +
    `posted in ${weeksWithPosts} of the last ${weeks} weeks, ` +
    `revenue per post of ${formatMoneyText(revenuePerPost, currency, IN_SENTENCES)} over ${settings.promotionWindowDays} days ` +
    `is above the ${TIER_LABELS[accepted]} median of ${texts.money(tierMedian.median)}, ` +
    `and no compliance flag.`;
  return suggest(entry, 'promote', accepted, toTier, reason, {
    kind: 'performance',
    weeksWithPosts,
    weeks,
    minWeeksWithPosts: settings.consistencyMinWeeksWithPosts,
    windowDays: settings.promotionWindowDays,
    posts,
    gmv,
    revenuePerPost,
    tierMedian: tierMedian.median,
    peers: tierMedian.peers,
    tenureDays,
    minTenureDays: settings.promotionMinTenureDays,
  });
}

/** Days from the creator's first stored post to `asOfDay`; null when no dated post is stored. */
export function tenureOf(entry: CreatorEntry, index: ProgramIndex, asOfDay: number): number | null {
  // Posts older than the days read: tenure is at least back to the latest of them (the read
  // horizon covers the minimum tenure, so the comparison with it is exact).
  if (entry.lastPostBefore !== null) return asOfDay - entry.lastPostBefore;
  const first = firstPostDay(entry, index);
  return first === null || first > asOfDay ? null : asOfDay - first;
}

/** At most one suggestion per creator, in key order. Dismissed ones are included, marked. */
export function suggestTiers(index: ProgramIndex, options: AnalysisOptions): TierSuggestion[] {
  const asOfDay = localDayOfTimestamp(options.asOf);
  let figures: PromotionFigures | null = null;
  const texts = sharedTexts(options.settings, index.currency);
  const suggestions: TierSuggestion[] = [];
  const entries = index.entries;
  for (let at = 0; at < entries.length; at++) {
    const entry = entries[at]!;
    const accepted = entry.program?.acceptedTier ?? null;
    let suggestion: TierSuggestion | null;
    if (accepted === null) {
      suggestion = initialSuggestion(entry, options, texts);
    } else {
      suggestion = underDeliverySuggestion(index, entry, accepted, options, asOfDay, texts);
      if (!suggestion) {
        figures ??= promotionFigures(index, options, asOfDay);
        suggestion = promotionSuggestion(index, entry, at, accepted, figures, options, asOfDay, index.currency, texts);
      }
    }
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}
