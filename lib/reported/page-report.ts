/**
 * Which creator pages report figures for a stated period, and which period: Manage creators always
 * shows the last 90 days; Creator analysis shows the range its date filter says. Find creators'
 * marketplace figures state no period and are not kept as a report.
 */
import type { PageKind } from '../pages/page-kind';
import type { DayPeriod, ReportSource } from '../model/reported';
import { MANAGE_CREATORS_DAYS, periodEndingOn, periodFromText } from './period';

export interface PageReport {
  source: ReportSource;
  period: DayPeriod;
}

/** The report a creators capture on this page is, or null when its period is not known. */
export function pageReport(
  kind: PageKind,
  periodText: string | undefined,
  capturedDay: string,
  region: string | null,
): PageReport | null {
  if (kind === 'manage-creators') {
    const stated = periodFromText(periodText, capturedDay, region);
    const period = stated ?? periodEndingOn(capturedDay, MANAGE_CREATORS_DAYS);
    return period ? { source: 'manage-creators', period } : null;
  }
  if (kind === 'creator-analysis') {
    const period = periodFromText(periodText, capturedDay, region);
    return period ? { source: 'creator-analysis', period } : null;
  }
  return null;
}
