import { AnalysisGate } from '../analysis/AnalysisGate';
import { SampleCostsSection } from '../costs/SampleCostsSection';
import { FollowUpSection } from '../samples/FollowUpSection';
import { FunnelSection } from '../samples/FunnelSection';
import { SampleRoiSection } from '../samples/SampleRoiSection';

/** Samples: the overdue ones to chase, every shipped sample's status, the monthly funnel, their return, what each costs. */
export function SamplesView() {
  return (
    <AnalysisGate>
      {(view) => (
        <div className="divide-y divide-neutral-200 dark:divide-neutral-800">
          <FollowUpSection view={view} />
          <FunnelSection view={view} />
          <SampleRoiSection view={view} />
          <SampleCostsSection view={view} />
        </div>
      )}
    </AnalysisGate>
  );
}
