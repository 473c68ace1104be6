import type { CostBook } from '../../lib/costs/cost-book';
import { setSparkSpend } from '../../lib/db/cost-store';
import type { CurrencyCode } from '../../lib/parse/quantity';
import { useDb } from '../db/DbContext';
import { MoneyEntry } from './MoneyEntry';

/** The Spark Ads spend on one video (optional): feeds the creator's total cost and Spark Ads return. */
export function SparkSpendEntry({
  contentKey,
  creatorKey,
  title,
  book,
  currency,
}: {
  contentKey: string;
  creatorKey?: string;
  title: string;
  book: CostBook | undefined;
  currency: CurrencyCode | null;
}) {
  const db = useDb();
  return (
    <div className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-neutral-600 dark:text-neutral-400">
      <span>Spark Ads spend</span>
      <MoneyEntry
        label={`Spark Ads spend on ${title}`}
        value={book?.sparkSpend.get(contentKey) ?? null}
        currency={currency}
        onSave={async (money) => {
          const saved = await setSparkSpend(db, { contentKey, ...(creatorKey ? { creatorKey } : {}) }, money);
          return saved.ok ? null : saved.error;
        }}
      />
    </div>
  );
}
