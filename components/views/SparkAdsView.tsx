import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { SparkClicksSource } from '../../lib/analytics/spark-ads';
import { sparkAdsGaps } from '../../lib/analytics/spark-ads-gaps';
import { sparkAdsGuidance } from '../../lib/analytics/spark-ads-guidance';
import type { PageKind } from '../../lib/pages/page-kind';
import { useDb } from '../db/DbContext';
import { formatDayText } from '../../lib/format/day';
import { formatMoneyValue } from '../../lib/format/metric';
import { countNoun, formatCount, formatCountText, formatInteger, formatPercentText } from '../../lib/format/number';
import { AnalysisGate } from '../analysis/AnalysisGate';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { creatorName } from '../analysis/names';
import { Section } from '../common/Section';
import { ValueText } from '../common/ValueText';
import { SourcePageLinks } from '../guidance/SourcePageLinks';
import { creatorHref } from '../shell/route';

const FIRST_SHOWN = 25;

const CLICK_SOURCE_TEXT: Record<SparkClicksSource, string> = {
  clicks: 'clicks',
  'ctr-x-impressions': 'clicks (CTR × product impressions)',
  'ctr-x-views': 'clicks (estimate: CTR × views)',
};

/** Page kinds captured so far (from the capture log), so guidance never asks for one again. */
function useVisitedPages(): ReadonlySet<PageKind> {
  const db = useDb();
  const kinds = useLiveQuery(async () => {
    const seen = new Set<PageKind>();
    await db.captureLog.each((entry) => {
      if (entry.status === 'stored') seen.add(entry.pageKind);
    });
    return seen;
  }, [db]);
  return kinds ?? new Set();
}

function Candidates({ view }: { view: ProgramAnalysisView }) {
  const [shown, setShown] = useState(FIRST_SHOWN);
  const { sparkAds, settings, index } = view;
  const year = new Date(view.asOf).getFullYear();
  const visited = useVisitedPages();
  const guidance = useMemo(
    () => sparkAdsGuidance(sparkAdsGaps(index, { asOf: view.asOf, settings }), visited, settings.sparkAdsMaxAgeDays),
    [index, view.asOf, settings, visited],
  );
  return (
    <Section title="Spark Ads candidates">
      <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">
        Videos from the last {settings.sparkAdsMaxAgeDays} days with at least {formatInteger(settings.sparkAdsMinClicks)} clicks, best
        click-to-purchase conversion first. Views are shown for context only: a small video that converts beats a big one that does not.
      </p>
      {guidance.length > 0 ? (
        <ul className="mb-2 list-disc space-y-0.5 pl-5 text-xs text-neutral-700 dark:text-neutral-300" data-testid="spark-ads-gaps">
          {guidance.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {sparkAds.length === 0 ? (
        <div className="rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600">
          <p>
            No video qualifies yet: a candidate needs {formatInteger(settings.sparkAdsMinClicks)} clicks and known orders.{' '}
            {guidance.length > 0 ? (
              'What your captures still lack, and where it comes from, is listed above; '
            ) : (
              <>
                Open these pages to capture clicks and orders per video (or import the Video data and Affiliate orders exports on the{' '}
                <a href="#data" className="text-sky-700 underline dark:text-sky-300">Data</a> view),{' '}
              </>
            )}
            or lower the minimum clicks in <a href="#settings" className="text-sky-700 underline dark:text-sky-300">Settings</a>.
          </p>
          <SourcePageLinks view="spark-ads" />
        </div>
      ) : (
        <>
          <ol className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-label={`${countNoun(sparkAds.length, 'candidate')}, best first`}>
            {sparkAds.slice(0, shown).map((c) => (
              <li key={c.contentKey} className="flex gap-2 py-2">
                <span className="w-6 shrink-0 pt-0.5 text-right text-xs text-neutral-600 tabular-nums dark:text-neutral-400">{c.rank}.</span>
                <div className="min-w-0 flex-1">
                  {/* Titles and the creator · date · ID line wrap in a narrow panel rather than being cut. */}
                  <p className="line-clamp-2 text-sm break-words" title={c.title ?? undefined}>
                    {c.title || `Video ${c.contentId}`}
                  </p>
                  <p className="text-xs break-words text-neutral-600 dark:text-neutral-400">
                    {c.creatorKey ? (
                      <a href={creatorHref(c.creatorKey)} className="text-sky-700 hover:underline dark:text-sky-300">
                        {creatorName(index, c.creatorKey)}
                      </a>
                    ) : c.handle ? (
                      `@${c.handle}`
                    ) : (
                      'Unknown creator'
                    )}
                    {c.postDate ? ` · ${formatDayText(c.postDate, year)}` : ''} · ID {c.contentId}
                  </p>
                  <p className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
                    {formatCountText(c.orders)} orders from {c.clicksSource === 'ctr-x-views' ? '≈' : ''}
                    {formatCountText(c.clicks)} {CLICK_SOURCE_TEXT[c.clicksSource]} · <ValueText value={formatCount(c.views)} /> views ·{' '}
                    <ValueText value={formatMoneyValue(c.gmv, index.currency)} /> GMV
                  </p>
                </div>
                <p className="shrink-0 text-right">
                  <span className="block text-base font-semibold tabular-nums">{formatPercentText(c.conversionRate)}</span>
                  <span className="block text-xs text-neutral-600 dark:text-neutral-400">conversion</span>
                </p>
              </li>
            ))}
          </ol>
          {sparkAds.length > shown ? (
            <button type="button" className="mt-2 text-sm text-sky-700 underline dark:text-sky-300" onClick={() => setShown((n) => n + 50)}>
              Show more ({formatInteger(sparkAds.length - shown)} left)
            </button>
          ) : null}
        </>
      )}
    </Section>
  );
}

/** Spark Ads candidates (playbook §7): ranked by conversion on clicks, never by views. */
export function SparkAdsView() {
  return <AnalysisGate>{(view) => <Candidates view={view} />}</AnalysisGate>;
}
