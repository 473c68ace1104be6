import { CROSSING_PAUSES } from '../../lib/eligibility/rules';
import { Section } from '../common/Section';
import { LINK, MUTED } from './labels';
import { useEligibility } from './useEligibility';

/**
 * The Overview's shop eligibility line: a warning before any threshold is crossed (at the warning
 * share, a setting), what crossing pauses, and the figures that are near or over. Quiet when every
 * figure is fine; says so when figures are unknown (never reads unknown as fine).
 */
export function EligibilityWarning() {
  const state = useEligibility();
  if (!state) return null;
  const { worst, checks } = state;
  const flagged = [...checks.filter((c) => c.status === 'crossed'), ...checks.filter((c) => c.status === 'warning')];
  if (worst === 'ok') return null;
  if (worst === 'unknown') {
    return (
      <p className={`px-3 py-2 text-xs ${MUTED}`} data-testid="eligibility-unknown">
        Shop eligibility: {state.empty ? 'not checked yet' : 'some figures unknown'}.{' '}
        <a href="#eligibility" className={LINK}>
          Check it
        </a>
        .
      </p>
    );
  }
  const crossed = worst === 'crossed';
  return (
    <Section title={crossed ? 'Shop eligibility: threshold crossed' : 'Shop eligibility: near a threshold'}>
      <div
        role="alert"
        data-testid="eligibility-warning"
        className={`rounded-md border p-2 text-sm ${
          crossed
            ? 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100'
            : 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100'
        }`}
      >
        <ul className="list-disc space-y-0.5 pl-4">
          {flagged.map((c) => (
            <li key={`${c.rule}:${c.productId ?? ''}`}>
              {c.status === 'crossed' ? 'Crossed: ' : 'Near the threshold: '}
              {c.message}
            </li>
          ))}
        </ul>
        <p className="mt-1">{CROSSING_PAUSES}</p>
        <p className="mt-1">
          <a href="#eligibility" className={LINK}>
            Every figure, its threshold and history
          </a>
        </p>
      </div>
    </Section>
  );
}
