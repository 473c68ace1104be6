import { lazy, Suspense } from 'react';
import type { ContentVelocity } from '../../lib/analytics/index';
import { formatDayText } from '../../lib/format/day';
import { countNoun, formatInteger, formatPercentText } from '../../lib/format/number';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { Section } from '../common/Section';

const VelocityChart = lazy(() => import('./VelocityChart'));

/** One sentence with the numbers the chart shows: the chart's text alternative. */
export function velocitySummary(velocity: ContentVelocity): string {
  const weeks = velocity.weeks;
  const parts: string[] = [];
  const wow = velocity.weekOverWeek;
  if (wow) {
    let change = '';
    if (wow.change !== null) {
      if (wow.change === 0) change = ', the same as the week before';
      else {
        const ratio = wow.changeRatio === null ? '' : ` (${formatPercentText(Math.abs(wow.changeRatio))})`;
        change = `, ${wow.change > 0 ? 'up' : 'down'} ${formatInteger(Math.abs(wow.change))}${ratio} on the week before`;
      }
    }
    parts.push(`Week of ${formatDayText(wow.weekStart)}: ${countNoun(wow.posts, 'new post')}${change}.`);
  }
  const current = weeks.at(-1);
  if (current?.partial) {
    parts.push(`This week so far: ${countNoun(current.posts, 'post')} in ${countNoun(current.daysCovered, 'day')}.`);
  }
  const total = weeks.reduce((n, w) => n + w.posts, 0);
  parts.push(`${countNoun(total, 'post')} over ${weeks.length} weeks.`);
  return parts.join(' ');
}

/** Content velocity (playbook §4): new posts per week across the roster, as a chart with its numbers. */
export function VelocitySection({ view }: { view: ProgramAnalysisView }) {
  const { velocity } = view;
  const summary = velocitySummary(velocity);
  const year = Number(velocity.weeks.at(-1)?.weekStart.slice(0, 4));
  return (
    <Section title="Content velocity">
      <figure>
        <figcaption className="mb-1 text-sm" data-testid="velocity-summary">
          {summary}
        </figcaption>
        {/* The chart repeats the caption and table visually; assistive tech reads those instead. */}
        <div aria-hidden="true" className="h-[150px]">
          <Suspense fallback={<div className="h-full animate-pulse rounded bg-neutral-100 dark:bg-neutral-800" />}>
            <VelocityChart weeks={velocity.weeks} />
          </Suspense>
        </div>
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-neutral-700 dark:text-neutral-300">Weekly numbers</summary>
          <table className="mt-1 w-full tabular-nums">
            <caption className="sr-only">New posts per week, oldest first</caption>
            <thead>
              <tr className="text-neutral-600 dark:text-neutral-400">
                <th scope="col" className="text-left font-medium">
                  Week of
                </th>
                <th scope="col" className="text-right font-medium">
                  Posts
                </th>
                <th scope="col" className="text-right font-medium">
                  Videos
                </th>
                <th scope="col" className="text-right font-medium">
                  LIVEs
                </th>
                <th scope="col" className="text-right font-medium">
                  Creators
                </th>
              </tr>
            </thead>
            <tbody>
              {velocity.weeks.map((w) => (
                <tr key={w.weekStart}>
                  <th scope="row" className="text-left font-normal">
                    {formatDayText(w.weekStart, year)}
                    {w.partial ? ' (so far)' : ''}
                  </th>
                  <td className="text-right">{formatInteger(w.posts)}</td>
                  <td className="text-right">{formatInteger(w.videos)}</td>
                  <td className="text-right">{formatInteger(w.lives)}</td>
                  <td className="text-right">{formatInteger(w.activeCreators)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {velocity.undatedPosts > 0 ? (
            <p className="mt-1 text-neutral-600 dark:text-neutral-400">
              {countNoun(velocity.undatedPosts, 'post')} without a post date are not counted.
            </p>
          ) : null}
        </details>
      </figure>
    </Section>
  );
}
