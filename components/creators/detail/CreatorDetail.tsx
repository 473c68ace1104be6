import { useEffect, useId, useRef, type ReactNode } from 'react';
import { formatCount } from '../../../lib/format/number';
import type { ProgramAnalysisView } from '../../../lib/analytics/program-analyser';
import { orderLineCount, pieceCount } from '../../../lib/analytics/entry-records';
import { creatorName } from '../../analysis/names';
import { ValueText } from '../../common/ValueText';
import { openInTab, printHref } from '../../shell/route';
import { MetricHistory } from './MetricHistory';
import { ProgramForm } from './ProgramForm';
import { CollaborationList, ContentList, OrderList, SampleList } from './RecordLists';
import { ReportedPeriods } from './ReportedPeriods';
import { ScorecardPanel } from './ScorecardPanel';
import { TierCard } from './TierCard';
import { TeamActivity } from '../../team/TeamActivity';
import { RevealedText } from '../../common/RevealedText';

function Part({ title, children, count }: { title: string; children: ReactNode; count?: number }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="px-3 py-3">
      <h3 id={id} className="mb-2 text-sm font-semibold">
        {title}
        {count !== undefined ? <span className="ml-1 font-normal text-neutral-600 dark:text-neutral-400">({count})</span> : null}
      </h3>
      {children}
    </section>
  );
}

/** Opens the printable scorecard in its own tab, where the browser prints it or saves it as PDF. */

/** One creator: tier and suggestion, the window's scorecard, history, content, collaborations, samples, orders, agreement. */
export function CreatorDetail({ view, creatorKey }: { view: ProgramAnalysisView; creatorKey: string }) {
  const entry = view.index.byKey.get(creatorKey);
  const card = view.scorecardByKey.get(creatorKey);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new creator starts at the top, and keyboard and screen-reader users land on their name.
  useEffect(() => {
    headingRef.current?.closest('main')?.scrollTo?.(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, [creatorKey]);
  if (!entry || !card) {
    return (
      <div className="p-3 text-sm">
        <a href="#creators" className="text-sky-700 hover:underline dark:text-sky-300">
          ← All creators
        </a>
        <p className="mt-3">This creator is not stored (any more). Go back to the list to pick another one.</p>
      </div>
    );
  }
  const name = creatorName(view.index, creatorKey);
  const suggestion = view.suggestionByKey.get(creatorKey) ?? null;
  const creator = entry.creator;
  return (
    <article aria-label={`Creator ${name}`} className="divide-y divide-neutral-200 dark:divide-neutral-800">
      <header className="px-3 py-3">
        <a href="#creators" className="text-xs text-sky-700 hover:underline dark:text-sky-300">
          ← All creators
        </a>
        <div className="mt-1 flex items-start justify-between gap-2">
          <div className="min-w-0">
            <h2 ref={headingRef} tabIndex={-1} className="truncate text-base font-semibold outline-none" title={name}>
              <RevealedText text={name} />
            </h2>
            {/* Name, followers and categories wrap at narrow widths rather than being cut. */}
            <p className="text-sm break-words text-neutral-600 dark:text-neutral-400">
              {entry.displayName ? <RevealedText text={entry.displayName} /> : 'No display name'} · <ValueText value={formatCount(entry.followers)} /> followers
              {creator?.categories.length ? ` · ${creator.categories.join(', ')}` : ''}
            </p>
          </div>
          <button
            type="button"
            className="shrink-0 rounded-md border border-neutral-300 px-2 py-1 text-xs font-medium hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800"
            onClick={() => openInTab(printHref(creatorKey, view.windowDays))}
          >
            Print scorecard
          </button>
        </div>
      </header>
      <div className="px-3 py-3">
        <TierCard creatorKey={creatorKey} program={entry.program} suggestion={suggestion} />
      </div>
      <Part title="Scorecard">
        <ScorecardPanel card={card} />
      </Part>
      <Part title="Reported periods">
        <ReportedPeriods entry={entry} view={view} />
      </Part>
      <Part title="Metric history">
        <MetricHistory entry={entry} />
      </Part>
      <Part title="Agreement">
        <ProgramForm creatorKey={creatorKey} program={entry.program} currency={view.index.currency} tier={card.placementTier} bandSettings={view.settings} />
      </Part>
      <TeamActivity creatorKey={creatorKey} />
      <Part title="Content" count={pieceCount(entry)}>
        <ContentList entry={entry} index={view.index} />
      </Part>
      <Part title="Collaborations" count={entry.collaborations.length}>
        <CollaborationList entry={entry} />
      </Part>
      <Part title="Samples" count={entry.samples.length}>
        <SampleList entry={entry} />
      </Part>
      <Part title="Orders" count={orderLineCount(entry)}>
        <OrderList entry={entry} index={view.index} />
      </Part>
    </article>
  );
}
