/**
 * Attach the seller's cost book to an index built without it, the way `withPrograms` attaches
 * programs: entries whose samples' cost changes become new objects (pieces and order columns are
 * shared), and the index carries the book for the window costs.
 */
import { sampleCostOf, type CostBook } from '../costs/cost-book';
import type { ProgramIndex } from './program-index-model';

export function withCosts(base: ProgramIndex, book: CostBook): ProgramIndex {
  const byKey = new Map(base.byKey);
  const entries = base.entries.map((entry) => {
    if (entry.samples.length === 0) return entry;
    let changed = false;
    const samples = entry.samples.map((s) => {
      const cost = sampleCostOf(s.sample, book, base.currency).amount;
      if (cost === s.cost) return s;
      changed = true;
      return { ...s, cost };
    });
    if (!changed) return entry;
    const next = { ...entry, samples };
    byKey.set(next.key, next);
    return next;
  });
  return { ...base, entries, byKey, costs: book };
}
