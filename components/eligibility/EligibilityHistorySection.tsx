import type { EligibilityRecord } from '../../lib/model/eligibility';
import { formatDayText } from '../../lib/format/day';
import { formatPercentBeside } from '../../lib/format/number';
import { Section } from '../common/Section';
import { MUTED } from './labels';
import type { EligibilityState } from './useEligibility';

const rate = (count: number | undefined, base: number | undefined) =>
  count === undefined || base === undefined ? null : base === 0 ? `${count} of 0` : `${formatPercentBeside(count / base, [])} (${count} of ${base})`;

/** One day's figures of a subject, as reported that day; what was not reported is not shown (unknown). */
function dayLine(record: EligibilityRecord): string {
  const parts: string[] = [];
  if (record.storeRating !== undefined) parts.push(`store rating ${record.storeRating}`);
  if (record.counterfeitDays?.length) parts.push(`counterfeit violations on ${record.counterfeitDays.map((d) => formatDayText(d)).join(', ')}`);
  else if (record.counterfeitChecked) parts.push('violation list read');
  const reviews = rate(record.negativeReviews, record.reviews);
  if (reviews) parts.push(`negative reviews ${reviews}`);
  const returns = rate(record.sellerFaultReturns, record.returnCases);
  if (returns) parts.push(`seller-fault returns ${returns}`);
  return parts.join(' · ') || 'no figures';
}

function History({ title, records }: { title: string; records: readonly EligibilityRecord[] }) {
  return (
    <details className="py-1">
      <summary className="cursor-pointer text-sm">
        {title} <span className={`text-xs ${MUTED}`}>({records.length} {records.length === 1 ? 'day' : 'days'})</span>
      </summary>
      <ol className="mt-1 space-y-0.5 pl-3 text-xs">
        {[...records].reverse().map((record) => (
          <li key={record.id}>
            <span className="font-medium">{formatDayText(record.day)}</span>: {dayLine(record)}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Every day's figures, newest first, for the shop and each product: the history kept. */
export function EligibilityHistorySection({ state }: { state: EligibilityState }) {
  const { figures } = state;
  if (state.empty) return null;
  return (
    <Section title="History">
      {figures.history.length > 0 ? <History title="Shop" records={figures.history} /> : null}
      {figures.products.map((product) => (
        <History key={product.productId} title={product.name ?? `Product ${product.productId}`} records={product.history} />
      ))}
    </Section>
  );
}
