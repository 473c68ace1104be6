import { useMemo } from 'react';
import { periodScorecard, reportedPeriods, type CreatorEntry } from '../../../lib/analytics/index';
import type { ProgramAnalysisView } from '../../../lib/analytics/program-analyser';
import { formatPeriodText } from '../../../lib/format/day';
import { reportSourceLabel } from '../../../lib/analytics/metric-source-text';
import { REPORTED_PERIOD_FIGURES, scorecardFigures } from '../../../lib/analytics/scorecard-figures';
import { FigureWithSource } from './FigureWithSource';
import { SourceDisagreements } from './SourceDisagreements';

/**
 * The periods pages and files reported this creator's figures for (a November Creator data file,
 * Manage creators' last 90 days on the day it was captured…), each with the scorecard for exactly
 * that period, so a reported number can be checked against the file it came from.
 */
export function ReportedPeriods({ entry, view }: { entry: CreatorEntry; view: ProgramAnalysisView }) {
  const periods = useMemo(() => reportedPeriods(entry), [entry]);
  if (periods.length === 0) {
    return (
      <p className="text-xs text-neutral-600 dark:text-neutral-400">
        No reported figures yet: capture Manage creators or Creator analysis, or import a Creator data file, to keep Seller Center’s figures with
        their period.
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {periods.map((period) => {
        const card = periodScorecard(view.index, entry.key, period, view.settings);
        if (!card) return null;
        const figures = scorecardFigures(card).filter((f) => REPORTED_PERIOD_FIGURES.includes(f.label));
        return (
          <li key={`${period.from}:${period.to}`} data-testid="reported-period" aria-label={`Scorecard for ${formatPeriodText(period)}`}>
            <p className="text-xs font-medium">
              {formatPeriodText(period)} · {period.sources.map(reportSourceLabel).join(', ')}
            </p>
            <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-1.5 @min-[26rem]:grid-cols-3">
              {figures.map((figure) => (
                <FigureWithSource key={figure.label} figure={figure} />
              ))}
            </dl>
            <SourceDisagreements card={card} />
          </li>
        );
      })}
    </ul>
  );
}
