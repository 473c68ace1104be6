import { useMemo } from 'react';
import { sampleRoi, type CreatorSampleRoi } from '../../lib/analytics/sample-roi';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { formatMoneyValue, formatMultiple, formatRateValue } from '../../lib/format/metric';
import { formatInteger } from '../../lib/format/number';
import { creatorName } from '../analysis/names';
import { Section } from '../common/Section';
import { ValueText } from '../common/ValueText';
import { creatorHref } from '../shell/route';

const CREATORS_SHOWN = 10;

/** A creator's name, linking to its page; in full on hover when the column cuts it. */
function CreatorLink({ index, creatorKey }: { index: ProgramAnalysisView['index']; creatorKey: string }) {
  const name = creatorName(index, creatorKey);
  return (
    <a href={creatorHref(creatorKey)} title={name} className="text-sky-700 hover:underline dark:text-sky-300">
      {name}
    </a>
  );
}

/** Most GMV per sample cost first; unknown figures last. */
const byReturn = (a: CreatorSampleRoi, b: CreatorSampleRoi) => (b.gmvPerCost ?? -1) - (a.gmvPerCost ?? -1) || (b.gmv ?? -1) - (a.gmv ?? -1);

/**
 * Sample ROI (playbook §2): samples shipped in the window → content on time → GMV of the sampled
 * products after shipping, for the program and its best-returning creators. Computed here, when the
 * Samples view is open, not with the analysis every opening computes.
 */
export function SampleRoiSection({ view }: { view: ProgramAnalysisView }) {
  const { index, settings, asOf } = view;
  const roi = useMemo(() => sampleRoi(index, { asOf, settings }), [index, asOf, settings]);
  const best = useMemo(() => [...roi.creators].sort(byReturn).slice(0, CREATORS_SHOWN), [roi]);
  const money = (n: number | null) => <ValueText value={formatMoneyValue(n, index.currency)} />;
  const { program } = roi;
  return (
    <Section title="Sample ROI">
      <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">
        Samples shipped {roi.window.from} to {roi.window.to} (the last {roi.window.days} days, a setting). GMV: orders for the sampled product after
        shipping{index.hasOrders ? '' : ' — unknown until affiliate orders are captured'}.
      </p>
      {program.shipped === 0 ? (
        <p className="rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600" data-testid="sample-roi-empty">
          No sample shipped in these days. Open Sample requests (Shipped tab) in the Affiliate Center to capture them.
        </p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-x-3 gap-y-0.5 text-sm tabular-nums" data-testid="sample-roi">
            <dt>Shipped</dt>
            <dd className="text-right">{formatInteger(program.shipped)}</dd>
            <dt>Posted on time</dt>
            <dd className="text-right">
              {formatInteger(program.deliveredOnTime)} (<ValueText value={formatRateValue(program.onTimeRate)} />)
            </dd>
            <dt>Late · waiting · overdue</dt>
            <dd className="text-right">
              {formatInteger(program.deliveredLate)} · {formatInteger(program.awaiting)} · {formatInteger(program.overdue)}
            </dd>
            <dt>GMV after the sample</dt>
            <dd className="text-right">{money(program.gmv)}</dd>
            <dt>Sample cost</dt>
            <dd className="text-right">{money(program.sampleCost)}</dd>
            <dt>GMV per sample · per cost</dt>
            <dd className="text-right">
              {money(program.gmvPerSample)} · <ValueText value={formatMultiple(program.gmvPerCost)} />
            </dd>
          </dl>
          <table className="mt-2 w-full text-right text-xs tabular-nums">
            <caption className="sr-only">Creators with samples shipped in these days, most GMV per sample cost first</caption>
            <thead>
              <tr className="text-neutral-600 dark:text-neutral-400">
                <th scope="col" className="text-left font-medium">
                  Creator
                </th>
                <th scope="col" className="font-medium">Shipped</th>
                <th scope="col" className="font-medium">GMV</th>
                <th scope="col" className="font-medium">Per cost</th>
              </tr>
            </thead>
            <tbody>
              {best.map((c) => (
                <tr key={c.creatorKey} className="border-t border-neutral-200 dark:border-neutral-800">
                  <th scope="row" className="max-w-0 truncate py-0.5 text-left font-normal">
                    <CreatorLink index={index} creatorKey={c.creatorKey} />
                  </th>
                  <td>{formatInteger(c.shipped)}</td>
                  <td>{money(c.gmv)}</td>
                  <td>
                    <ValueText value={formatMultiple(c.gmvPerCost)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}
