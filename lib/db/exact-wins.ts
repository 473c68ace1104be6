/**
 * Exact beats compact: the page's own data gives `128734` where its table shows `128.7K`. Both describe
 * the same view, so a compact value that agrees with a stored exact one (within its rounding) never
 * overwrites it. A compact value that disagrees is newer news and is taken.
 */
import type { Quantity } from '../parse/quantity';

const COMPACT = /(\d+)(?:[.,](\d+))?\s*([KMB])(?![A-Za-z])/i;
const EXPONENT: Record<string, number> = { k: 3, m: 6, b: 9 };

/** The rounding step of a compact exact value (`12.3K` → 100), or null when the value is not compact. */
export function compactStep(quantity: Quantity): number | null {
  if (quantity.kind !== 'exact') return null;
  const match = COMPACT.exec(quantity.raw);
  if (!match) return null;
  const decimals = match[2]?.length ?? 0;
  return 10 ** (EXPONENT[match[3]!.toLowerCase()]! - decimals);
}

/** True when `incoming` is a compact rendering of `stored`, an exact value (units must agree). */
export function roundsTo(stored: Quantity, incoming: Quantity): boolean {
  if (stored.kind !== 'exact' || incoming.kind !== 'exact' || compactStep(stored) !== null) return false;
  if ((stored.unit ?? null) !== (incoming.unit ?? null)) return false;
  const step = compactStep(incoming);
  return step !== null && Math.abs(stored.value - incoming.value) <= step / 2 + 1e-9 * Math.max(1, Math.abs(stored.value));
}

/** Stored metrics updated by incoming ones, keeping every exact value a compact incoming one only rounds. */
export function mergeMetrics<M extends Partial<Record<string, Quantity>>>(stored: M | undefined, incoming: M): M {
  const merged = { ...stored } as Record<string, Quantity | undefined>;
  for (const [name, quantity] of Object.entries(incoming)) {
    if (!quantity) continue;
    const current = merged[name];
    if (current && roundsTo(current, quantity)) continue;
    merged[name] = quantity;
  }
  return merged as M;
}
