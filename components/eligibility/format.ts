import type { EligibilityCheck } from '../../lib/eligibility/rules';
import type { Reported } from '../../lib/eligibility/health';
import { formatDayText } from '../../lib/format/day';
import { formatInteger, formatPercentBeside } from '../../lib/format/number';
import type { EligibilitySource } from '../../lib/model/eligibility';

const SOURCE_TEXT: Record<EligibilitySource, string> = {
  'account-health': 'Account health page',
  'product-rating': 'Product rating page',
  import: 'imported file',
  typed: 'typed in',
};

/** `Nov 18, Account health page`: when and where a figure was reported. */
export function reportedText(figure: Pick<Reported<unknown>, 'day' | 'sources'>): string {
  return `${formatDayText(figure.day)}, ${figure.sources.map((s) => SOURCE_TEXT[s]).join(' + ')}`;
}

/** A check's figure and its threshold, in the seller's locale. */
export function checkFigures(check: EligibilityCheck): { value: string; threshold: string } {
  switch (check.rule) {
    case 'store-rating':
      return { value: check.value === null ? 'unknown' : String(check.value), threshold: `at least ${check.threshold}` };
    case 'counterfeit':
      return { value: check.value === null ? 'unknown' : formatInteger(check.value), threshold: 'none in the window' };
    default:
      return {
        value: check.value === null ? (check.status === 'not-enough-data' ? 'too few to count' : 'unknown') : formatPercentBeside(check.value, [check.threshold]),
        threshold: `under ${formatPercentBeside(check.threshold, [])}`,
      };
  }
}
