/**
 * Metric history for the creator view: each tracked metric's exact values from the daily
 * snapshots, oldest first, with a sentence for screen readers.
 */
import { type CreatorEntry } from '../../../lib/analytics/index';
import { isoDay } from '../../../lib/calendar/days';
import type { CreatorMetricName } from '../../../lib/model/entities';
import { exactValue } from '../../../lib/parse/quantity';
import { formatDayText } from '../../../lib/format/day';
import { formatCountText, formatMoneyText, formatPercentText } from '../../../lib/format/number';

export interface MetricSeries {
  metric: CreatorMetricName;
  label: string;
  values: number[];
  firstDay: string;
  lastDay: string;
  first: string;
  last: string;
  summary: string;
}

const TRACKED: { metric: CreatorMetricName; label: string }[] = [
  { metric: 'followers', label: 'Followers' },
  { metric: 'gmv', label: 'GMV' },
  { metric: 'orders', label: 'Orders' },
  { metric: 'avgVideoViews', label: 'Average video views' },
  { metric: 'engagementRate', label: 'Engagement rate' },
  { metric: 'videos', label: 'Videos' },
];

export function metricHistory(entry: CreatorEntry): MetricSeries[] {
  const oldestFirst = [...entry.snapshots].reverse();
  const result: MetricSeries[] = [];
  for (const { metric, label } of TRACKED) {
    const points: { day: number; value: number; unit: string | undefined }[] = [];
    for (const snapshot of oldestFirst) {
      const q = snapshot.metrics[metric];
      const value = exactValue(q);
      if (value === null) continue;
      // One point per day: the creator record's own metrics repeat the last snapshot's day.
      if (points.at(-1)?.day === snapshot.day) points.pop();
      points.push({ day: snapshot.day, value, unit: q?.unit });
    }
    if (points.length < 2) continue;
    const unit = points.at(-1)!.unit;
    const format = (n: number) =>
      unit === 'percent' ? formatPercentText(n) : unit ? formatMoneyText(n, unit as Parameters<typeof formatMoneyText>[1]) : formatCountText(n);
    const firstPoint = points[0]!;
    const lastPoint = points.at(-1)!;
    const firstDay = isoDay(firstPoint.day);
    const lastDay = isoDay(lastPoint.day);
    const year = Number(lastDay.slice(0, 4));
    result.push({
      metric,
      label,
      values: points.map((p) => p.value),
      firstDay,
      lastDay,
      first: format(firstPoint.value),
      last: format(lastPoint.value),
      summary: `${label}: ${format(firstPoint.value)} on ${formatDayText(firstDay, year)}, ${format(lastPoint.value)} on ${formatDayText(lastDay, year)}, ${points.length} days recorded`,
    });
  }
  return result;
}
