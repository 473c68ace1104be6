import { useMemo } from 'react';
import type { CreatorEntry } from '../../../lib/analytics/index';
import { Sparkline } from '../../common/Sparkline';
import { metricHistory } from './metric-history';

/** Sparklines of the creator's metrics from the daily snapshots: history beyond Seller Center's 90 days. */
export function MetricHistory({ entry }: { entry: CreatorEntry }) {
  const series = useMemo(() => metricHistory(entry), [entry]);
  if (series.length === 0) {
    return (
      <p className="text-xs text-neutral-600 dark:text-neutral-400">
        History builds up one snapshot per day as you browse Seller Center: come back after a few days of captures.
      </p>
    );
  }
  return (
    <ul className="space-y-1.5">
      {series.map((s) => (
        <li key={s.metric} className="flex items-center gap-2 text-sm">
          <span className="w-28 shrink-0 truncate text-xs text-neutral-600 dark:text-neutral-400">{s.label}</span>
          <Sparkline values={s.values} label={s.summary} />
          <span className="ml-auto shrink-0 text-right tabular-nums" aria-hidden="true">
            {s.last}
          </span>
        </li>
      ))}
    </ul>
  );
}
