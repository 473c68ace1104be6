import { EligibilityEntrySection } from '../eligibility/EligibilityEntrySection';
import { EligibilityHistorySection } from '../eligibility/EligibilityHistorySection';
import { EligibilityImportSection } from '../eligibility/EligibilityImportSection';
import { EligibilityStatusSection } from '../eligibility/EligibilityStatusSection';
import { EligibilityThresholdsSection } from '../eligibility/EligibilityThresholdsSection';
import { useEligibility } from '../eligibility/useEligibility';

/** Shop eligibility: each rule's figure, threshold and state; the history; figures typed or imported; the thresholds. */
export function EligibilityView() {
  const state = useEligibility();
  if (!state) return <p className="p-3 text-sm">Loading…</p>;
  return (
    <div className="divide-y divide-neutral-200 dark:divide-neutral-800">
      <EligibilityStatusSection state={state} />
      <EligibilityHistorySection state={state} />
      <EligibilityEntrySection state={state} />
      <EligibilityImportSection state={state} />
      <EligibilityThresholdsSection state={state} />
    </div>
  );
}
