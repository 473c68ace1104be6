/**
 * The Creators list: one item per scorecard, filtered by tier, flag and a search on handle or name,
 * sorted by any column. Pure, so 5,000 creators sort and filter in a few milliseconds, testably.
 */
import type { ActionFlagKind, Scorecard, TierSuggestion } from '../../lib/analytics/index';
import { creatorSecondaryText } from '../../lib/format/creator';
import { FLAG_KINDS, scorecardFlagChips, scorecardFlagLabels } from '../../lib/analytics/flag-labels';
import type { Tier } from '../../lib/model/program';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { creatorName } from '../analysis/names';

export interface CreatorListItem {
  key: string;
  /** `@Handle`. */
  name: string;
  displayName: string | null;
  card: Scorecard;
  /** The open (not dismissed) tier suggestion. */
  suggestion: TierSuggestion | null;
  flagLabels: string[];
  /** When last contacted (outreach log); null: never. */
  lastContactedAt: number | null;
  /** The same flags in a few characters each (chips in the list). */
  flagChips: string[];
  /** Lower-case handle and name, for search. */
  searchText: string;
}

export type SortKey =
  | 'gmv'
  | 'revenuePerPost'
  | 'conversionRate'
  | 'postsPerWeek'
  | 'followers'
  | 'flags'
  | 'tier'
  | 'lastContacted'
  | 'name';
export type SortDirection = 'asc' | 'desc';

export const SORT_OPTIONS: { key: SortKey; label: string; dir: SortDirection }[] = [
  { key: 'gmv', label: 'GMV', dir: 'desc' },
  { key: 'revenuePerPost', label: 'Revenue per post', dir: 'desc' },
  { key: 'conversionRate', label: 'Conversion', dir: 'desc' },
  { key: 'postsPerWeek', label: 'Posts per week', dir: 'desc' },
  { key: 'followers', label: 'Followers', dir: 'desc' },
  { key: 'flags', label: 'Flags', dir: 'desc' },
  { key: 'tier', label: 'Tier', dir: 'desc' },
  { key: 'lastContacted', label: 'Last contacted (longest ago first)', dir: 'asc' },
  { key: 'name', label: 'Handle', dir: 'asc' },
];

export type TierFilter = 'all' | Tier | 'no-accepted';
export type FlagFilter = 'all' | 'any' | 'suggestion' | 'compliance' | ActionFlagKind;

/** Contacted within the follow-up days (a setting), or not. */
export type ContactFilter = 'all' | 'not-recently' | 'recently';

export interface ListQuery {
  search: string;
  contact?: ContactFilter;
  tier: TierFilter;
  flag: FlagFilter;
  sort: SortKey;
  dir: SortDirection;
}

export const DEFAULT_QUERY: ListQuery = { search: '', tier: 'all', flag: 'all', sort: 'gmv', dir: 'desc' };

const TIER_FILTERS: readonly TierFilter[] = ['all', 'tier3', 'tier2', 'tier1', 'prospect', 'no-accepted'];
const FLAG_FILTERS: readonly FlagFilter[] = ['all', 'any', 'suggestion', 'compliance', ...FLAG_KINDS];

/** The filters a link asks for (`#creators?flag=zombie&tier=tier1`); unknown values are ignored. */
export function queryFromParams(params: URLSearchParams): Partial<ListQuery> {
  const query: Partial<ListQuery> = {};
  const tier = params.get('tier');
  const flag = params.get('flag');
  const search = params.get('q');
  if (tier && (TIER_FILTERS as readonly string[]).includes(tier)) query.tier = tier as TierFilter;
  if (flag && (FLAG_FILTERS as readonly string[]).includes(flag)) query.flag = flag as FlagFilter;
  if (search) query.search = search;
  return query;
}

export function listItems(view: ProgramAnalysisView, lastContacted: ReadonlyMap<string, number> = new Map()): CreatorListItem[] {
  return view.scorecards.map((card) => {
    const suggestion = view.suggestionByKey.get(card.creatorKey) ?? null;
    const name = creatorName(view.index, card.creatorKey);
    const creator = view.index.byKey.get(card.creatorKey)?.creator;
    return {
      key: card.creatorKey,
      name,
      // Beside a handle, the display name; a creator without a handle is named by display name, with the id here.
      displayName: creator ? creatorSecondaryText(creator) : card.displayName,
      card,
      suggestion: suggestion && !suggestion.dismissed ? suggestion : null,
      flagLabels: scorecardFlagLabels(card),
      lastContactedAt: lastContacted.get(card.creatorKey) ?? null,
      flagChips: scorecardFlagChips(card),
      searchText: `${name} ${card.handle ?? ''} ${card.displayName ?? ''} ${creator?.creatorId ?? ''}`.toLowerCase(),
    };
  });
}

const TIER_RANK: Record<Tier, number> = { tier3: 4, tier2: 3, tier1: 2, prospect: 1 };

function sortValue(item: CreatorListItem, key: SortKey): number | string | null {
  const c = item.card;
  switch (key) {
    case 'gmv':
      return c.gmv;
    case 'revenuePerPost':
      return c.revenuePerPost;
    case 'conversionRate':
      return c.conversionRate;
    case 'postsPerWeek':
      return c.postsPerWeek;
    case 'followers':
      return c.followers;
    case 'flags':
      return item.flagLabels.length;
    case 'tier':
      return c.placementTier ? TIER_RANK[c.placementTier] : null;
    case 'lastContacted':
      // Never contacted is a known fact (nothing in the log): it comes first, oldest contact next.
      return item.lastContactedAt ?? 0;
    case 'name':
      return item.name.toLowerCase();
  }
}

function matchesContact(item: CreatorListItem, contact: ContactFilter | undefined, recentSince: number): boolean {
  if (!contact || contact === 'all') return true;
  const recent = item.lastContactedAt !== null && item.lastContactedAt >= recentSince;
  return contact === 'recently' ? recent : !recent;
}

function matchesFlag(item: CreatorListItem, flag: FlagFilter): boolean {
  switch (flag) {
    case 'all':
      return true;
    case 'any':
      return item.flagLabels.length > 0;
    case 'suggestion':
      return item.suggestion !== null;
    case 'compliance':
      return item.card.complianceFlagged;
    default:
      return item.card.flags.some((f) => f.kind === flag);
  }
}

function matchesTier(item: CreatorListItem, tier: TierFilter): boolean {
  if (tier === 'all') return true;
  if (tier === 'no-accepted') return item.card.acceptedTier === null;
  return item.card.placementTier === tier;
}

/** Filtered and sorted; unknown values always sort last, ties by handle. */
export function queryList(items: readonly CreatorListItem[], query: ListQuery, recentSince = 0): CreatorListItem[] {
  const search = query.search.trim().toLowerCase().replace(/^@/, '');
  const kept = items.filter(
    (item) =>
      matchesTier(item, query.tier) &&
      matchesFlag(item, query.flag) &&
      matchesContact(item, query.contact, recentSince) &&
      (search === '' || item.searchText.includes(search)),
  );
  const sign = query.dir === 'asc' ? 1 : -1;
  const keyed = kept.map((item) => ({ item, value: sortValue(item, query.sort), name: item.name.toLowerCase() }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      return (a.value < b.value ? -1 : 1) * sign;
    }
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  return keyed.map((k) => k.item);
}
