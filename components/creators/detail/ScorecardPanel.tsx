import { FLAG_ACTIONS, describeFlag, type Scorecard } from '../../../lib/analytics/index';
import { formatDayText } from '../../../lib/format/day';
import { flagLabel } from '../../../lib/analytics/flag-labels';
import { scorecardFigures } from '../../../lib/analytics/scorecard-figures';
import { FigureWithSource } from './FigureWithSource';
import { SourceDisagreements } from './SourceDisagreements';

/** The window's scorecard: every figure (unknowns marked), then each flag with its numbers and what to do. */
export function ScorecardPanel({ card }: { card: Scorecard }) {
  const year = Number(card.window.to.slice(0, 4));
  return (
    <div>
      <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">
        Last {card.window.days} days, {formatDayText(card.window.from, year)} – {formatDayText(card.window.to, year)}
      </p>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1.5 @min-[26rem]:grid-cols-3" data-testid="scorecard">
        {scorecardFigures(card).map((figure) => (
          <FigureWithSource key={figure.label} figure={figure} />
        ))}
      </dl>
      <SourceDisagreements card={card} />
      {card.flags.length > 0 ? (
        <ul className="mt-3 space-y-2" aria-label="Flags">
          {card.flags.map((flag, i) => (
            <li key={`${flag.kind}-${i}`} className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-2.5 py-1.5 text-sm dark:bg-amber-950/50">
              <p className="font-medium">{flagLabel(flag)}</p>
              <p className="text-xs">{describeFlag(flag, card.currency)}</p>
              <p className="text-xs text-neutral-700 dark:text-neutral-300">{FLAG_ACTIONS[flag.kind]}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">No flags in this window.</p>
      )}
      {card.undatedPosts > 0 ? (
        <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">{card.undatedPosts} stored pieces have no post date and are not counted.</p>
      ) : null}
    </div>
  );
}
