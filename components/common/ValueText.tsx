import type { FormattedValue } from '../../lib/format/number';

/**
 * A formatted number. When its spoken form differs (`—` is "unknown", `$5K–$25K` is "$5K to $25K"),
 * screen readers get the words and sighted users the compact text.
 */
export function ValueText({ value }: { value: FormattedValue }) {
  if (value.label === undefined) return <>{value.text}</>;
  return (
    <>
      <span aria-hidden="true" className={value.unknown ? 'text-neutral-500 dark:text-neutral-400' : undefined}>
        {value.text}
      </span>
      <span className="sr-only">{value.label}</span>
    </>
  );
}
