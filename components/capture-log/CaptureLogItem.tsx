import { Fragment } from 'react';
import { CAPTURE_STATUS_LABELS, describeRejections, pageLabel, summarizeCaptureCounts } from '../../lib/format/capture-summary';
import { countNoun } from '../../lib/format/number';
import type { StatusTone } from '../../lib/tab-status/tab-status-view';
import type { CaptureLogEntry } from '../../lib/model/entities';
import { Badge } from '../common/Badge';
import { TimeAgo } from '../common/TimeAgo';
import { HeaderList } from '../common/HeaderList';

const STATUS_TONES: Record<CaptureLogEntry['status'], StatusTone> = {
  stored: 'ok',
  unrecognized: 'warning',
  failed: 'error',
};

/** One capture: when, which page, what happened to its rows; rejections and headers on demand. */
export function CaptureLogItem({ entry }: { entry: CaptureLogEntry }) {
  const summary = summarizeCaptureCounts(entry);
  const rejections = describeRejections(entry.reasons ?? []);
  return (
    <li className="py-2">
      <div className="flex min-w-0 items-center gap-2 text-sm">
        <span className="truncate font-medium">{pageLabel(entry.pageKind)}</span>
        {entry.region ? <span className="text-xs text-neutral-600 dark:text-neutral-400">{entry.region}</span> : null}
        <span className="ml-auto">
          <Badge tone={STATUS_TONES[entry.status]}>{CAPTURE_STATUS_LABELS[entry.status]}</Badge>
        </span>
      </div>
      <p className="mt-0.5 text-xs text-neutral-600 dark:text-neutral-400">
        <span className="whitespace-nowrap">
          <TimeAgo at={entry.at} />
        </span>
        {summary.parts.map((part) => (
          <Fragment key={part}>
            {' · '}
            <span className="whitespace-nowrap">{part}</span>
          </Fragment>
        ))}
      </p>
      {entry.status === 'failed' && entry.message ? (
        <p className="mt-1 text-xs break-words text-red-800 dark:text-red-200">{entry.message}</p>
      ) : null}
      {summary.rejected > 0 ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-neutral-700 dark:text-neutral-300">
            Why {countNoun(summary.rejected, 'row was', 'rows were')} rejected
          </summary>
          {rejections.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {rejections.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-1">No reason was recorded.</p>
          )}
        </details>
      ) : null}
      {entry.status === 'unrecognized' && entry.headers && entry.headers.length > 0 ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-neutral-700 dark:text-neutral-300">
            {countNoun(entry.headers.length, 'header')} seen
          </summary>
          <HeaderList headers={entry.headers} className="mt-1" />
        </details>
      ) : null}
    </li>
  );
}
