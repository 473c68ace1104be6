import { formatInteger } from '../../lib/format/number';
import { Section } from '../common/Section';
import type { StoredCounts as Counts } from './useStoredCounts';

const ITEMS: { key: keyof Counts; label: string; testId: string }[] = [
  { key: 'creators', label: 'Creators', testId: 'count-creators' },
  { key: 'content', label: 'Content pieces', testId: 'count-content' },
  { key: 'snapshots', label: 'Daily snapshots', testId: 'count-snapshots' },
  { key: 'captures', label: 'Captures', testId: 'count-captures' },
  { key: 'collaborations', label: 'Collaborations', testId: 'count-collaborations' },
  { key: 'samples', label: 'Sample requests', testId: 'count-samples' },
  { key: 'orders', label: 'Affiliate order lines', testId: 'count-orders' },
  { key: 'programs', label: 'Creators you manage', testId: 'count-programs' },
];

/** How much is stored, per entity. Exact numbers: the seller checks them against what they browsed. */
export function StoredCountsTable({ counts }: { counts: Counts | undefined }) {
  return (
    <Section
      title="Stored data"
      actions={
        counts && counts.creators > 0 ? (
          <a href="#creators" className="text-xs text-sky-700 underline-offset-2 hover:underline dark:text-sky-300">
            View creators
          </a>
        ) : null
      }
    >
      <dl className="grid grid-cols-2 gap-2" aria-busy={counts === undefined}>
        {ITEMS.map((item) => {
          const value = counts?.[item.key];
          return (
            <div key={item.key} className="rounded-md bg-neutral-100 px-2.5 py-2 dark:bg-neutral-800">
              <dt className="text-xs text-neutral-600 dark:text-neutral-400">{item.label}</dt>
              <dd className="text-lg font-semibold tabular-nums" data-testid={item.testId}>
                {value !== undefined ? formatInteger(value) : '…'}
              </dd>
            </div>
          );
        })}
      </dl>
    </Section>
  );
}
