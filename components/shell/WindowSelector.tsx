import { useId } from 'react';
import { windowOptions, useWindowChoice } from '../analysis/scorecard-window';

/** 7 / 28 / 90 days: the window every scorecard, flag and export uses. A radio group, arrow keys move. */
export function WindowSelector({ windowDays, defaultDays }: { windowDays: number | null; defaultDays: number }) {
  const { choose } = useWindowChoice();
  const name = useId();
  return (
    <fieldset className="flex items-center gap-1">
      <legend className="sr-only">Scorecard window</legend>
      <span aria-hidden="true" className="text-xs text-neutral-600 dark:text-neutral-400">
        Window
      </span>
      <div className="flex overflow-hidden rounded-md border border-neutral-300 dark:border-neutral-600">
        {windowOptions(defaultDays).map((days) => (
          <label
            key={days}
            className="cursor-pointer px-2 py-1 text-xs tabular-nums has-[:checked]:bg-neutral-900 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 dark:has-[:checked]:bg-neutral-100 dark:has-[:checked]:text-neutral-900"
          >
            <input
              type="radio"
              name={name}
              value={days}
              className="sr-only"
              checked={windowDays === days}
              onChange={() => choose(days)}
            />
            <span aria-hidden="true">{days}d</span>
            <span className="sr-only">{days} days</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
