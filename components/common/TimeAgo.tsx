import { formatDateTime, formatRelativeTime, toIsoDateTime } from '../../lib/format/time';
import { useNow } from './now';

/**
 * "2 min ago", with the exact time as a tooltip and in `dateTime`. It re-renders every tick, so it opts
 * out of any live region around it: screen readers should hear captures, not the clock.
 */
export function TimeAgo({ at }: { at: number }) {
  const now = useNow();
  return (
    <time dateTime={toIsoDateTime(at)} title={formatDateTime(at)} aria-live="off">
      {formatRelativeTime(at, now)}
    </time>
  );
}
