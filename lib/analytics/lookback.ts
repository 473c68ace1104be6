/**
 * How far back the analysis looks: the rollups of older days are not read (history only grows;
 * the panel must not get slower every week). Every window the analyses use ends on the day of
 * `asOf`, so the longest of them, with a week to spare, bounds what is read.
 */
import { SCORECARD_WINDOWS, type AnalyticsSettings } from './settings';

export function analysisLookbackDays(settings: AnalyticsSettings): number {
  return (
    Math.max(
      ...SCORECARD_WINDOWS,
      settings.scorecardWindowDays,
      settings.promotionWindowDays,
      settings.consistencyWeeks * 7,
      settings.underDeliveryWeeks * 7,
      (settings.velocityWeeks + 1) * 7,
      settings.paceWindowDays,
      settings.sampleRoiWindowDays,
      settings.zombieAfterDays,
      settings.repeatPurchaseCohortDays,
      settings.sparkAdsMaxAgeDays,
      settings.promotionMinTenureDays,
      14, // the leaderboard: this week and the one before
    ) + 7
  );
}

/** What the analysis for the day `asOfDay` reads: cells from `fromDay`, videos posted from `sparkFromDay`. */
export interface AnalysisHorizon {
  fromDay: number;
  sparkFromDay: number;
}

export function analysisHorizon(settings: AnalyticsSettings, asOfDay: number): AnalysisHorizon {
  return { fromDay: asOfDay - analysisLookbackDays(settings) + 1, sparkFromDay: asOfDay - settings.sparkAdsMaxAgeDays + 1 };
}
