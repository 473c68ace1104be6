/**
 * Per-creator scorecards over a window of local days ending on the day of `asOf` (playbook §6),
 * with their action flags. See README.md for how each metric is derived.
 */
import { ACTIVE_COLLABORATION_STATUSES, type Collaboration, type Tier } from '../model/program';
import type { CurrencyCode } from '../parse/quantity';
import { exactValue } from '../parse/quantity';
import { isoDay, localDayOfTimestamp, parseDay, windowEndingOn, type DayRange } from '../calendar/days';
import type { ActionFlag } from './flags';
import type { CreatorEntry, ProgramIndex } from './program-index-model';
import type { AnalyticsSettings } from './settings';
import { ratio } from './stats';
import { tierForFollowers } from './tiers';
import {
  lineItemSource,
  type MetricAlternative,
  type MetricSource,
  reportCurrency,
  sameBasis,
  type SourcedFigure,
  type SourcedMetric,
  sourceWindowFigures,
} from './metric-sources';
import { emptyRecord } from './empty-record';
import { moneyRatio, rateAsShown, roundMoney } from './precision';
import { windowCosts, type WindowCosts } from './window-costs';
import { lastPostDayOnOrBefore, windowMetrics, type WindowMetrics } from './window-metrics';

export interface AnalysisOptions {
  /** The moment the analysis is for (epoch ms); its local day ends every window. */
  asOf: number;
  settings: AnalyticsSettings;
}

/** Figures whose source, period and capture time go with them (`Scorecard.sources`). */
export type ScorecardSourcedFigure = SourcedMetric | 'posts' | 'conversionRate' | 'revenuePerPost' | 'commissionToRevenue';

/**
 * One creator's window: each figure from the best source for the window (see metric-sources.ts:
 * posts, GMV, orders, commission, refunds, clicks), the ratios of figures from one source and period,
 * hook retention, plus what the scorecard derives. Unknown is null.
 */
export interface Scorecard
  extends Omit<
    WindowMetrics,
    'hookRetentionVideos' | 'posts' | 'videos' | 'lives' | 'orderLines' | 'excludedLines' | 'ordersSeenAt' | 'piecesSeenAt' | 'orderSource'
  >,
    WindowCosts {
  /** Videos + LIVEs posted in the window; null when no source covers it. */
  posts: number | null;
  videos: number | null;
  lives: number | null;
  /** Where each known figure came from: source, period and when it was captured. */
  sources: Partial<Record<ScorecardSourcedFigure, MetricSource>>;
  /** Figures other sources give for the window that differ from the chosen ones. */
  alternatives: MetricAlternative[];
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
  /** Posts ÷ (window days ÷ 7); null when posts are unknown. */
  postsPerWeek: number | null;
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

/**
 * Two figures one ratio may combine: from one source and period, or both sums of the captured
 * line items of the window (order lines and pieces of the same days).
 */
function consistent(a: SourcedFigure | null, b: SourcedFigure | null): boolean {
  if (!a || !b) return false;
  if (sameBasis(a, b)) return true;
  return a.source.kind === 'line-items' && b.source.kind === 'line-items' && a.source.from === b.source.from && a.source.to === b.source.to;
}

/** Collaborations active on a day: ongoing/expiring status and within their validity, when known. */
export function activeCollaborationsOn(collaborations: readonly Collaboration[], day: number): Collaboration[] {
  // A loop, not `filter` with a closure: every creator's scorecard asks.
  const active: Collaboration[] = [];
  for (const c of collaborations) {
    if (!ACTIVE_COLLABORATION_STATUSES.includes(c.status)) continue;
    const from = parseDay(c.validFrom);
    if (from !== null && from > day) continue;
    const to = parseDay(c.validTo);
    if (to === null || to >= day) active.push(c);
  }
  return active;
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

/** The collaboration ids of a scorecard without an active one: one shared list (most creators), frozen. */
const NO_COLLABORATIONS = Object.freeze([]) as unknown as string[];

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
  const program = entry.program;
  const currency = index.currency ?? reportCurrency(entry);
  const sourced = sourceWindowFigures(entry, range, m, currency);
  const f = sourced.figures;
  // Named stores, not a loop over the metric names: one shape per set of known figures (hot: every creator).
  // Built property by property: from `emptyRecord`, not `{}` (see there why).
  const sources: Scorecard['sources'] = emptyRecord();
  if (f.gmv) sources.gmv = f.gmv.source;
  if (f.orders) sources.orders = f.orders.source;
  if (f.commission) sources.commission = f.commission.source;
  if (f.refundedGmv) sources.refundedGmv = f.refundedGmv.source;
  if (f.videos) sources.videos = f.videos.source;
  if (f.lives) sources.lives = f.lives.source;
  if (f.clicks) sources.clicks = f.clicks.source;
  const value = (figure: SourcedFigure | null) => figure?.value ?? null;

  // Posts: videos and LIVEs of one source and period (a report's, or the captured pieces').
  const posts = f.videos && f.lives && sameBasis(f.videos, f.lives) ? f.videos.value + f.lives.value : null;
  const postsFigure: SourcedFigure | null = posts === null ? null : { value: posts, source: f.videos!.source };
  if (postsFigure) sources.posts = postsFigure.source;

  // Conversion: orders and clicks of one report (or covering), else of the window's own pieces.
  let clicks: number | null = null;
  let clickOrders: number | null = null;
  let conversionSource: Scorecard['conversionSource'] = null;
  if (sameBasis(f.orders, f.clicks)) {
    clicks = f.clicks!.value;
    clickOrders = f.orders!.value;
    conversionSource = 'reported';
    sources.clicks = f.clicks!.source;
  } else if (m.conversionSource === 'content') {
    clicks = m.clicks;
    clickOrders = m.clickOrders;
    conversionSource = 'content';
    // The window's pieces: the posts' line-item source when there are posts.
    sources.clicks = sourced.lineItems.content ?? lineItemSource('content', range, m.posts, m.piecesSeenAt);
  } else {
    delete sources.clicks;
  }
  const conversionRate = clicks !== null && clickOrders !== null && clicks > 0 ? clickOrders / clicks : null;
  if (conversionRate !== null) sources.conversionRate = sources.clicks!;

  const agreed = program?.agreedPostsPerWeek ?? null;
  const postsPerWeek = posts === null ? null : posts / (days / 7);

  // Ratios only of figures from one source and period.
  const gmv = value(f.gmv);
  const commission = value(f.commission);
  const revenuePerPost = consistent(f.gmv, postsFigure) ? ratio(gmv, posts) : null;
  if (revenuePerPost !== null) sources.revenuePerPost = f.gmv!.source;

  // Costs (window-costs.ts) on figures of one basis: commission with a GMV of another source or
  // period is left out (unknown), so no ratio or net figure mixes them.
  const sameMoneyBasis = consistent(f.gmv, f.commission);
  const costs = windowCosts(entry, range, index, { gmv, commission: sameMoneyBasis ? commission : null, posts });
  if (costs.flatFees !== null) costs.flatFees = roundMoney(costs.flatFees);
  const commissionAndFees = sameMoneyBasis && commission !== null && costs.flatFees !== null ? roundMoney(commission + costs.flatFees) : null;
  costs.commissionToRevenue = moneyRatio(commissionAndFees, gmv);
  if (costs.netContribution !== null) costs.netContribution = roundMoney(costs.netContribution);
  if (costs.commissionToRevenue !== null) sources.commissionToRevenue = f.gmv!.source;

  const lastPost = lastPostDayOnOrBefore(entry, index, range.to);
  const active = activeCollaborationsOn(entry.collaborations, range.to);
  const accepted = program?.acceptedTier ?? null;
  // Filled once the card is made (its flags read its figures): one array per card, no placeholder.
  const flags: ActionFlag[] = [];

  const card: Scorecard = {
    creatorKey: entry.key,
    handle: entry.handle,
    displayName: entry.displayName,
    window,
    currency,
    followers: entry.followers,
    acceptedTier: accepted,
    placementTier: accepted ?? tierForFollowers(entry.followersQuantity, settings),
    posts,
    videos: value(f.videos),
    lives: value(f.lives),
    gmv,
    refundedGmv: value(f.refundedGmv),
    orders: value(f.orders),
    commission,
    clicks,
    clickOrders,
    conversionRate,
    conversionSource,
    hookRetention: m.hookRetention,
    sources,
    alternatives: sourced.alternatives,
    undatedPosts: entry.undatedPieces,
    revenuePerPost,
    postsPerWeek,
    agreedPostsPerWeek: agreed,
    outputRate: agreed !== null && agreed > 0 && postsPerWeek !== null ? postsPerWeek / agreed : null,
    repeatPurchaseRate: repeatPurchaseRate(entry, range.to, settings.repeatPurchaseCohortDays),
    // Named, not spread: a spread in the middle of a literal copies property by property (hot: every creator).
    agreedCommissionRate: costs.agreedCommissionRate,
    flatFees: costs.flatFees,
    samplesReceived: costs.samplesReceived,
    samplesWithContent: costs.samplesWithContent,
    sampleCost: costs.sampleCost,
    sparkAdsSpend: costs.sparkAdsSpend,
    sparkAdsGmv: costs.sparkAdsGmv,
    totalCost: costs.totalCost,
    commissionToRevenue: costs.commissionToRevenue,
    netContribution: costs.netContribution,
    gmvPerSampleDollar: costs.gmvPerSampleDollar,
    sparkAdsReturn: costs.sparkAdsReturn,
    lastPostDay: lastPost === null ? null : isoDay(lastPost),
    daysSinceLastPost: lastPost === null ? null : range.to - lastPost,
    activeCollaborationIds: active.length === 0 ? NO_COLLABORATIONS : active.map((c) => c.id),
    complianceFlagged: program?.compliance.flagged ?? false,
    flags,
  };
  addIndividualFlags(flags, card, m.hookRetentionVideos, active, lastPost, range, settings);
  return card;
}

/** Adds to `flags` the flags a scorecard raises on its own numbers. */
function addIndividualFlags(
  flags: ActionFlag[],
  card: Scorecard,
  retentionVideos: number,
  activeCollaborations: readonly Collaboration[],
  lastPostDay: number | null,
  range: DayRange,
  s: AnalyticsSettings,
): void {
  if (card.conversionRate !== null && rateAsShown(card.conversionRate) < s.minConversionRate) {
    flags.push({
      kind: 'low-conversion',
      conversionRate: card.conversionRate,
      orders: card.clickOrders as number,
      clicks: card.clicks as number,
      threshold: s.minConversionRate,
    });
  }
  const agreed = card.agreedPostsPerWeek;
  if (agreed !== null && agreed > 0 && card.posts !== null && card.postsPerWeek !== null && card.postsPerWeek < agreed) {
    flags.push({
      kind: 'below-agreed-output',
      posts: card.posts,
      windowDays: card.window.days,
      postsPerWeek: card.postsPerWeek,
      agreedPostsPerWeek: agreed,
    });
  }
  if (card.hookRetention !== null && rateAsShown(card.hookRetention) < s.minHookRetention) {
    flags.push({
      kind: 'low-hook-retention',
      hookRetention: card.hookRetention,
      videos: retentionVideos,
      threshold: s.minHookRetention,
    });
  }
  // Compared as shown: a ratio shown as "10%" is not below a 10% bound.
  const ratioValue = card.commissionToRevenue === null ? null : rateAsShown(card.commissionToRevenue);
  if (ratioValue !== null) {
    const direction = ratioValue < s.commissionRatioMin ? 'below' : ratioValue > s.commissionRatioMax ? 'above' : null;
    if (direction) {
      flags.push({
        kind: 'commission-ratio-out-of-range',
        direction,
        ratio: card.commissionToRevenue as number,
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
  const window = { days: range.to - range.from + 1, from: isoDay(range.from), to: isoDay(range.to) };
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

/**
 * One creator's scorecard for an explicit period (the period a page or file reported for), without
 * the roster-wide comparisons; null when the creator or the period is unknown.
 */
export function periodScorecard(
  index: ProgramIndex,
  creatorKey: string,
  period: { from: string; to: string },
  settings: AnalyticsSettings,
): Scorecard | null {
  const entry = index.byKey.get(creatorKey);
  const from = parseDay(period.from);
  const to = parseDay(period.to);
  if (!entry || from === null || to === null || to < from) return null;
  return baseScorecard(entry, { from, to }, { days: to - from + 1, from: period.from, to: period.to }, index, settings);
}

/** The periods this creator's reports cover, newest capture first, each once, with who reported it. */
export function reportedPeriods(entry: CreatorEntry): { from: string; to: string; sources: string[] }[] {
  const byPeriod = new Map<string, { from: string; to: string; sources: string[] }>();
  for (const { report } of entry.reports) {
    const id = `${report.period.from}:${report.period.to}`;
    const known = byPeriod.get(id);
    if (known) {
      if (!known.sources.includes(report.source)) known.sources.push(report.source);
    } else {
      byPeriod.set(id, { from: report.period.from, to: report.period.to, sources: [report.source] });
    }
  }
  return [...byPeriod.values()];
}
