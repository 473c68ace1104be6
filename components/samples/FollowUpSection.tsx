import { useMemo, useState } from 'react';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { formatMoneyValue } from '../../lib/format/metric';
import { countNoun, formatInteger } from '../../lib/format/number';
import { FOLLOW_UP_STATUS_LABELS, followUpCounts, overdueSamples, sampleFollowUps, type SampleFollowUpStatus } from '../../lib/samples/follow-up';
import { creatorName } from '../analysis/names';
import { Section } from '../common/Section';
import { ValueText } from '../common/ValueText';
import { ReminderButton } from '../outreach/ReminderButton';
import { creatorHref } from '../shell/route';

const FIRST_SHOWN = 20;
const STATUS_ORDER: SampleFollowUpStatus[] = ['overdue', 'waiting', 'posted-late', 'posted-on-time'];

/**
 * Sample follow-up: the overdue list (longest overdue first, a reminder one click away), then every
 * shipped sample with its status and the GMV after its post.
 */
export function FollowUpSection({ view }: { view: ProgramAnalysisView }) {
  const { index, settings } = view;
  const followUps = useMemo(() => sampleFollowUps(index, { asOf: view.asOf, settings }), [index, view.asOf, settings]);
  const overdue = useMemo(() => overdueSamples(followUps), [followUps]);
  const counts = followUpCounts(followUps);
  const [shown, setShown] = useState(FIRST_SHOWN);
  const [status, setStatus] = useState<SampleFollowUpStatus | 'all'>('all');
  const listed = status === 'all' ? followUps : followUps.filter((f) => f.status === status);
  const name = (key: string) => creatorName(index, key);

  return (
    <>
      <Section title="Overdue samples">
        <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">
          Shipped samples with no post {settings.sampleContentWindowDays} days after shipping (a setting), longest overdue first.
        </p>
        {overdue.length === 0 ? (
          <p className="rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600" data-testid="overdue-empty">
            {followUps.length === 0
              ? 'No shipped samples stored yet. Open Sample requests (Shipped tab) in the Affiliate Center to capture them.'
              : 'No sample is overdue. Every shipped sample was posted or is still within its window.'}
          </p>
        ) : (
          <ol className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-label={`${countNoun(overdue.length, 'overdue sample')}, longest overdue first`}>
            {overdue.map((f) => (
              <li key={f.sampleId} className="py-1.5" data-testid="overdue-sample">
                <p className="flex min-w-0 justify-between gap-2 text-sm">
                  <a href={creatorHref(f.creatorKey)} className="truncate text-sky-700 hover:underline dark:text-sky-300">
                    {name(f.creatorKey)}
                  </a>
                  <span className="shrink-0 font-medium tabular-nums">{countNoun(f.daysOverdue!, 'day')} overdue</span>
                </p>
                <p className="truncate text-xs text-neutral-600 dark:text-neutral-400" title={f.productName ?? undefined}>
                  {f.productName ?? `Product ${f.productId}`} · shipped {f.shipDay} · due {f.dueDay}
                </p>
                <ReminderButton sample={f} index={index} />
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title="Every shipped sample">
        <p className="mb-1 text-xs text-neutral-600 dark:text-neutral-400" data-testid="follow-up-counts">
          {STATUS_ORDER.map((s) => `${FOLLOW_UP_STATUS_LABELS[s]} ${formatInteger(counts[s])}`).join(' · ')}
        </p>
        <label className="mb-1 block text-xs">
          <span className="sr-only">Show</span>
          <select className="rounded-md border border-neutral-300 bg-white px-1 py-0.5 text-xs dark:border-neutral-600 dark:bg-neutral-900" value={status} onChange={(e) => setStatus(e.target.value as SampleFollowUpStatus | 'all')}>
            <option value="all">All statuses</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {FOLLOW_UP_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <ul className="divide-y divide-neutral-200 text-sm dark:divide-neutral-800">
          {listed.slice(0, shown).map((f) => (
            <li key={f.sampleId} className="py-1">
              <p className="flex min-w-0 justify-between gap-2">
                <a href={creatorHref(f.creatorKey)} className="truncate text-sky-700 hover:underline dark:text-sky-300">
                  {name(f.creatorKey)}
                </a>
                <span className="shrink-0 text-xs">{FOLLOW_UP_STATUS_LABELS[f.status]}</span>
              </p>
              <p className="truncate text-xs text-neutral-600 dark:text-neutral-400">
                {f.productName ?? `Product ${f.productId}`} · shipped {f.shipDay}
                {f.postedDay ? ` · posted ${f.postedDay} (${countNoun(f.daysToPost!, 'day')})` : ''}
                {f.postedDay ? (
                  <>
                    {' · '}
                    <ValueText value={formatMoneyValue(f.gmvAfterPost, index.currency)} /> GMV since
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
        {listed.length > shown ? (
          <button type="button" className="mt-1 text-sm text-sky-700 underline dark:text-sky-300" onClick={() => setShown((n) => n + 50)}>
            Show more ({formatInteger(listed.length - shown)} left)
          </button>
        ) : null}
      </Section>
    </>
  );
}
