import { AnalysisGate } from '../analysis/AnalysisGate';
import { SampleCostsSection } from '../costs/SampleCostsSection';

/** Samples: what each one costs. */
export function SamplesView() {
  return (
    <AnalysisGate>
      {(view) => (
        <div className="divide-y divide-neutral-200 dark:divide-neutral-800">
          <SampleCostsSection view={view} />
        </div>
      )}
    </AnalysisGate>
  );
}
