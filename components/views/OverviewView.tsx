import { AnalysisGate } from '../analysis/AnalysisGate';
import { GetStarted } from '../common/GetStarted';
import { useStoredCounts } from '../data/useStoredCounts';
import { FirstRunChecklist } from '../guidance/FirstRunChecklist';
import { CaptureSummarySection } from '../overview/CaptureSummarySection';
import { EligibilityWarning } from '../eligibility/EligibilityWarning';
import { LeaderboardSection } from '../overview/LeaderboardSection';
import { ProgramFlagsSection } from '../overview/ProgramFlagsSection';
import { RosterHealthSection } from '../overview/RosterHealthSection';
import { ThisWeekSection } from '../overview/ThisWeekSection';
import { VelocitySection } from '../overview/VelocitySection';

/**
 * The weekly review at a glance, led by "This week" (who to act on now), then velocity, roster health, how many carry each flag across the program, the week's leaders.
 * The capture status paints at once; the program sections follow when the analysis is ready.
 */
export function OverviewView() {
  // The checklist asks only whether each table holds anything.
  const counts = useStoredCounts({ exact: false });
  return (
    <div className="divide-y divide-neutral-200 dark:divide-neutral-800">
      <FirstRunChecklist counts={counts} />
      {/* A saved analysis keeps what "This week" and the sections after it show: the layout is final at once. */}
      <AnalysisGate showCached="overview" empty={<span hidden />}>
        {(view) => <ThisWeekSection view={view} />}
      </AnalysisGate>
      <EligibilityWarning />
      <AnalysisGate showCached="overview" notice={false} empty={<GetStarted />}>
        {(view, updating) => (
          <div className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-busy={updating}>
            <VelocitySection view={view} />
            <RosterHealthSection view={view} />
            <ProgramFlagsSection view={view} />
            <LeaderboardSection view={view} />
          </div>
        )}
      </AnalysisGate>
      <CaptureSummarySection />
    </div>
  );
}
