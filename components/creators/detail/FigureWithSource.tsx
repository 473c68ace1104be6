import { useId } from 'react';
import type { ScorecardFigure } from '../../../lib/analytics/scorecard-figures';
import { ValueText } from '../../common/ValueText';

/**
 * One scorecard figure; where it comes from (source, period, capture time) shows on hover and on
 * keyboard focus, and screen readers hear it as the figure's description.
 */
export function FigureWithSource({ figure }: { figure: ScorecardFigure }) {
  const id = useId();
  return (
    <div className="group relative min-w-0">
      {/* Labels wrap onto a second line in a narrow panel rather than being cut ("Posts per week vs agreed"). */}
      <dt className="text-xs break-words text-neutral-600 dark:text-neutral-400" title={figure.hint}>
        {figure.label}
      </dt>
      <dd
        className="text-sm font-medium tabular-nums underline decoration-neutral-300 decoration-dotted underline-offset-2 outline-offset-2 dark:decoration-neutral-600"
        tabIndex={figure.source ? 0 : undefined}
        aria-describedby={figure.source ? id : undefined}
        data-source={figure.source}
      >
        <ValueText value={figure.value} />
      </dd>
      {figure.source ? (
        <span
          id={id}
          role="tooltip"
          className="invisible absolute top-full left-0 z-10 mt-1 w-64 max-w-[80vw] rounded-md bg-neutral-900 px-2 py-1.5 text-xs font-normal text-white shadow-lg group-focus-within:visible group-hover:visible dark:bg-neutral-100 dark:text-neutral-900"
        >
          {figure.source}
        </span>
      ) : null}
    </div>
  );
}
