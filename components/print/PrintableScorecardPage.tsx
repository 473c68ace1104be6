import type { PrintableScorecard } from '../../lib/export/printable-scorecard';
import { formatDateTime } from '../../lib/format/time';
import './print.css';

/** One creator's scorecard laid out for paper (or PDF): fits one page, readable in black and white. */
export function PrintableScorecardPage({ page, generatedAt }: { page: PrintableScorecard; generatedAt: number }) {
  return (
    <article className="print-page mx-auto max-w-[46rem] p-4 text-sm sm:p-6 print:max-w-none print:p-0 print:text-[11pt] print:text-black">
      <header className="border-b-2 border-neutral-900 pb-2 dark:border-neutral-100 print:border-black">
        <p className="text-xs tracking-wide text-neutral-600 uppercase dark:text-neutral-400 print:text-neutral-700">Creator scorecard</p>
        <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{page.title}</h1>
        <p>
          {page.displayName ? `${page.displayName} · ` : ''}
          {page.creatorId ? `ID ${page.creatorId} · ` : ''}
          {page.windowText}
        </p>
        <p className="mt-1">
          <span className="font-semibold">Tier:</span> {page.tier}
          {page.compliance.flagged ? <span className="ml-2 font-semibold">· Compliance flag</span> : null}
        </p>
      </header>

      {page.suggestion ? (
        <section className="mt-3 rounded border border-neutral-400 p-2.5 print:border-black" aria-label="Tier suggestion">
          <h2 className="font-semibold">Suggestion: {page.suggestion.headline}</h2>
          <p>{page.suggestion.reason}</p>
          <p className="mt-1 text-xs">Compensation: {page.suggestion.compensation}</p>
        </section>
      ) : null}

      <section className="mt-3" aria-label="Scorecard">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-3 print:grid-cols-3">
          {page.metrics.map((m) => (
            <div key={m.label} className="flex flex-wrap justify-between gap-x-2 border-b border-neutral-200 py-0.5 dark:border-neutral-700 print:border-neutral-400">
              <dt className="text-neutral-700 dark:text-neutral-300 print:text-black">{m.label}</dt>
              <dd className="font-semibold tabular-nums">{m.value}</dd>
              {m.source ? <dd className="w-full text-[0.7rem] leading-tight text-neutral-600 dark:text-neutral-400 print:text-black">{m.source}</dd> : null}
            </div>
          ))}
        </dl>
      </section>

      {page.disagreements.length > 0 ? (
        <section className="mt-3" aria-label="Sources disagree">
          <h2 className="font-semibold">Sources disagree for this window</h2>
          <ul className="list-disc pl-5">
            {page.disagreements.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="mt-3" aria-label="Flags">
        <h2 className="font-semibold">Flags</h2>
        {page.flags.length === 0 ? (
          <p>None in this window.</p>
        ) : (
          <ul className="list-disc pl-5">
            {page.flags.map((flag, i) => (
              <li key={`${flag.label}-${i}`}>
                <span className="font-semibold">{flag.label}.</span> {flag.description} <em>{flag.action}</em>
              </li>
            ))}
          </ul>
        )}
      </section>

      {page.compliance.note || page.notes ? (
        <section className="mt-3" aria-label="Notes">
          {page.compliance.note ? (
            <p>
              <span className="font-semibold">Compliance note:</span> {page.compliance.note}
            </p>
          ) : null}
          {page.notes ? (
            <p className="whitespace-pre-line">
              <span className="font-semibold">Notes:</span> {page.notes}
            </p>
          ) : null}
        </section>
      ) : null}

      <footer className="mt-4 border-t border-neutral-300 pt-1 text-xs text-neutral-600 dark:text-neutral-400 print:border-neutral-500 print:text-neutral-700">
        Creator Desk · {formatDateTime(generatedAt)} · from Seller Center data captured in this browser.
      </footer>
    </article>
  );
}
