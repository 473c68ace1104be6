import { pageLabel } from '../../lib/format/capture-summary';
import { countNoun } from '../../lib/format/number';
import { Section } from '../common/Section';
import { TimeAgo } from '../common/TimeAgo';
import { useCaptureSummary } from './useCaptureSummary';

/** The short capture status: when the last capture happened and which pages have been read. */
export function CaptureSummarySection() {
  const summary = useCaptureSummary();
  return (
    <Section
      title="Capture status"
      actions={
        <a href="#data" className="text-xs text-sky-700 hover:underline dark:text-sky-300">
          Details
        </a>
      }
    >
      {summary === undefined ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">Loading…</p>
      ) : summary.lastCaptureAt === null ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">No captures yet.</p>
      ) : (
        <>
          <p className="text-sm" data-testid="last-capture">
            Last capture <TimeAgo at={summary.lastCaptureAt} />
            {summary.failedRecently > 0 ? (
              <span className="text-red-800 dark:text-red-200"> · {countNoun(summary.failedRecently, 'failed capture')}</span>
            ) : null}
          </p>
          {summary.pagesSeen.length > 0 ? (
            <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
              Pages seen: {summary.pagesSeen.map((p) => pageLabel(p.pageKind)).join(', ')}
            </p>
          ) : null}
        </>
      )}
    </Section>
  );
}
