/**
 * Turns loaded data into everything the side panel's views show, recomputing only what changed: the
 * index when the data reloads, program attachment when programs change, the roster-wide analyses
 * when the settings or the day change, and the scorecards when the window changes too. Shared by
 * the panel and the background (which prepares the saved analysis before the panel opens).
 */
import { computeScorecards, contentVelocity, indexProgram, withSparkPieces, leaderboard, rosterHealth, sparkAdsCandidates, suggestTiers, type AnalyticsSettings, type ContentVelocity, type Leaderboard, type ProgramData, type ProgramIndex, type RosterHealth, type Scorecard, type SparkAdsCandidate, type TierSuggestion } from './index';
import { localDayOfTimestamp } from '../calendar/days';
import type { CreatorProgram } from '../model/program';
import { isCurrencyCode, type CurrencyCode } from '../parse/quantity';
import { EMPTY_COST_BOOK, type CostBook } from '../costs/cost-book';
import { withCosts } from './with-costs';
import { withPrograms } from './with-programs';
import type { ProgramCounts } from './program-counts';


/**
 * The shop currency when no affiliate order names one: the most frequent currency of captured GMV
 * figures (creators first, then content). Money is then shown as `$1,234`, not a bare number.
 */
export function guessCurrency(data: ProgramData): CurrencyCode | undefined {
  if (data.currency) return data.currency;
  // The index decides from the orders.
  if (data.orders?.some((o) => o.currency) || data.rollups?.totals.some((t) => t.currency !== '' && t.lines > 0)) return undefined;
  const counts = new Map<CurrencyCode, number>();
  const count = (unit: string | undefined) => {
    if (isCurrencyCode(unit)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  };
  for (const creator of data.creators ?? []) count(creator.metrics.gmv?.unit);
  if (counts.size === 0) {
    if (data.rollups) {
      for (const t of data.rollups.totals) for (const [unit, n] of Object.entries(t.gmvCurrencies ?? {})) counts.set(unit as CurrencyCode, (counts.get(unit as CurrencyCode) ?? 0) + n);
    }
    const content = data.content ?? [];
    for (let i = 0; i < content.length && i < 5000; i++) count(content[i]!.metrics.gmv?.unit);
  }
  let best: CurrencyCode | undefined;
  let bestCount = 0;
  for (const [currency, n] of counts) {
    if (n > bestCount) {
      best = currency;
      bestCount = n;
    }
  }
  return best;
}

export interface AnalysisInput {
  data: ProgramData;
  programs: readonly CreatorProgram[];
  /** The seller's sample costs and Spark Ads spend (default: none entered). */
  costs?: CostBook;
  settings: AnalyticsSettings;
  /** The shop's currency as the seller set it (Settings); null or absent: from the orders and pages. */
  shopCurrency?: CurrencyCode | null;
  /** Any moment of the day the analysis is for. */
  asOf: number;
  windowDays: number;
}

/**
 * The analyses over the whole roster: they depend on the day and the settings, not on the window.
 * Sample ROI is not among them: only the Samples view shows it, and computes it there.
 */
interface RosterWide {
  /** Every suggestion, dismissed ones included (marked). */
  suggestions: TierSuggestion[];
  suggestionByKey: Map<string, TierSuggestion>;
  velocity: ContentVelocity;
  roster: RosterHealth;
  sparkAds: SparkAdsCandidate[];
  leaderboard: Leaderboard;
}

export interface ProgramAnalysisView extends RosterWide {
  index: ProgramIndex;
  settings: AnalyticsSettings;
  asOf: number;
  windowDays: number;
  scorecards: Scorecard[];
  scorecardByKey: Map<string, Scorecard>;
  /**
   * The Overview's counts, given only by a view rebuilt from the saved Overview record, whose
   * per-creator lists (scorecards, suggestions, pace) are not read yet (they are empty there).
   */
  counts?: ProgramCounts;
}

/** Whether two loads differ in nothing but their Spark Ads videos (the groups not read again are the same objects). */
function onlySparkPiecesDiffer(before: ProgramData, after: ProgramData): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof ProgramData)[]);
  for (const key of keys) if (key !== 'rollups' && before[key] !== after[key]) return false;
  const a = before.rollups;
  const b = after.rollups;
  return !!a && !!b && a.records === b.records && a.totals === b.totals && a.postsBefore === b.postsBefore && a.fromDay === b.fromDay;
}

export class ProgramAnalyser {
  private data: ProgramData | null = null;
  private baseIndex: ProgramIndex | null = null;
  private shopCurrency: CurrencyCode | null = null;
  private programs: readonly CreatorProgram[] | null = null;
  private costs: CostBook | null = null;
  private index: ProgramIndex | null = null;
  private wideKey: { index: ProgramIndex; settings: AnalyticsSettings; day: number } | null = null;
  private wide: RosterWide | null = null;
  private cardsKey: { index: ProgramIndex; settings: AnalyticsSettings; day: number; windowDays: number } | null = null;
  private cards: Scorecard[] | null = null;
  private cardByKey: Map<string, Scorecard> | null = null;

  analyse(input: AnalysisInput): ProgramAnalysisView {
    const shopCurrency = input.shopCurrency ?? null;
    if (input.data !== this.data || shopCurrency !== this.shopCurrency || !this.baseIndex) {
      // Only the Spark Ads videos arrived (the panel reads them after the Overview): the index keeps the rest.
      const withSpark =
        this.baseIndex && this.data && shopCurrency === this.shopCurrency && onlySparkPiecesDiffer(this.data, input.data)
          ? withSparkPieces(this.baseIndex, input.data.rollups?.sparkPieces ?? null)
          : null;
      this.data = input.data;
      this.shopCurrency = shopCurrency;
      if (withSpark && this.index) {
        this.baseIndex = withSpark;
        this.index = { ...this.index, sparkPieces: withSpark.sparkPieces };
      } else {
        // Programs are attached below: the index itself is built without them.
        this.baseIndex = indexProgram({ ...input.data, programs: [], currency: shopCurrency ?? guessCurrency(input.data) });
        this.programs = null;
      }
    }
    const costs = input.costs ?? EMPTY_COST_BOOK;
    if (input.programs !== this.programs || costs !== this.costs || !this.index) {
      this.programs = input.programs;
      this.costs = costs;
      this.index = withCosts(withPrograms(this.baseIndex, input.programs), costs);
    }
    const index = this.index;
    const { settings, asOf, windowDays } = input;
    const day = localDayOfTimestamp(asOf);
    const options = { asOf, settings };

    const wk = this.wideKey;
    if (!this.wide || !wk || wk.index !== index || wk.settings !== settings || wk.day !== day) {
      // The roster-wide analyses other than Spark Ads read the creators, not the Spark Ads videos.
      const same = this.wide && wk && wk.index.entries === index.entries && wk.index.cells === index.cells && wk.settings === settings && wk.day === day;
      const suggestions = same ? this.wide!.suggestions : suggestTiers(index, options);
      this.wide = {
        suggestions,
        suggestionByKey: same ? this.wide!.suggestionByKey : new Map(suggestions.map((s) => [s.creatorKey, s])),
        velocity: same ? this.wide!.velocity : contentVelocity(index, options),
        roster: same ? this.wide!.roster : rosterHealth(index, options),
        sparkAds: sparkAdsCandidates(index, options),
        leaderboard: same ? this.wide!.leaderboard : leaderboard(index, options),
      };
      this.wideKey = { index, settings, day };
    }
    const ck = this.cardsKey;
    if (!this.cards || !this.cardByKey || !ck || ck.index !== index || ck.settings !== settings || ck.day !== day || ck.windowDays !== windowDays) {
      this.cards = computeScorecards(index, { ...options, windowDays });
      this.cardByKey = new Map(this.cards.map((c) => [c.creatorKey, c]));
      this.cardsKey = { index, settings, day, windowDays };
    }
    return {
      index,
      settings,
      asOf,
      windowDays,
      scorecards: this.cards,
      scorecardByKey: this.cardByKey,
      ...this.wide,
    };
  }
}
