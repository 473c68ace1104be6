import { useMemo } from 'react';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { weeklySummaryOf } from '../../lib/analysis-store/weekly-summary';
import { countNoun } from '../../lib/format/number';
import { withTargetDecision } from '../../lib/review/open-to-target';
import type { ThisWeekItem } from '../../lib/review/this-week';
import type { ContactChannel } from '../../lib/model/values';
import { savedWeeklyOf } from '../analysis/cached-view';
import { creatorName } from '../analysis/names';
import { useLivePrograms } from '../analysis/useLivePrograms';
import { Section } from '../common/Section';
import { ReminderButton } from '../outreach/ReminderButton';
import { useLastContacted } from '../outreach/useOutreachLog';
import { PhaseBudgetSection } from './PhaseBudgetSection';
import { TargetSuggestionsSection } from './TargetSuggestionsSection';
import { creatorHref } from '../shell/route';

const LINK = 'text-xs font-medium text-sky-700 underline dark:text-sky-300';

function Action({ item, view, channel }: { item: ThisWeekItem; view: ProgramAnalysisView; channel: ContactChannel | undefined }) {
  const action = item.reasons[0]!.action;
  if (action.kind === 'remind') return <ReminderButton sample={action.sample} index={view.index} channel={channel} />;
  if (action.kind === 'spark-ads')
    return (
      <a href="#spark-ads" className={LINK}>
        See Spark Ads candidates
      </a>
    );
  return (
    <a href={creatorHref(item.creatorKey)} className={LINK}>
      Open {creatorName(view.index, item.creatorKey)}
    </a>
  );
}

/**
 * What to do this week, first on the Overview: a short ranked list of creators, why (with the
 * numbers) and the action one click away; then which pages would sharpen the list; then open →
 * target and the program's phase and budget. From a saved analysis, as saved (its buttons work:
 * the seller's target decisions show as they are taken); else computed from the fresh one.
 */
export function ThisWeekSection({ view }: { view: ProgramAnalysisView }) {
  const saved = savedWeeklyOf(view);
  // Read while a saved analysis shows too, so the fresh one ranks with it from its first render.
  const lastContacted = useLastContacted();
  const fresh = useMemo(() => (saved ? null : weeklySummaryOf(view, lastContacted)), [saved, view, lastContacted]);
  const weekly = saved ?? fresh!;
  // The seller's target decisions, live, on saved suggestions (a fresh analysis has them already).
  const programs = useLivePrograms(saved !== null);
  const targets = useMemo(() => {
    if (!saved || !programs) return weekly.targets;
    const byKey = new Map(programs.map((program) => [program.creatorKey, program]));
    return weekly.targets.map((target) => withTargetDecision(target, byKey.get(target.creatorKey) ?? null));
  }, [saved, programs, weekly.targets]);
  const { week, sharpeners: missing, channels } = weekly;
  return (
    <>
    <Section title="This week">
      {week.items.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">Nobody needs you this week: no overdue sample, no zombie, nobody behind pace.</p>
      ) : (
        <ol className="space-y-2" aria-label={`${countNoun(week.items.length, 'creator')} to act on, most urgent first`}>
          {week.items.map((item, i) => (
            <li key={item.creatorKey} className="rounded-md border border-neutral-200 px-2.5 py-1.5 dark:border-neutral-700" data-testid="this-week-item">
              <p className="flex min-w-0 items-baseline gap-1.5 text-sm">
                <span className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400">{i + 1}.</span>
                <a href={creatorHref(item.creatorKey)} className="truncate font-medium text-sky-700 hover:underline dark:text-sky-300">
                  {creatorName(view.index, item.creatorKey)}
                </a>
                <span className="ml-auto shrink-0 text-xs text-neutral-600 dark:text-neutral-400">
                  {item.daysSinceContact === null ? 'never contacted' : `contacted ${countNoun(item.daysSinceContact, 'day')} ago`}
                </span>
              </p>
              <ul className="text-xs">
                {item.reasons.map((r) => (
                  <li key={r.kind}>{r.text}</li>
                ))}
              </ul>
              <div className="mt-0.5">
                <Action item={item} view={view} channel={channels[item.creatorKey]} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {week.total > week.items.length ? (
        <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
          {countNoun(week.total - week.items.length, 'more creator')} below; see the{' '}
          <a href="#outreach" className="text-sky-700 underline dark:text-sky-300">
            follow-up list
          </a>
          .
        </p>
      ) : null}
      {missing.length > 0 ? (
        <div className="mt-2 text-xs text-neutral-600 dark:text-neutral-400" data-testid="sharpen">
          <p>These would sharpen the list:</p>
          <ul className="ml-4 list-disc">
            {missing.map((m) => (
              <li key={m.page}>
                <span className="font-medium">{m.page}</span>: {m.why}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
    <TargetSuggestionsSection view={view} suggestions={targets} />
    <PhaseBudgetSection view={view} firstCapture={weekly.firstCapture} budget={weekly.budget} />
    </>
  );
}
