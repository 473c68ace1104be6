/**
 * Rounding at the edges. Money is summed in minor units (cents), so sums of shown amounts are the
 * amounts a seller adds up by hand ($3.51 of $35.10 is exactly 10%); rates are compared with
 * thresholds at the precision the panel shows them (`formatPercentText`: one decimal of a percent,
 * two under 1%), so a rate shown as "10%" is never flagged as below 10%.
 */

/** Minor units per unit: every currency Seller Center shows has at most 2 decimals. */
const MINOR_PER_UNIT = 100;

/** An amount in minor units (NaN stays NaN: unknown poisons a sum). */
export function toMinor(amount: number): number {
  return Math.round(amount * MINOR_PER_UNIT);
}

export function fromMinor(minor: number): number {
  return minor / MINOR_PER_UNIT;
}

/** An amount rounded to minor units. */
export function roundMoney(amount: number): number {
  return fromMinor(toMinor(amount));
}

/** A ratio of two amounts computed on their minor units; null when unknown or the divisor is 0. */
export function moneyRatio(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null) return null;
  const divisor = toMinor(whole);
  return divisor === 0 ? null : toMinor(part) / divisor;
}

/** A rate (fraction) rounded to what the panel shows: 0.1 of a percent, 0.01 of a percent under 1%. */
export function rateAsShown(rate: number): number {
  const steps = Math.abs(rate) < 0.01 ? 10_000 : 1_000;
  return Math.round(rate * steps) / steps;
}
