import type { TabStatus } from '../../lib/tab-status/tab-status';
import { describeTabStatus } from '../../lib/tab-status/tab-status-view';
import { Badge } from '../common/Badge';
import { HeaderList } from '../common/HeaderList';
import { TimeAgo } from '../common/TimeAgo';

/** What Creator Desk made of one tab's page: which page, region, rows captured, when, and any problem. */
export function TabStatusCard({ status }: { status: TabStatus }) {
  const d = describeTabStatus(status);
  return (
    <div className="rounded-md border border-neutral-200 p-3 dark:border-neutral-700">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <p className="min-w-0 truncate font-medium">{d.page}</p>
        {d.region ? (
          <span className="rounded bg-neutral-100 px-1.5 py-0.5 text-xs dark:bg-neutral-800">
            <span className="sr-only">Region </span>
            {d.region}
          </span>
        ) : null}
        <span className="ml-auto">
          <Badge tone={d.tone}>{d.title}</Badge>
        </span>
      </div>
      {d.rows || status.lastCaptureAt ? (
        <p className="mt-1 text-sm">
          {d.rows}
          {status.lastCaptureAt ? (
            <span className="text-neutral-600 dark:text-neutral-400">
              {d.rows ? ' · last capture ' : 'Last capture '}
              <TimeAgo at={status.lastCaptureAt} />
            </span>
          ) : null}
        </p>
      ) : null}
      {/* A failure's message is in the alert above the card. */}
      {d.detail && d.tone !== 'error' ? (
        <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">{d.detail}</p>
      ) : null}
      {d.source ? (
        <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400" data-testid="page-source">
          {d.source}
        </p>
      ) : null}
      {status.lastResult === 'unrecognized' && status.headers && status.headers.length > 0 ? (
        <div className="mt-2">
          <p className="text-xs text-neutral-600 dark:text-neutral-400">Headers seen:</p>
          <HeaderList headers={status.headers} className="mt-1" />
        </div>
      ) : null}
    </div>
  );
}
