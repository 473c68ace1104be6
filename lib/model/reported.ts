/**
 * Figures Seller Center (a page) or one of its export files reports for a stated period, kept with
 * that period: Manage creators' "last 90 days", Creator analysis for the date range the page shows,
 * a Creator data file for the range in its name or contents. One record per creator, source, period
 * and day of capture, so a history of reports builds up day by day (a later capture the same day
 * replaces that day's record). Line-level records (videos, orders) are not reports: they stay in
 * their own tables.
 */
import { z } from 'zod';
import { CreatorMetricsSchema } from './entities';
import { CurrencySchema, DayPeriodSchema, DaySchema, type DayPeriod } from './primitives';

export { type DayPeriod } from './primitives';

/** Pages and files whose figures cover a known period. */
export const REPORT_SOURCES = ['manage-creators', 'creator-analysis', 'import:creators'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

export const ReportedFiguresSchema = z.object({
  /** `reportedFiguresId(...)`: creator, source, period and capture day. */
  id: z.string().min(1),
  creatorKey: z.string().min(1),
  source: z.enum(REPORT_SOURCES),
  /** The period the figures cover, as the page or file states it. */
  period: DayPeriodSchema,
  /** Local day of the capture (or import). */
  capturedDay: DaySchema,
  /** When it was captured (epoch ms). */
  capturedAt: z.number(),
  /** Currency of the money figures (their unit), when any was shown with one. */
  currency: CurrencySchema.optional(),
  metrics: CreatorMetricsSchema,
});
export type ReportedFigures = z.infer<typeof ReportedFiguresSchema>;

export function reportedFiguresId(creatorKey: string, source: ReportSource, period: DayPeriod, capturedDay: string): string {
  return `${creatorKey}\u0000${source}\u0000${period.from}\u0000${period.to}\u0000${capturedDay}`;
}

export function isReportSource(source: unknown): source is ReportSource {
  return typeof source === 'string' && (REPORT_SOURCES as readonly string[]).includes(source);
}
