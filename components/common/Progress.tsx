import { formatInteger } from '../../lib/format/number';

/**
 * Something is taking a moment: says what, and how far along when that is known. A live status,
 * so screen readers hear it start; the bar itself is not re-announced on every step.
 */
export function Progress({ label, done, total }: { label: string; done?: number; total?: number }) {
  const known = done !== undefined && total !== undefined && total > 0;
  return (
    <div role="status" className="px-3 py-4 text-sm">
      <p>
        {label}
        {known ? (
          <span className="text-neutral-600 tabular-nums dark:text-neutral-400">
            {' '}
            {formatInteger(Math.min(done, total))} of {formatInteger(total)}
          </span>
        ) : null}
      </p>
      <progress
        className="mt-2 h-1.5 w-full overflow-hidden rounded accent-sky-600"
        aria-label={label}
        {...(known ? { value: Math.min(done, total), max: total } : {})}
      />
    </div>
  );
}
