/**
 * Per-creator scorecards over a window of local days ending on the day of `asOf` (playbook §6),
 * with their action flags. See README.md for how each metric is derived.
 */
import { ACTIVE_COLLABORATION_STATUSES, type Collaboration, type Tier } from '../model/program';
import type { CurrencyCode } from '../parse/quantity';
import { exactValue } from '../parse/quantity';
import { formatDay, localDayOfTimestamp, parseDay, windowEndingOn, type DayRange } from './days';
import type { ActionFlag } from './flags';
import type { CreatorEntry, ProgramIndex } from './program-index';
import type { AnalyticsSettings } from './settings';
import { ratio } from './stats';
import { tierForFollowers } from './tiers';
import { windowCosts, type WindowCosts } from './window-costs';
import { lastPostDayOnOrBefore, windowMetrics, type WindowMetrics } from './window-metrics';

export interface AnalysisOptions {
  /** The moment the analysis is for (epoch ms); its local day ends every window. */
  asOf: number;
  settings: AnalyticsSettings;
}

/**
 * One creator's window: the window figures (posts, GMV, orders, commission, clicks, conversion,
 * hook retention and where they came from; see `WindowMetrics`) plus what the scorecard derives.
 */
export interface Scorecard extends Omit<WindowMetrics, 'hookRetentionVideos'>, WindowCosts {
  creatorKey: string;
  handle: string | null;
  displayName: string | null;
  window: { days: number; from: string; to: string };
  currency: CurrencyCode | null;
  followers: number | null;
  acceptedTier: Tier | null;
  /** The accepted tier, else the follower band; null when neither is known. */
  placementTier: Tier | null;
  /** Stored pieces without a post date (not counted anywhere). */
  undatedPosts: number;
  revenuePerPost: number | null;
  postsPerWeek: number;
  agreedPostsPerWeek: number | null;
  /** postsPerWeek ÷ agreed; 1 = on agreement. */
  outputRate: number | null;
  repeatPurchaseRate: number | null;
  lastPostDay: string | null;
  daysSinceLastPost: number | null;
  /** Active collaborations the creator is in at the window's end. */
  activeCollaborationIds: string[];
  complianceFlagged: boolean;
  flags: ActionFlag[];
}

/** Collaborations active on a day: ongoing/expiring status and within their validity, when known. */
export function activeCollaborationsOn(collaborations: readonly Collaboration[], day: number): Collaboration[] {
  return collaborations.filter((c) => {
    if (!ACTIVE_COLLABORATION_STATUSES.includes(c.status)) return false;
    const from = parseDay(c.validFrom);
    const to = parseDay(c.validTo);
    return (from === null || from <= day) && (to === null || to >= day);
  });
}

/**
 * Repeat-purchase rate on the cohort window: Seller Center gives no buyer identities, so it comes
 * from the newest creator-level capture within the cohort days that has both Orders and Customers:
 * (orders − customers) ÷ orders, the share of orders placed by a customer's second or later purchase.
 */
export function repeatPurchaseRate(entry: CreatorEntry, endDay: number, cohortDays: number): number | null {
  const from = endDay - cohortDays + 1;
  for (const snapshot of entry.snapshots) {
    if (snapshot.day > endDay) continue;
    if (snapshot.day < from) break;
    const orders = exactValue(snapshot.metrics.orders);
    const customers = exactValue(snapshot.metrics.customers);
    if (orders !== null && customers !== null && orders > 0) {
      return Math.max(0, (orders - customers) / orders);
    }
  }
  return null;
}

/** The scorecard without the flags that need the whole roster (revenue per post vs tier average). */
function baseScorecard(
  entry: CreatorEntry,
  range: DayRange,
  window: Scorecard['window'],
  index: ProgramIndex,
  settings: AnalyticsSettings,
): Scorecard {
  const days = window.days;
  const m = windowMetrics(entry, range, index);
  const { hookRetentionVideos, ...figures } = m;
  const program = entry.program;
  const currency = index.currency;

  const agreed = program?.agreedPostsPerWeek ?? null;
  const postsPerWeek = m.posts / (days / 7);

  const lastPost = lastPostDayOnOrBefore(entry, index, range.to);
  const active = activeCollaborationsOn(entry.collaborations, range.to);
  const accepted = program?.acceptedTier ?? null;

  const card: Scorecard = {
    creatorKey: entry.key,
    handle: entry.handle,
    displayName: entry.displayName,
    window,
    currency,
    followers: entry.followers,
    acceptedTier: accepted,
    placementTier: accepted ?? tierForFollowers(entry.followersQuantity, settings),
    ...figures,
    undatedPosts: entry.undatedPieces,
    revenuePerPost: ratio(m.gmv, m.posts),
    postsPerWeek,
    agreedPostsPerWeek: agreed,
    outputRate: agreed !== null && agreed > 0 ? postsPerWeek / agreed : null,
    repeatPurchaseRate: repeatPurchaseRate(entry, range.to, settings.repeatPurchaseCohortDays),
    ...windowCosts(entry, range, index, m),
    lastPostDay: lastPost === null ? null : formatDay(lastPost),
    daysSinceLastPost: lastPost === null ? null : range.to - lastPost,
    activeCollaborationIds: active.map((c) => c.id),
    complianceFlagged: program?.compliance.flagged ?? false,
    flags: [],
  };
  card.flags = individualFlags(card, hookRetentionVideos, active, lastPost, range, settings);
  return card;
}

/** The flags a scorecard raises on its own numbers. */
function individualFlags(
  card: Scorecard,
  retentionVideos: number,
  activeCollaborations: readonly Collaboration[],
  lastPostDay: number | null,
  range: DayRange,
  s: AnalyticsSettings,
): ActionFlag[] {
  const flags: ActionFlag[] = [];
  if (card.conversionRate !== null && card.conversionRate < s.minConversionRate) {
    flags.push({
      kind: 'low-conversion',
      conversionRate: card.conversionRate,
      orders: card.clickOrders as number,
      clicks: card.clicks as number,
      threshold: s.minConversionRate,
    });
  }
  const agreed = card.agreedPostsPerWeek;
  if (agreed !== null && agreed > 0 && card.postsPerWeek < agreed) {
    flags.push({
      kind: 'below-agreed-output',
      posts: card.posts,
      windowDays: card.window.days,
      postsPerWeek: card.postsPerWeek,
      agreedPostsPerWeek: agreed,
    });
  }
  if (card.hookRetention !== null && card.hookRetention < s.minHookRetention) {
    flags.push({
      kind: 'low-hook-retention',
      hookRetention: card.hookRetention,
      videos: retentionVideos,
      threshold: s.minHookRetention,
    });
  }
  const ratioValue = card.commissionToRevenue;
  if (ratioValue !== null) {
    const direction = ratioValue < s.commissionRatioMin ? 'below' : ratioValue > s.commissionRatioMax ? 'above' : null;
    if (direction) {
      flags.push({
        kind: 'commission-ratio-out-of-range',
        direction,
        ratio: ratioValue,
        commission: card.commission as number,
        flatFees: card.flatFees as number,
        gmv: card.gmv as number,
        min: s.commissionRatioMin,
        max: s.commissionRatioMax,
      });
    }
  }
  if (activeCollaborations.length > 0) {
    // Inactive since the last post, or since the earliest active collaboration began if that is
    // later: a creator invited last week is not a zombie yet. A collaboration whose start the page
    // did not show has run at least since it was first seen: counting from then can only
    // under-state the inactive stretch, so nobody is flagged early.
    let earliestStart: number | null = null;
    for (const c of activeCollaborations) {
      const from = parseDay(c.validFrom) ?? localDayOfTimestamp(c.firstSeen);
      if (earliestStart === null || from < earliestStart) earliestStart = from;
    }
    const since =
      lastPostDay === null ? earliestStart : earliestStart === null ? lastPostDay : Math.max(lastPostDay, earliestStart);
    const daysInactive = since === null ? null : range.to - since;
    if (daysInactive === null || daysInactive >= s.zombieAfterDays) {
      flags.push({
        kind: 'zombie',
        lastPostDay: card.lastPostDay,
        daysSinceLastPost: card.daysSinceLastPost,
        daysInactive,
        thresholdDays: s.zombieAfterDays,
        collaborationIds: activeCollaborations.map((c) => c.id),
      });
    }
  }
  return flags;
}

/** Mean revenue per post per placement tier (creators with a known value), when enough creators have one. */
export function tierAverages(
  cards: readonly Scorecard[],
  minCreators: number,
): Map<Tier, { average: number; peers: number }> {
  const sums = new Map<Tier, { sum: number; n: number }>();
  for (const card of cards) {
    if (card.placementTier === null || card.revenuePerPost === null) continue;
    const s = sums.get(card.placementTier) ?? { sum: 0, n: 0 };
    s.sum += card.revenuePerPost;
    s.n++;
    sums.set(card.placementTier, s);
  }
  const result = new Map<Tier, { average: number; peers: number }>();
  for (const [tier, s] of sums) if (s.n >= minCreators) result.set(tier, { average: s.sum / s.n, peers: s.n });
  return result;
}

export interface ScorecardOptions extends AnalysisOptions {
  /** Window in days (default: the `scorecardWindowDays` setting). */
  windowDays?: number;
}

/** Scorecards for every creator in the index (sorted by key), flags included. */
export function computeScorecards(index: ProgramIndex, options: ScorecardOptions): Scorecard[] {
  const { settings } = options;
  const days = Math.max(1, Math.floor(options.windowDays ?? settings.scorecardWindowDays));
  const range = windowEndingOn(localDayOfTimestamp(options.asOf), days);
  const window = { days: range.to - range.from + 1, from: formatDay(range.from), to: formatDay(range.to) };
  const cards = index.entries.map((entry) => baseScorecard(entry, range, window, index, settings));
  const averages = tierAverages(cards, settings.tierAverageMinCreators);
  for (const card of cards) {
    if (card.placementTier === null || card.revenuePerPost === null) continue;
    const avg = averages.get(card.placementTier);
    if (!avg || avg.average <= 0) continue;
    const factor = card.revenuePerPost / avg.average;
    const direction =
      factor < settings.revenuePerPostLowFactor ? 'below' : factor > settings.revenuePerPostHighFactor ? 'above' : null;
    if (!direction) continue;
    card.flags.push({
      kind: 'revenue-per-post-outlier',
      direction,
      revenuePerPost: card.revenuePerPost,
      tier: card.placementTier,
      tierAverage: avg.average,
      factor,
      threshold: direction === 'below' ? settings.revenuePerPostLowFactor : settings.revenuePerPostHighFactor,
      peers: avg.peers,
    });
  }
  return cards;
}
