/**
 * The weekly review's lists for an analysis, composed once for the Overview, the Outreach view and
 * the saved analysis (lib/analysis-store/weekly-summary.ts): overdue samples, zombies, open → target
 * suggestions (what does not depend on the outreach log), then "This week" and the follow-up list
 * (which do: a recent contact ranks a chase low).
 */
import type { ProgramAnalysisView } from '../analytics/program-analyser';
import { overdueSamples, sampleFollowUps, type SampleFollowUp } from '../samples/follow-up';
import { followUpList } from './follow-up-list';
import { openToTargetSuggestions, type TargetSuggestion } from './open-to-target';
import { thisWeek } from './this-week';
import { findZombies, type Zombie } from './zombies';

/** What "This week" chases and offers besides the analysis' own lists. */
export interface WeeklyChase {
  overdue: SampleFollowUp[];
  zombies: Zombie[];
  targets: TargetSuggestion[];
}

export interface WeeklyBase extends WeeklyChase {
  followUps: SampleFollowUp[];
}

/** Per view: the Overview's "This week", the saved analysis and the Outreach view share them. */
const chases = new WeakMap<ProgramAnalysisView, WeeklyChase>();

/** The lists "This week" needs that do not depend on the outreach log (overdue samples without the rest). */
export function weeklyChase(view: ProgramAnalysisView): WeeklyChase {
  let chase = chases.get(view);
  if (!chase) {
    const { index, settings, asOf } = view;
    chase = {
      overdue: overdueSamples(sampleFollowUps(index, { asOf, settings, only: 'overdue' })),
      zombies: findZombies(index, view.scorecards, { asOf, settings }),
      targets: openToTargetSuggestions(index, view.scorecards, settings),
    };
    chases.set(view, chase);
  }
  return chase;
}

/** The lists that do not depend on the outreach log, every sample's follow-up among them. */
export function weeklyBase(view: ProgramAnalysisView): WeeklyBase {
  return { ...weeklyChase(view), followUps: sampleFollowUps(view.index, { asOf: view.asOf, settings: view.settings }) };
}

/** "This week" for `view`, given the lists above and when each creator was last contacted. */
export function thisWeekOf(view: ProgramAnalysisView, base: WeeklyChase, lastContacted: ReadonlyMap<string, number>) {
  return thisWeek({
    asOf: view.asOf,
    settings: view.settings,
    currency: view.index.currency,
    scorecards: view.scorecards,
    suggestions: view.suggestions,
    behindPace: view.velocity.behindPace,
    sparkAds: view.sparkAds,
    overdue: base.overdue,
    zombies: base.zombies,
    targetSuggestions: base.targets,
    lastContacted,
  });
}

/** The follow-up list for `view`, given the lists above and when each creator was last contacted. */
export function followUpListOf(view: ProgramAnalysisView, base: WeeklyChase, lastContacted: ReadonlyMap<string, number>) {
  return followUpList({
    asOf: view.asOf,
    followUpAfterDays: view.settings.followUpAfterDays,
    behindPace: view.velocity.behindPace,
    overdue: base.overdue,
    zombies: base.zombies,
    lastContacted,
  });
}
