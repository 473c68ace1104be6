import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { formatMoneyValue } from '../../lib/format/metric';
import { programPhase, type BudgetCheck } from '../../lib/review/program-phase';
import { Section } from '../common/Section';
import { ValueText } from '../common/ValueText';

const STATUS_TEXT = { under: 'under the build budget', within: 'within the build budget', over: 'over the build budget', unknown: 'unknown (a sample cost is missing)' } as const;

/**
 * The program's month (from its first capture) with what to expect, and the last 30 days' spend
 * against the build budget (lib/analysis-store/weekly-summary.ts: from the analysis, or as saved).
 */
export function PhaseBudgetSection({ view, firstCapture, budget }: { view: ProgramAnalysisView; firstCapture: number | null; budget: BudgetCheck }) {
  const { index, asOf } = view;
  const phase = programPhase(firstCapture, asOf);
  const money = (n: number | null) => formatMoneyValue(n, index.currency);
  const buildDays = view.settings.buildPhaseDays;
  const bandNote =
    budget.buildPhase === null ? ` (a program's first ${buildDays} days).` : budget.buildPhase ? '.' : ` (the build budget is for the first ${buildDays} days; you are past them).`;
  return (
    <Section title="Program phase and budget">
      {phase ? (
        <p className="text-sm" data-testid="program-phase">
          <span className="font-medium">{phase.title}</span> (day {phase.days + 1} since the first capture). {phase.expect}
        </p>
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">The program's month starts with its first capture.</p>
      )}
      <p className="mt-1 text-xs" data-testid="budget">
        Last 30 days: samples <ValueText value={money(budget.sampleCost)} />, Spark Ads{' '}
        {budget.sparkAdsSpendEntered === false ? 'none entered' : <ValueText value={money(budget.sparkAdsSpend)} />}, coordinator{' '}
        {budget.coordinator === 0 ? 'not counted' : <ValueText value={money(budget.coordinator)} />} = <ValueText value={money(budget.total)} />,{' '}
        {STATUS_TEXT[budget.status]} of{' '}
        <ValueText value={money(budget.min)} />–<ValueText value={money(budget.max)} /> a month
        {bandNote} Commissions are separate. The budget and the
        coordinator's cost are in <a href="#settings" className="text-sky-700 underline dark:text-sky-300">Settings</a>
        {budget.sparkAdsSpendEntered === false ? '; Spark Ads spend is entered video by video, in each creator\'s view.' : '.'}
      </p>
    </Section>
  );
}
