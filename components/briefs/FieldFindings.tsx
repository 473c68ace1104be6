import { findingsFor, partText, type Brief, type CheckPart, type Finding } from '../../lib/briefs/index';
import { HighlightedText } from './HighlightedText';

/**
 * Under one field: its text with the flagged words marked, and why. Not a live region (the Checks
 * list announces changes once); fields point here with `aria-describedby`.
 */
export function FieldFindings({
  id,
  brief,
  findings,
  part,
  item = null,
}: {
  id: string;
  /** The brief the findings were computed from (the text they point into). */
  brief: Brief;
  findings: readonly Finding[];
  part: CheckPart;
  item?: number | null;
}) {
  const own = findingsFor(findings, part, item ?? undefined).filter((f) => (item === null ? f.item === null : true));
  const located = own.filter((f) => f.start !== null);
  if (located.length === 0) return null;
  return (
    <div id={id} className="mt-1 rounded-md bg-neutral-50 px-2 py-1 text-xs dark:bg-neutral-800/60">
      <p className="text-neutral-800 dark:text-neutral-200">
        <span className="sr-only">Flagged: </span>
        <HighlightedText text={partText(brief, part, item)} findings={located} />
      </p>
      <ul className="mt-0.5 space-y-0.5">
        {located.map((f, i) => (
          <li key={`${f.ruleId}-${f.start}-${i}`} className={f.severity === 'error' ? 'text-red-800 dark:text-red-200' : 'text-amber-800 dark:text-amber-200'}>
            {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
