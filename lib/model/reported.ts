/**
 * Figures Seller Center (a page) or one of its export files reports for a stated period, kept with
 * that period: Manage creators' "last 90 days", Creator analysis for the date range the page shows,
 * a Creator data file for the range in its name or contents. One record per creator, source, period
 * and day of capture, so a history of reports builds up day by day (a later capture the same day
 * replaces that day's record). Line-level records (videos, orders) are not reports: they stay in
 * their own tables.
 */
import type { CurrencyCode } from '../parse/quantity';
import type { CreatorMetrics } from './entities';

/** Pages and files whose figures cover a known period. */
export const REPORT_SOURCES = ['manage-creators', 'creator-analysis', 'import:creators'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/** A period of local calendar days, both ends included, `YYYY-MM-DD`. */
export interface DayPeriod {
  from: string;
  to: string;
}

export interface ReportedFigures {
  /** `reportedFiguresId(...)`: creator, source, period and capture day. */
  id: string;
  creatorKey: string;
  source: ReportSource;
  /** The period the figures cover, as the page or file states it. */
  period: DayPeriod;
  /** Local day of the capture (or import). */
  capturedDay: string;
  /** When it was captured (epoch ms). */
  capturedAt: number;
  /** Currency of the money figures (their unit), when any was shown with one. */
  currency?: CurrencyCode;
  metrics: CreatorMetrics;
}

export function reportedFiguresId(creatorKey: string, source: ReportSource, period: DayPeriod, capturedDay: string): string {
  return `${creatorKey}\u0000${source}\u0000${period.from}\u0000${period.to}\u0000${capturedDay}`;
}

export function isReportSource(source: unknown): source is ReportSource {
  return typeof source === 'string' && (REPORT_SOURCES as readonly string[]).includes(source);
}
