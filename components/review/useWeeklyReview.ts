import { useMemo } from 'react';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { followUpListOf, thisWeekOf, weeklyBase } from '../../lib/review/weekly-review';
import { useLastContacted } from '../outreach/useOutreachLog';

/** The weekly review's lists for a view: overdue samples, zombies, the follow-up list and "This week". */
export function useWeeklyReview(view: ProgramAnalysisView) {
  const lastContacted = useLastContacted();
  const base = useMemo(() => weeklyBase(view), [view]);
  const followUp = useMemo(() => followUpListOf(view, base, lastContacted), [view, base, lastContacted]);
  const week = useMemo(() => thisWeekOf(view, base, lastContacted), [view, base, lastContacted]);
  return { ...base, followUp, week, lastContacted };
}
