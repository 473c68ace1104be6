import { useMemo } from 'react';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { followUpList } from '../../lib/review/follow-up-list';
import { openToTargetSuggestions } from '../../lib/review/open-to-target';
import { thisWeek } from '../../lib/review/this-week';
import { findZombies } from '../../lib/review/zombies';
import { overdueSamples, sampleFollowUps } from '../../lib/samples/follow-up';
import { useLastContacted } from '../outreach/useOutreachLog';

/** The weekly review's lists for a view: overdue samples, zombies, the follow-up list and "This week". */
export function useWeeklyReview(view: ProgramAnalysisView) {
  const lastContacted = useLastContacted();
  const { index, settings, asOf } = view;
  const base = useMemo(() => {
    const followUps = sampleFollowUps(index, { asOf, settings });
    return {
      followUps,
      overdue: overdueSamples(followUps),
      zombies: findZombies(index, view.scorecards, { asOf, settings }),
      targets: openToTargetSuggestions(index, view.scorecards, settings),
    };
  }, [index, asOf, settings, view.scorecards]);
  const followUp = useMemo(
    () =>
      followUpList({ asOf, followUpAfterDays: settings.followUpAfterDays, behindPace: view.velocity.behindPace, overdue: base.overdue, zombies: base.zombies, lastContacted }),
    [asOf, settings.followUpAfterDays, view.velocity.behindPace, base, lastContacted],
  );
  const week = useMemo(
    () =>
      thisWeek({
        asOf,
        settings,
        currency: index.currency,
        scorecards: view.scorecards,
        suggestions: view.suggestions,
        behindPace: view.velocity.behindPace,
        sparkAds: view.sparkAds,
        overdue: base.overdue,
        zombies: base.zombies,
        targetSuggestions: base.targets,
        lastContacted,
      }),
    [asOf, settings, index.currency, view.scorecards, view.suggestions, view.velocity.behindPace, view.sparkAds, base, lastContacted],
  );
  return { ...base, followUp, week, lastContacted };
}
