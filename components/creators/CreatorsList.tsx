import { useEffect, useMemo, useState } from 'react';
import { countNoun, formatInteger } from '../../lib/format/number';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { SORT_OPTIONS, DEFAULT_QUERY, listItems, queryFromParams, queryList, type ListQuery, type SortKey } from './creator-list';
import { CreatorFilters } from './CreatorFilters';
import { CreatorsTable } from './CreatorsTable';
import { useLastContacted } from '../outreach/useOutreachLog';
import { BulkTermsForm } from './terms/BulkTermsForm';
import { bulkTargets } from './terms/bulk-targets';

/** The query survives a visit to a creator and back. */
let savedQuery: ListQuery = DEFAULT_QUERY;

/** Filterable, sortable roster for the window; a link (`#creators?flag=zombie`) can set the filters. */
export function CreatorsList({ view, params }: { view: ProgramAnalysisView; params: URLSearchParams }) {
  const paramText = params.toString();
  const [query, setQuery] = useState<ListQuery>(() => ({ ...savedQuery, ...queryFromParams(params) }));
  useEffect(() => {
    // A new link with filters replaces the filters it names (and clears the search).
    if (paramText) setQuery((q) => ({ ...q, search: '', ...queryFromParams(new URLSearchParams(paramText)) }));
  }, [paramText]);
  useEffect(() => {
    savedQuery = query;
  }, [query]);

  const lastContacted = useLastContacted();
  const items = useMemo(() => listItems(view, lastContacted), [view, lastContacted]);
  // "Recently contacted": within the follow-up days, counted in local calendar days.
  const recentSince = useMemo(() => {
    const d = new Date(view.asOf);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() - view.settings.followUpAfterDays + 1).getTime();
  }, [view.asOf, view.settings.followUpAfterDays]);
  const shown = useMemo(() => queryList(items, query, recentSince), [items, query, recentSince]);
  const targets = useMemo(
    () =>
      bulkTargets(
        items.map((item) => ({ key: item.key, tier: item.card.acceptedTier })),
        shown,
        query.tier === 'all' || query.tier === 'no-accepted' ? null : query.tier,
      ),
    [items, shown, query.tier],
  );
  const change = (partial: Partial<ListQuery>) => setQuery((q) => ({ ...q, ...partial }));
  const sortBy = (key: SortKey) =>
    setQuery((q) =>
      q.sort === key
        ? { ...q, dir: q.dir === 'asc' ? 'desc' : 'asc' }
        : { ...q, sort: key, dir: SORT_OPTIONS.find((o) => o.key === key)?.dir ?? 'desc' },
    );
  const filtered = shown.length !== items.length;
  const caption = `Creators, ${filtered ? `${formatInteger(shown.length)} of ${formatInteger(items.length)}` : formatInteger(items.length)}, last ${view.windowDays} days`;

  return (
    <div className="flex h-full min-h-0 flex-col px-3 pt-2">
      <CreatorFilters query={query} onChange={change} followUpAfterDays={view.settings.followUpAfterDays} />
      <p role="status" className="mt-1.5 mb-1 text-xs text-neutral-600 dark:text-neutral-400">
        {filtered ? `${formatInteger(shown.length)} of ${countNoun(items.length, 'creator')}` : countNoun(items.length, 'creator')} · last{' '}
        {view.windowDays} days
        {filtered ? (
          <>
            {' · '}
            <button type="button" className="text-sky-700 underline dark:text-sky-300" onClick={() => setQuery({ ...DEFAULT_QUERY, sort: query.sort, dir: query.dir })}>
              Clear filters
            </button>
          </>
        ) : null}
      </p>
      {shown.length > 0 ? (
        <BulkTermsForm
          targets={targets}
          currency={view.index.currency}
          bandSettings={view.settings}
        />
      ) : null}
      {shown.length === 0 ? (
        <p className="py-4 text-sm text-neutral-600 dark:text-neutral-400">No creator matches these filters. Clear them to see everyone.</p>
      ) : (
        <CreatorsTable items={shown} caption={caption} sort={query.sort} dir={query.dir} onSort={sortBy} />
      )}
    </div>
  );
}
