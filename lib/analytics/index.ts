/**
 * Program analytics: pure functions over stored records. Build a `ProgramIndex` once with
 * `indexProgram(data)`, then ask it questions, or call `analyseProgram` for everything at once.
 * Nothing here reads the clock: every function takes `asOf`.
 */
import { indexProgram } from './program-index';
import type { ProgramData, ProgramIndex } from './program-index-model';
import { leaderboard, type Leaderboard } from './leaderboard';
import { rosterHealth, type RosterHealth } from './roster';
import { computeScorecards, type Scorecard, type ScorecardOptions } from './scorecard';
import { sparkAdsCandidates, type SparkAdsCandidate } from './spark-ads';
import { suggestTiers, type TierSuggestion } from './suggestions';
import { contentVelocity, type ContentVelocity } from './velocity';

export * from './flags';
export * from './leaderboard';
export * from './program-index';
export * from './program-index-model';
export * from './spark-pieces';
export * from './roster';
export * from './sample-roi';
export * from './scorecard';
export * from './settings';
export * from './spark-ads';
export * from './stats';
export * from './suggestions';
export * from './tiers';
export * from './velocity';
export * from './window-metrics';

export interface ProgramAnalysis {
  scorecards: Scorecard[];
  suggestions: TierSuggestion[];
  velocity: ContentVelocity;
  roster: RosterHealth;
  sparkAds: SparkAdsCandidate[];
  leaderboard: Leaderboard;
}

/** Everything the side panel computes on opening, from one index (Sample ROI: `sampleRoi`, computed by the Samples view). */
export function analyseProgram(data: ProgramData | ProgramIndex, options: ScorecardOptions): ProgramAnalysis {
  const index = 'entries' in data ? data : indexProgram(data);
  return {
    scorecards: computeScorecards(index, options),
    suggestions: suggestTiers(index, options),
    velocity: contentVelocity(index, options),
    roster: rosterHealth(index, options),
    sparkAds: sparkAdsCandidates(index, { ...options, limit: options.settings.sparkAdsListSize }),
    leaderboard: leaderboard(index, options),
  };
}
