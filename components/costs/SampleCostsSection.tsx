import { useMemo, useState } from 'react';
import { orderedProducts } from '../../lib/analytics/entry-records';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { productsSeen } from '../../lib/costs/products';
import { saveDefaultSampleCost, setProductCost } from '../../lib/db/cost-store';
import { countNoun, formatInteger } from '../../lib/format/number';
import { Section } from '../common/Section';
import { useDb } from '../db/DbContext';
import { MoneyEntry } from './MoneyEntry';

const FIRST_SHOWN = 30;

/**
 * Sample cost per product (product + shipping), for the products seen in sample requests and
 * orders, and a default for the rest. They feed every scorecard's sample cost, total cost and net
 * contribution.
 */
export function SampleCostsSection({ view }: { view: ProgramAnalysisView }) {
  const db = useDb();
  const { index } = view;
  const book = index.costs;
  const [shown, setShown] = useState(FIRST_SHOWN);
  const currency = index.currency;
  const products = useMemo(
    () => productsSeen(index.entries.flatMap((e) => e.samples.map((s) => s.sample)), index.entries.flatMap((e) => orderedProducts(e).flatMap(({ productId, lines }) => Array.from({ length: lines }, () => ({ productId })))), book?.productCosts ?? new Map()),
    [index, book],
  );
  return (
    <Section title="Sample costs">
      <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">
        What one sample costs you, product and shipping. A product without its own cost takes the default; with neither, sample cost
        and net contribution stay unknown.
      </p>
      <div className="mb-2">
        <p className="text-xs font-medium">Default sample cost</p>
        <MoneyEntry
          label="Default sample cost"
          value={book?.defaultSampleCost ?? null}
          currency={currency}
          onSave={async (money) => {
            const saved = await saveDefaultSampleCost(db, money);
            return saved.ok ? null : saved.error;
          }}
        />
      </div>
      {products.length === 0 ? (
        <p className="rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600">
          No products seen yet. Open Sample requests or Affiliate orders in the Affiliate Center to list the products you sample.
        </p>
      ) : (
        <>
          <ul className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-label="Products">
            {products.slice(0, shown).map((p) => {
              const name = p.name ?? `Product ${p.productId}`;
              return (
                <li key={p.productId} className="py-1.5">
                  <p className="truncate text-sm" title={name}>
                    {name}
                  </p>
                  <p className="text-xs text-neutral-600 dark:text-neutral-400">
                    ID {p.productId} · {countNoun(p.samples, 'sample')} · {countNoun(p.orderLines, 'order line')}
                  </p>
                  <MoneyEntry
                    label={`Sample cost of ${name} (ID ${p.productId})`}
                    value={p.cost}
                    currency={currency}
                    onSave={async (money) => {
                      const saved = await setProductCost(db, { productId: p.productId, productName: p.name ?? undefined }, money);
                      return saved.ok ? null : saved.error;
                    }}
                  />
                </li>
              );
            })}
          </ul>
          {products.length > shown ? (
            <button type="button" className="mt-2 text-sm text-sky-700 underline dark:text-sky-300" onClick={() => setShown((n) => n + 50)}>
              Show more ({formatInteger(products.length - shown)} left)
            </button>
          ) : null}
        </>
      )}
    </Section>
  );
}
