import { AnalysisGate } from '../analysis/AnalysisGate';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { FollowUpListSection } from '../outreach/FollowUpListSection';
import { OutreachLog } from '../outreach/OutreachLog';
import { useOutreachLog } from '../outreach/useOutreachLog';
import { useWeeklyReview } from '../review/useWeeklyReview';

function Outreach({ view }: { view: ProgramAnalysisView }) {
  const review = useWeeklyReview(view);
  const log = useOutreachLog();
  return (
    <div className="divide-y divide-neutral-200 dark:divide-neutral-800">
      <FollowUpListSection view={view} items={review.followUp} />
      <OutreachLog index={view.index} entries={log ?? []} />
    </div>
  );
}

/** Outreach: who to chase, and every message sent or copied. */
export function OutreachView() {
  return <AnalysisGate>{(view) => <Outreach view={view} />}</AnalysisGate>;
}
