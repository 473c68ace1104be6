/** Structural helpers for merging plain stored records (no Dates, Maps or class instances in them). */

/** Deep equality of plain data; a key holding `undefined` counts as absent. */
export function structurallyEqual(a: unknown, b: unknown): boolean {
  return equalApartFrom(a, b, NO_KEYS);
}

const NO_KEYS: ReadonlySet<string> = new Set();
const TIMES: ReadonlySet<string> = new Set(['lastSeen', 'updatedAt']);

/**
 * Deep equality, the top level's `skipped` keys left out. Walks the records in place (no copies, no
 * key arrays): every capture compares each row's merged record with the stored one.
 */
function equalApartFrom(a: unknown, b: unknown, skipped: ReadonlySet<string>): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalApartFrom(a[i], b[i], NO_KEYS)) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let defined = 0;
  for (const key of Object.keys(left)) {
    const value = left[key];
    if (value === undefined || skipped.has(key)) continue;
    if (!equalApartFrom(value, right[key], NO_KEYS)) return false;
    defined++;
  }
  for (const key of Object.keys(right)) if (right[key] !== undefined && !skipped.has(key)) defined--;
  return defined === 0;
}

/** True when two versions of a stored record differ at most in when they were last seen or updated. */
export function sameApartFromTimes<T extends { lastSeen: number; updatedAt: number }>(a: T, b: T): boolean {
  return equalApartFrom(a, b, TIMES);
}

/** The text trimmed; undefined when nothing is left (blank never overrides known). */
export function trimmedText(text: string | undefined): string | undefined {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  return trimmed ? trimmed : undefined;
}

/** U+FFFD: what a decoder writes for bytes it could not read (see lib/import/text-encoding.ts). */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * The text to store over `stored`: the incoming text when it says something, else what was stored.
 * Text with replacement characters (an import that could not read every byte) never overwrites a
 * stored value: it only fills a gap.
 */
export function textOver(incoming: string | undefined, stored: string | undefined): string | undefined {
  const text = trimmedText(incoming);
  if (text === undefined) return stored;
  return stored !== undefined && text.includes(REPLACEMENT_CHARACTER) ? stored : text;
}

/** A copy without the keys whose value is `undefined` or `null` (unknown never overrides known). */
export function definedEntries<T extends object>(value: T | null | undefined): Partial<T> {
  const result: Partial<T> = {};
  if (!value) return result;
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined && entry !== null) (result as Record<string, unknown>)[key] = entry;
  }
  return result;
}

/** Items of `existing` in their order, then new items of `incoming`; blanks dropped, exact duplicates once. */
export function unionStrings(existing: readonly string[] | undefined, incoming: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const list of [existing, incoming]) {
    for (const raw of list ?? []) {
      if (typeof raw !== 'string') continue;
      const item = raw.trim();
      if (!item || seen.has(item)) continue;
      seen.add(item);
      result.push(item);
    }
  }
  return result;
}

/** Drops `undefined` properties so stored records compare and serialise predictably. */
export function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}
