import { useState } from 'react';
import { buildCaptureReport, captureReportText } from '../../lib/capture-report/report';
import { PAGE_KIND_LABELS, type PageKind } from '../../lib/pages/page-kind';
import { copyText } from '../briefs/clipboard';
import { useRecentCaptures } from '../capture-log/useRecentCaptures';
import { Section } from '../common/Section';

/** Entries the report is built from: a few dozen page visits. */
const REPORT_ENTRIES = 300;
const VISITS_SHOWN = 8;

/** Per page visit: what was seen and which reader took it; "Copy report" gives text safe to send. */
export function CaptureReport() {
  const entries = useRecentCaptures(REPORT_ENTRIES);
  const [status, setStatus] = useState('');
  const visits = entries ? buildCaptureReport(entries) : undefined;

  const copy = async () => {
    const error = await copyText(captureReportText(visits ?? [], Date.now()));
    setStatus(error ? `Could not copy: ${error}.` : 'Copied. The report holds no names, handles, ids or figures; nothing is sent by Creator Desk.');
  };

  return (
    <Section
      title="Capture report"
      actions={
        <button type="button" className="rounded-md border border-neutral-300 px-2 py-0.5 text-xs dark:border-neutral-600" onClick={() => void copy()}>
          Copy report
        </button>
      }
    >
      <p className="text-xs text-neutral-600 dark:text-neutral-400">
        When a page is not read, copy this report and send it to whoever helps you: it lists what Creator Desk saw on each page, never your
        data.
      </p>
      <p role="status" className="text-xs">
        {status}
      </p>
      {visits === undefined ? null : visits.length === 0 ? (
        <p className="mt-1 text-sm">No page visits yet. Open a Seller Center page and its visit shows here.</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm" aria-label="Page visits">
          {visits.slice(0, VISITS_SHOWN).map((visit) => (
            <li key={`${visit.host}${visit.path}${visit.from}`} className="rounded-md border border-neutral-200 p-2 dark:border-neutral-700">
              <p className="font-medium">
                {PAGE_KIND_LABELS[visit.pageKind as PageKind] ?? visit.pageKind} <span className="font-normal text-neutral-600 dark:text-neutral-400">· {visit.language ?? 'language unknown'}</span>
              </p>
              <ul className="text-xs">
                {visit.readers.map((reader) => (
                  <li key={`${reader.reader}:${reader.entity ?? ''}`}>
                    {reader.fromPageData ? 'Page data' : 'Table'} ({reader.reader}): {reader.rowsRead} read, {reader.stored} stored, {reader.rejected} rejected
                    {reader.reasons.length > 0 ? ` — ${reader.reasons.map((r) => `${r.count} ${r.reason}`).join('; ')}` : ''}
                  </li>
                ))}
                {visit.tables.map((headers) => (
                  <li key={headers.join('|')}>Table not recognised: {headers.join(' | ')}</li>
                ))}
                {visit.answers.map((answer) => (
                  <li key={`${answer.path}${answer.shape ?? ''}`} className="break-all">
                    API answer not read: {answer.path}
                    {answer.shape ? ` ${answer.shape}` : ''}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
