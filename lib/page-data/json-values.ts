/**
 * Reading values out of the page's JSON. Everything here treats the body as hostile: any key may be
 * missing or of another type, strings may be huge, numbers may be strings. Nothing throws; unknown is
 * `undefined`, never 0. Dependency-free (bundled into the isolated content script).
 */
import type { CurrencyCode, Quantity, Unit } from '../parse/quantity';
import { parseQuantity } from '../parse/values';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `key`, or undefined. */
export function objectAt(value: unknown, key: string): Json | undefined {
  const found = isObject(value) ? value[key] : undefined;
  return isObject(found) ? found : undefined;
}

/** The array at `key` (at most `max` items), or undefined when it is not an array. */
export function arrayAt(value: unknown, key: string, max = 5_000): unknown[] | undefined {
  const found = isObject(value) ? value[key] : undefined;
  return Array.isArray(found) ? found.slice(0, max) : undefined;
}

/**
 * Find creators and creator profile wrap every field as `{ value, status, is_authorized }`.
 * `is_authorized: false` hides the value (unknown, never 0); a plain value passes through.
 */
export function unwrap(field: unknown): unknown {
  if (isObject(field) && 'value' in field && ('is_authorized' in field || 'status' in field)) {
    return field.is_authorized === false ? undefined : field.value;
  }
  return field;
}

/** The unwrapped field `key` of `record`. */
export function fieldOf(record: unknown, key: string): unknown {
  return isObject(record) ? unwrap(record[key]) : undefined;
}

/** Text up to `max` characters, trimmed; numbers become their digits (ids come as both). */
export function text(value: unknown, max = 512): string | undefined {
  const raw = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value : undefined;
  const trimmed = raw?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/** An id: digits (or a long digit string), letters, `_` and `-`, as the APIs send them. */
export function idText(value: unknown): string | undefined {
  const raw = text(value, 128);
  return raw && /^[\w-]{1,64}$/.test(raw) ? raw : undefined;
}

/** A number sent as a number or a plain numeric string (`"12345"`, `"0.034"`); anything else is unknown. */
export function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^-?\d{1,20}(?:\.\d{1,20})?$/.test(trimmed)) return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** An exact quantity from a JSON number: raw is its plain digits (never compact). */
export function exactQuantity(value: number, unit?: Unit): Quantity {
  return unit ? { kind: 'exact', value, unit, raw: String(value) } : { kind: 'exact', value, raw: String(value) };
}

/**
 * A count or amount: a number, a numeric string, `{ amount|value, currency }` (Partner API money), or
 * a range (`{min,max}`, `{lower,upper}` or the range text the page shows, `$5K-$25K`).
 */
export function quantityOf(value: unknown, unit: Unit | undefined, region: string | null): Quantity | undefined {
  const number = numeric(value);
  if (number !== undefined) return exactQuantity(number, unit);
  if (isObject(value)) {
    const currency = currencyCode(value.currency);
    const amount = numeric(value.amount ?? value.value);
    if (amount !== undefined) return exactQuantity(amount, currency ?? unit);
    return rangeOf(value, currency ?? unit, region);
  }
  if (typeof value === 'string' && value.length <= 80) {
    const parsed = parseQuantity(value, region ? { region } : undefined);
    if (parsed) return unit && !parsed.unit ? { ...parsed, unit } : parsed;
  }
  return undefined;
}

/** `{min,max}` / `{lower,upper}` / `{start,end}` (either end may be missing: open ranges) → a range. */
export function rangeOf(value: unknown, unit: Unit | undefined, region: string | null): Quantity | undefined {
  if (typeof value === 'string') {
    const parsed = value.length <= 80 ? parseQuantity(value, region ? { region } : undefined) : null;
    return parsed ?? undefined;
  }
  if (!isObject(value)) return undefined;
  const min = numeric(value.min ?? value.lower ?? value.start ?? value.from) ?? null;
  const max = numeric(value.max ?? value.upper ?? value.end ?? value.to) ?? null;
  if (min === null && max === null) return undefined;
  const raw = `${min ?? ''}-${max ?? ''}`;
  return unit ? { kind: 'range', min, max, unit, raw } : { kind: 'range', min, max, raw };
}

/**
 * A rate: the APIs send ×100 integers for commission (800 = 8%, `hundredths`), fractions or percent
 * numbers elsewhere. `scale` says which; the result is a fraction with unit percent.
 */
export function rateOf(value: unknown, scale: 'fraction' | 'percent' | 'hundredths'): Quantity | undefined {
  const number = numeric(value);
  if (number === undefined || number < 0) return undefined;
  const divisor = scale === 'hundredths' ? 10_000 : scale === 'percent' ? 100 : 1;
  return { kind: 'exact', value: number / divisor, unit: 'percent', raw: String(value).trim() };
}

export function currencyCode(value: unknown): CurrencyCode | undefined {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return (CURRENCIES as readonly string[]).includes(code) ? (code as CurrencyCode) : undefined;
}
const CURRENCIES: readonly CurrencyCode[] = ['USD', 'GBP', 'EUR', 'MYR', 'THB', 'IDR', 'VND', 'PHP', 'SGD'];

const EURO_REGIONS = new Set(['DE', 'FR', 'IT', 'ES', 'IE', 'NL', 'BE', 'AT', 'PT']);
const REGION_CURRENCY: Readonly<Record<string, CurrencyCode>> = {
  US: 'USD', GB: 'GBP', UK: 'GBP', MY: 'MYR', TH: 'THB', ID: 'IDR', VN: 'VND', PH: 'PHP', SG: 'SGD',
};

/** The shop's currency by `shop_region`: the JSON sends bare amounts in it. */
export function regionCurrency(region: string | null): CurrencyCode | undefined {
  if (!region) return undefined;
  const upper = region.toUpperCase();
  return EURO_REGIONS.has(upper) ? 'EUR' : REGION_CURRENCY[upper];
}

/** Epoch ms from seconds or milliseconds (either is sent), within 2000…3000; else undefined. */
export function epochMs(value: unknown): number | undefined {
  const number = numeric(value);
  if (number === undefined) return undefined;
  const ms = number < 100_000_000_000 ? number * 1000 : number;
  return ms >= 946_684_800_000 && ms <= 32_503_680_000_000 ? Math.round(ms) : undefined;
}

/** The local calendar day (`YYYY-MM-DD`) of a date sent as epoch s/ms or as `YYYY-MM-DD…` text. */
export function dayOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const match = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(value.trim());
    if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  }
  const ms = epochMs(value);
  if (ms === undefined) return undefined;
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Category names from a JSON text of `[{name}]` (as find creators sends it) or an array. */
export function categoryNames(value: unknown): string[] {
  let list: unknown = value;
  if (typeof value === 'string' && value.length <= 20_000) {
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  const names: string[] = [];
  for (const item of list.slice(0, 64)) {
    const name = text(isObject(item) ? item.name : item, 128);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
