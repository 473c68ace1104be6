import type { ShopFigures } from '../../lib/eligibility/health';
import { CROSSING_PAUSES, type EligibilityCheck } from '../../lib/eligibility/rules';
import { formatDayText } from '../../lib/format/day';
import { Badge } from '../common/Badge';
import { Section } from '../common/Section';
import { PageLinks, RegionPicker } from '../guidance/PageLinks';
import { useShopRegion } from '../guidance/useShopRegion';
import { checkFigures, reportedText } from './format';
import { MUTED, RULE_LABELS, STATUS_LABELS, STATUS_TONES } from './labels';
import type { EligibilityState } from './useEligibility';

/** Where a check's figure came from and when. */
function provenance(check: EligibilityCheck, figures: ShopFigures): string | null {
  if (check.rule === 'store-rating') return figures.storeRating ? reportedText(figures.storeRating) : null;
  if (check.rule === 'counterfeit') return figures.counterfeitCheckedOn ? `violation list read ${formatDayText(figures.counterfeitCheckedOn)}` : null;
  const product = figures.products.find((p) => p.productId === check.productId);
  const figure = check.rule === 'negative-review-rate' ? product?.reviews : product?.returns;
  if (!figure) return null;
  const { count, base } = figure.value;
  const unit = check.rule === 'negative-review-rate' ? 'reviews' : 'cases';
  return `${count} of ${base} ${unit} · ${reportedText(figure)}`;
}

/** Every rule of playbook §8 with its figure, its threshold, its state and where the figure came from. */
export function EligibilityStatusSection({ state }: { state: EligibilityState }) {
  const [region, setRegion] = useShopRegion();
  const { checks, figures } = state;
  const productName = (id?: string) => {
    const product = figures.products.find((p) => p.productId === id);
    return product?.name ?? (id ? `Product ${id}` : '');
  };
  return (
    <Section title="Shop eligibility">
      <p className={`mb-2 text-xs ${MUTED}`}>
        What keeps the shop in affiliate collaboration (playbook §8). {CROSSING_PAUSES} A warning shows on the Overview from{' '}
        {Math.round(state.settings.warnAt * 100)}% of a threshold.
      </p>
      {state.empty ? (
        <div className="mb-2 rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600">
          <p>No figures yet. Open these Seller Center pages with the extension on, import a file, or type the figures below:</p>
          <PageLinks pages={['account-health', 'product-rating']} region={region} />
          <RegionPicker region={region} onChange={setRegion} />
        </div>
      ) : null}
      <ul className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-label="Eligibility rules">
        {checks.map((check) => {
          const { value, threshold } = checkFigures(check);
          const from = provenance(check, figures);
          return (
            <li key={`${check.rule}:${check.productId ?? ''}`} className="py-1.5" data-testid="eligibility-check">
              <div className="flex items-start justify-between gap-2">
                <p className="min-w-0 text-sm">
                  <span className="font-medium">{RULE_LABELS[check.rule]}</span>
                  {check.productId ? <span className="block truncate text-xs" title={productName(check.productId)}>{productName(check.productId)}</span> : null}
                </p>
                <Badge tone={STATUS_TONES[check.status]}>{STATUS_LABELS[check.status]}</Badge>
              </div>
              <p className="text-xs">
                {value} · threshold {threshold}
              </p>
              <p className={`text-xs ${MUTED}`}>{from ?? 'Not reported yet.'}</p>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
