import type { ImportKind } from '../../lib/db/store-import';
import { formatPeriodText } from '../../lib/format/day';
import { countNoun, formatInteger } from '../../lib/format/number';
import { describeDecoding } from '../../lib/import/text-encoding';
import { viewsFedBy, type ExportFile, type GuidedView } from '../../lib/guidance/sources';
import { rejectedRowsCsv, rejectedRowsFileName } from '../../lib/import/rejected-rows-csv';
import { downloadBlob } from '../export/download';
import type { ImportFileOutcome, ImportSummary } from './import-runner';

const KIND_LABELS: Record<ImportKind, string> = {
  creators: 'Creator data',
  videos: 'Video data',
  orders: 'Affiliate orders',
};

const RECORD_NOUNS: Record<ImportKind, [string, string]> = {
  creators: ['creator', 'creators'],
  videos: ['video', 'videos'],
  orders: ['order line', 'order lines'],
};

function SummaryItem({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="flex justify-between gap-3">
      <dt className="text-neutral-600 dark:text-neutral-400">{label}</dt>
      <dd className="font-medium tabular-nums" data-testid={testId}>
        {formatInteger(value)}
      </dd>
    </div>
  );
}

/** Which period a Creator data file's figures count for in the scorecards. */
function PeriodLine({ period }: { period: ImportSummary['period'] }) {
  return (
    <p className="mt-1 text-xs" data-testid="import-period">
      {period
        ? `Figures for ${formatPeriodText(period)}: the scorecard for exactly that period shows them.`
        : 'The file states no date range (none in its title lines or name): its figures are kept on the creators, but no scorecard period uses them.'}
    </p>
  );
}

function Summary({ summary }: { summary: ImportSummary }) {
  const [one, many] = RECORD_NOUNS[summary.kind];
  const decoding = summary.text ? describeDecoding(summary.text) : null;
  return (
    <>
      <p>
        <span className="font-medium break-all">{summary.fileName}</span>: {KIND_LABELS[summary.kind]} export (.{summary.format}) imported.
      </p>
      {summary.kind === 'creators' ? <PeriodLine period={summary.period} /> : null}
      <dl className="mt-1.5 space-y-0.5 text-xs">
        <SummaryItem label="Rows in the file" value={summary.rowsRead} testId="import-rows-read" />
        <SummaryItem label={`New ${many}`} value={summary.created} testId="import-created" />
        <SummaryItem label={`Merged with stored ${many} (${formatInteger(summary.updated)} updated)`} value={summary.merged} testId="import-merged" />
        {summary.combinedInFile > 0 ? (
          <SummaryItem label={`Rows combined with another row of the file (same ${one})`} value={summary.combinedInFile} testId="import-combined" />
        ) : null}
        {summary.creatorsCreated > 0 ? <SummaryItem label="New creators named in the file" value={summary.creatorsCreated} testId="import-creators-created" /> : null}
        <SummaryItem label="Rows rejected" value={summary.rejectedTotal} testId="import-rejected" />
        {summary.text?.replaced ? <SummaryItem label="Characters that could not be read (�)" value={summary.text.replaced} testId="import-replaced" /> : null}
      </dl>
      {decoding ? (
        <p className="mt-1.5 text-xs text-neutral-700 dark:text-neutral-300" data-testid="import-encoding">
          {decoding}
        </p>
      ) : null}
      {summary.rejected.length > 0 ? (
        <ul className="mt-1.5 list-disc pl-5 text-xs text-neutral-700 dark:text-neutral-300" aria-label="Why rows were rejected">
          {summary.rejected.map(({ reason, count }) => (
            <li key={reason}>
              {countNoun(count, 'row')}: {reason}
            </li>
          ))}
        </ul>
      ) : null}
      <RejectedRows summary={summary} />
      <FedViews kind={summary.kind} />
    </>
  );
}

/** Rejected rows shown one by one at most; beyond it they are a download. */
const ROWS_SHOWN = 10;

function RejectedRows({ summary }: { summary: ImportSummary }) {
  const rows = summary.rejectedRows;
  if (rows.length === 0) return null;
  const download = () => downloadBlob(new Blob([rejectedRowsCsv(rows)], { type: 'text/csv;charset=utf-8' }), rejectedRowsFileName(summary.fileName));
  return (
    <div className="mt-1.5 text-xs">
      <p className="font-medium">Rejected rows{rows.length > ROWS_SHOWN ? ` (first ${ROWS_SHOWN} of ${formatInteger(rows.length)})` : ''}</p>
      <ul className="mt-0.5 space-y-0.5" aria-label="Rejected rows" data-testid="import-rejected-rows">
        {rows.slice(0, ROWS_SHOWN).map((r, i) => (
          <li key={i} className="break-words">
            <span className="font-medium tabular-nums">Row {formatInteger(r.row)}</span>
            {r.value ? <> · “{r.value}”</> : null} · {r.reason}
          </li>
        ))}
      </ul>
      {rows.length > ROWS_SHOWN ? (
        <button type="button" className="mt-1 rounded border border-neutral-400 px-2 py-0.5 dark:border-neutral-500" onClick={download}>
          Download all {formatInteger(rows.length)} rejected rows (CSV)
        </button>
      ) : null}
      {summary.rejectedTotal > rows.length ? (
        <p className="mt-0.5 text-neutral-600 dark:text-neutral-400">
          {countNoun(summary.rejectedTotal - rows.length, 'more row')} failed a later check and {summary.rejectedTotal - rows.length === 1 ? 'is' : 'are'} counted above.
        </p>
      ) : null}
    </div>
  );
}

const FILE_OF_KIND: Record<ImportKind, ExportFile> = { creators: 'creator-data', videos: 'video-data', orders: 'affiliate-orders' };
const VIEW_LABELS: Record<GuidedView, string> = { overview: 'Overview', creators: 'Creators', 'spark-ads': 'Spark Ads', briefs: 'Briefs', data: 'Data' };

/** Where the imported data shows up. */
function FedViews({ kind }: { kind: ImportKind }) {
  const views = viewsFedBy(FILE_OF_KIND[kind]);
  return (
    <p className="mt-1.5 text-xs" data-testid="import-feeds">
      Now in:{' '}
      {views.map((view, i) => (
        <span key={view}>
          {i > 0 ? ', ' : ''}
          <a href={`#${view}`} className="text-sky-700 underline dark:text-sky-300">
            {VIEW_LABELS[view]}
          </a>
        </span>
      ))}
      .
    </p>
  );
}

/** What one import did, or why it did nothing. */
export function ImportOutcomeView({ outcome }: { outcome: ImportFileOutcome }) {
  if (outcome.ok) {
    return (
      <li
        tabIndex={-1}
        className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm outline-sky-600 dark:border-emerald-800 dark:bg-emerald-950/40"
        data-testid="import-summary"
      >
        <Summary summary={outcome.summary} />
      </li>
    );
  }
  const nothingChangedSaid = /Nothing was (imported|changed)/.test(outcome.error);
  return (
    <li
      tabIndex={-1}
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm outline-sky-600 dark:border-red-800 dark:bg-red-950/40"
      data-testid="import-error"
    >
      <p>
        <span className="font-medium break-all">{outcome.fileName}</span> was not imported.
      </p>
      <p className="mt-1">
        {outcome.error}
        {nothingChangedSaid ? '' : ' Nothing was changed.'}
      </p>
    </li>
  );
}
