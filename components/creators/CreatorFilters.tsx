import { useId } from 'react';
import { FLAG_KIND_LABELS, FLAG_KINDS } from '../../lib/analytics/flag-labels';
import { SORT_OPTIONS, type ContactFilter, type FlagFilter, type ListQuery, type SortKey, type TierFilter } from './creator-list';

const TIER_OPTIONS: { value: TierFilter; label: string }[] = [
  { value: 'all', label: 'All tiers' },
  { value: 'tier3', label: 'Tier 3' },
  { value: 'tier2', label: 'Tier 2' },
  { value: 'tier1', label: 'Tier 1' },
  { value: 'prospect', label: 'Prospects' },
  { value: 'no-accepted', label: 'No tier accepted' },
];

const FLAG_OPTIONS: { value: FlagFilter; label: string }[] = [
  { value: 'all', label: 'All flags' },
  { value: 'any', label: 'Any flag' },
  { value: 'suggestion', label: 'Suggestion waiting' },
  { value: 'compliance', label: 'Compliance flag' },
  ...FLAG_KINDS.map((kind) => ({ value: kind as FlagFilter, label: FLAG_KIND_LABELS[kind] })),
];

const CONTROL =
  'min-w-0 rounded-md border border-neutral-300 bg-white px-1.5 py-1 text-xs dark:border-neutral-600 dark:bg-neutral-900';

/** Search, tier, flag and sort for the creators list. Every control has a label for screen readers. */
export function CreatorFilters({
  query,
  onChange,
  followUpAfterDays,
}: {
  query: ListQuery;
  onChange: (change: Partial<ListQuery>) => void;
  /** The follow-up setting the contact filter uses. */
  followUpAfterDays: number;
}) {
  const id = useId();
  return (
    <form role="search" className="flex flex-wrap gap-1" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-search`} className="sr-only">
        Search by handle or name
      </label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder="Search handle or name"
        value={query.search}
        onChange={(e) => onChange({ search: e.target.value })}
        className={`${CONTROL} basis-full py-1.5 text-sm`}
        autoComplete="off"
      />
      <label htmlFor={`${id}-tier`} className="sr-only">
        Tier
      </label>
      <select id={`${id}-tier`} className={`${CONTROL} grow shrink-0`} value={query.tier} onChange={(e) => onChange({ tier: e.target.value as TierFilter })}>
        {TIER_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-flag`} className="sr-only">
        Flag
      </label>
      <select id={`${id}-flag`} className={`${CONTROL} grow shrink-0`} value={query.flag} onChange={(e) => onChange({ flag: e.target.value as FlagFilter })}>
        {FLAG_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {/* The sort and its direction stay together when the controls wrap. */}
      <span className="flex grow gap-1">
        <label htmlFor={`${id}-sort`} className="sr-only">
          Sort by
        </label>
        <select
          id={`${id}-sort`}
          className={`${CONTROL} grow shrink-0`}
          value={query.sort}
          onChange={(e) => {
            const option = SORT_OPTIONS.find((o) => o.key === e.target.value);
            if (option) onChange({ sort: option.key as SortKey, dir: option.dir });
          }}
        >
          {SORT_OPTIONS.map((o) => (
            <option key={o.key} value={o.key}>
              Sort: {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={`${CONTROL} flex-none px-2`}
          onClick={() => onChange({ dir: query.dir === 'asc' ? 'desc' : 'asc' })}
          aria-label={query.dir === 'asc' ? 'Ascending, switch to descending' : 'Descending, switch to ascending'}
        >
          <span aria-hidden="true">{query.dir === 'asc' ? '↑' : '↓'}</span>
        </button>
      </span>
      <label htmlFor={`${id}-contact`} className="sr-only">
        Contacted
      </label>
      <select
        id={`${id}-contact`}
        className={`${CONTROL} basis-full`}
        value={query.contact ?? 'all'}
        onChange={(e) => onChange({ contact: e.target.value as ContactFilter })}
      >
        <option value="all">Contacted or not</option>
        <option value="not-recently">Not contacted in {followUpAfterDays} days</option>
        <option value="recently">Contacted in the last {followUpAfterDays} days</option>
      </select>
    </form>
  );
}
