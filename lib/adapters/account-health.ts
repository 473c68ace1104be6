/**
 * Account health (Seller Center `/account/health`): the shop's performance metrics and its violation
 * records. Two tables, so two readers; both give `eligibility` rows. The path is seen in public scripts
 * that open the page; the layout is inferred [I] (seller-center.md has no facts on this page): a
 * metrics table (metric, the shop's value, the requirement) and a violation records table (violation,
 * policy, date, status), in Seller Center's `theme-arco-` tables under `#GEC-main`.
 * Fixture: account-health.fixture.html.
 */
import type { EligibilityRow } from '../model/eligibility';
import { parseDate, parseNumber } from '../parse/values';
import { textOf } from './program-cells';
import type { ColumnSpec, PageAdapter, ReadContext, RowResult, RowView } from './types';

export const NOT_WATCHED = 'metric not used for shop eligibility';
export const NO_RATING = 'store rating not a number from 0 to 5';
export const NO_VIOLATION_DATE = 'violation without a date';

type MetricField = 'metric' | 'value' | 'requirement';

const metricColumns: readonly ColumnSpec<MetricField>[] = [
  { field: 'metric', headers: ['Metric', 'Metrics', 'Indicator', 'Performance metric'], required: true },
  { field: 'value', headers: ['Your shop', 'Your performance', 'Current', 'Current value', 'Value'], required: true },
  { field: 'requirement', headers: ['Requirement', 'Target', 'Standard', 'Threshold'] },
];

/** [I] Wordings of the store rating metric. */
const STORE_RATING = /^(?:store|shop) rating\b/i;

function readMetricRow(view: RowView<MetricField>, ctx: ReadContext): RowResult<EligibilityRow> {
  const metric = textOf(view, 'metric') ?? '';
  if (!STORE_RATING.test(metric)) return { rejected: NOT_WATCHED };
  // `4.6`, `4.6 / 5`, `4,6` (decimal comma regions): the first number shown.
  const shown = textOf(view, 'value')?.split('/')[0]?.trim();
  const rating = parseNumber(shown, ctx.region ? { region: ctx.region } : undefined);
  if (rating === null || rating < 0 || rating > 5) return { rejected: NO_RATING };
  return { row: { kind: 'store-rating', storeRating: rating } };
}

export const accountHealthMetricsAdapter: PageAdapter<'eligibility', MetricField> = {
  id: 'account-health-metrics',
  label: 'Account health: metrics',
  pageKinds: ['account-health'],
  entity: 'eligibility',
  columns: metricColumns,
  minColumns: 2,
  readRow: readMetricRow,
};

type ViolationField = 'violation' | 'policy' | 'date' | 'status';

const violationColumns: readonly ColumnSpec<ViolationField>[] = [
  { field: 'violation', headers: ['Violation', 'Violation reason', 'Violation type', 'Reason'], required: true },
  { field: 'policy', headers: ['Policy', 'Policy type', 'Violation category'] },
  { field: 'date', headers: ['Violation date', 'Date', 'Violation time', 'Time', 'Created'], required: true },
  { field: 'status', headers: ['Status', 'Appeal status'] },
];

/** [I] Counterfeit shows in the violation's name or its policy (`Counterfeit goods`, `IP: counterfeit`). */
const COUNTERFEIT = /counterfeit|fake goods|imitation/i;

function readViolationRow(view: RowView<ViolationField>, ctx: ReadContext): RowResult<EligibilityRow> {
  const day = parseDate(textOf(view, 'date'), ctx.region ? { region: ctx.region } : undefined);
  if (day === null) return { rejected: NO_VIOLATION_DATE };
  const violation = textOf(view, 'violation') ?? '';
  const policy = textOf(view, 'policy');
  const row: EligibilityRow = { kind: 'violation', day, counterfeit: COUNTERFEIT.test(`${violation} ${policy ?? ''}`) };
  if (policy) row.policy = policy;
  return { row };
}

export const accountHealthViolationsAdapter: PageAdapter<'eligibility', ViolationField> = {
  id: 'account-health-violations',
  label: 'Account health: violation records',
  pageKinds: ['account-health'],
  entity: 'eligibility',
  columns: violationColumns,
  minColumns: 2,
  readRow: readViolationRow,
};
