import { countFindings, partLabel, type Finding } from '../../lib/briefs/index';
import { SMALL_BUTTON } from './ui';

function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found: every part is filled in and nothing risky was spotted.';
  const { errors, warnings } = countFindings(findings);
  const parts = [errors ? `${errors} ${errors === 1 ? 'problem' : 'problems'} to fix` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''];
  return `${parts.filter(Boolean).join(', ')}.`;
}

/** Where a finding is: `Hook`, `Product truth 2`. */
export function findingPlace(f: Finding): string {
  const label = partLabel(f.part);
  return f.item === null ? label : `${label} ${f.item + 1}`;
}

/**
 * Every finding with its reason, the suggested fix and one-click actions. A polite live region:
 * screen readers hear the list change after a pause in typing, not on every key.
 */
export function FindingsList({
  findings,
  onApply,
  onSubstantiate,
  onFocusField,
}: {
  findings: readonly Finding[];
  onApply: (finding: Finding, replacement: string) => void;
  onSubstantiate: (finding: Finding) => void;
  onFocusField: (finding: Finding) => void;
}) {
  return (
    <div aria-live="polite" aria-atomic="false">
      <p className="mb-2 text-sm" data-testid="findings-summary">
        {summary(findings)}
      </p>
      <ul className="space-y-2" aria-label="Findings">
        {findings.map((f, i) => (
          <li
            key={`${f.ruleId}-${f.part}-${f.item}-${f.start}-${i}`}
            className={`rounded-md border-l-4 px-2.5 py-1.5 text-sm ${
              f.severity === 'error'
                ? 'border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950/50'
                : 'border-amber-500 bg-amber-50 dark:bg-amber-950/50'
            }`}
          >
            <p>
              <span className="font-medium">{f.severity === 'error' ? 'Must fix' : 'Warning'}</span>
              <span className="text-neutral-600 dark:text-neutral-400"> · {findingPlace(f)}</span>
              {f.match ? (
                <>
                  {' '}
                  · <q className="font-medium">{f.match}</q>
                </>
              ) : null}
            </p>
            <p>{f.message}</p>
            {f.suggestion ? <p className="text-xs text-neutral-700 dark:text-neutral-300">Suggested fix: {f.suggestion}</p> : null}
            <div className="mt-1 flex flex-wrap gap-1.5">
              {f.start !== null
                ? f.replacements.map((r) => (
                    <button key={r} type="button" className={SMALL_BUTTON} onClick={() => onApply(f, r)}>
                      Replace with “{r}”
                    </button>
                  ))
                : null}
              {f.category === 'claim' ? (
                <button type="button" className={SMALL_BUTTON} onClick={() => onSubstantiate(f)}>
                  Mark as substantiated
                </button>
              ) : null}
              <button type="button" className={SMALL_BUTTON} onClick={() => onFocusField(f)}>
                Go to {findingPlace(f).toLowerCase()}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
