import { useMemo } from 'react';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { formatRateValue } from '../../lib/format/metric';
import { formatInteger } from '../../lib/format/number';
import { sampleFunnelByMonth } from '../../lib/samples/funnel';
import { Section } from '../common/Section';
import { ValueText } from '../common/ValueText';

/** The program's sample funnel per month: requested → shipped → posted → sold, with each step's rate. */
export function FunnelSection({ view }: { view: ProgramAnalysisView }) {
  const months = useMemo(() => sampleFunnelByMonth(view.index, { asOf: view.asOf }), [view.index, view.asOf]);
  return (
    <Section title="Sample funnel">
      {months.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">No sample requests stored yet. Open Sample requests in the Affiliate Center.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-right text-xs tabular-nums">
            <caption className="sr-only">Samples per month of request: requested, shipped, posted, sold, with the rate of each step</caption>
            <thead>
              <tr className="text-neutral-600 dark:text-neutral-400">
                <th scope="col" className="text-left font-medium">
                  Month
                </th>
                <th scope="col" className="font-medium">Requested</th>
                <th scope="col" className="font-medium">Shipped</th>
                <th scope="col" className="font-medium">Posted</th>
                <th scope="col" className="font-medium">Sold</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month} className="border-t border-neutral-200 dark:border-neutral-800">
                  <th scope="row" className="py-0.5 text-left font-normal">
                    {m.month}
                  </th>
                  <td>{formatInteger(m.requested)}</td>
                  <td>
                    {formatInteger(m.shipped)} <span className="text-neutral-600 dark:text-neutral-400">(<ValueText value={formatRateValue(m.shipRate)} />)</span>
                  </td>
                  <td>
                    {formatInteger(m.posted)} <span className="text-neutral-600 dark:text-neutral-400">(<ValueText value={formatRateValue(m.postRate)} />)</span>
                  </td>
                  <td>
                    {m.sold === null ? <ValueText value={formatRateValue(null)} /> : formatInteger(m.sold)}{' '}
                    <span className="text-neutral-600 dark:text-neutral-400">(<ValueText value={formatRateValue(m.sellRate)} />)</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">Rates are of the step before. Sold: an order for the sampled product after shipping.</p>
        </div>
      )}
    </Section>
  );
}
