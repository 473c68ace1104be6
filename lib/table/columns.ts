/**
 * Finding a page's columns by header text, so reordered, extra and missing optional columns all work.
 */
import { headerKeys, normaliseHeader } from './header-text';

export interface ColumnSpec<F extends string = string> {
  /** What the column holds, as the adapter names it (often a metric name). */
  field: F;
  /** Header wordings that name this column, best first (normalised before comparison). */
  headers: readonly string[];
  /**
   * `true`: a table without this column is not this page's table. A string names a group: at least
   * one column of the group must be found (e.g. a video title column or a video id column).
   */
  required?: boolean | string;
}

export interface ColumnMatch<F extends string = string> {
  /** Column index of each field found (index into the table's header list). */
  index: Partial<Record<F, number>>;
  /** Number of fields found. */
  found: number;
  /** Required fields (or `group:<name>`) that no header matched: the table is not recognised. */
  missing: string[];
}

/** Normalised wordings per spec, computed once per column list (matching runs on every page change). */
const normalisedCache = new WeakMap<readonly ColumnSpec[], string[][]>();
function normalisedHeaders(specs: readonly ColumnSpec[]): string[][] {
  let cached = normalisedCache.get(specs);
  if (!cached) {
    cached = specs.map((spec) => spec.headers.map(normaliseHeader));
    normalisedCache.set(specs, cached);
  }
  return cached;
}

/** Matches already made per column list, by header signature: a page re-reads the same table on every change. */
const matchCache = new WeakMap<readonly ColumnSpec[], Map<string, ColumnMatch>>();
/** Header signatures kept per column list (a page shows a handful of tables; a stray one must not grow it). */
const MATCH_CACHE_LIMIT = 16;

/**
 * Matches header texts to column specs (see `matchHeaders`), once per header signature and column
 * list: the result is shared, callers must not change it.
 */
export function matchColumns<F extends string>(
  headers: readonly string[],
  specs: readonly ColumnSpec<F>[],
): Readonly<ColumnMatch<F>> {
  let bySignature = matchCache.get(specs);
  if (!bySignature) {
    bySignature = new Map();
    matchCache.set(specs, bySignature);
  }
  const signature = headers.join('\u0000');
  let match = bySignature.get(signature) as ColumnMatch<F> | undefined;
  if (!match) {
    match = matchHeaders(headers, specs);
    if (bySignature.size >= MATCH_CACHE_LIMIT) bySignature.clear();
    bySignature.set(signature, match);
  }
  return match;
}

/**
 * Matches header texts to column specs. Each field takes the header matching its earliest-listed
 * wording (so `Creator-attributed GMV` beats a plain `GMV` when a table shows both); a header is
 * never given to two fields. Empty headers (selection, expand and action columns) match nothing.
 */
function matchHeaders<F extends string>(
  headers: readonly string[],
  specs: readonly ColumnSpec<F>[],
): ColumnMatch<F> {
  const keysPerHeader = headers.map((header) => headerKeys(header));
  const taken = new Set<number>();
  const index: Partial<Record<F, number>> = {};
  let found = 0;
  const wantedPerSpec = normalisedHeaders(specs);
  specs.forEach((spec, specIndex) => {
    const wanted = wantedPerSpec[specIndex] ?? [];
    let bestColumn = -1;
    let bestRank = Infinity;
    for (let column = 0; column < keysPerHeader.length; column++) {
      if (taken.has(column)) continue;
      for (const key of keysPerHeader[column] ?? []) {
        if (key === '') continue;
        const rank = wanted.indexOf(key);
        if (rank >= 0 && rank < bestRank) {
          bestColumn = column;
          bestRank = rank;
        }
      }
    }
    if (bestColumn >= 0) {
      index[spec.field] = bestColumn;
      taken.add(bestColumn);
      found += 1;
    }
  });

  const missing: string[] = [];
  const groups = new Map<string, boolean>();
  for (const spec of specs) {
    const isFound = index[spec.field] !== undefined;
    if (spec.required === true && !isFound) missing.push(spec.field);
    if (typeof spec.required === 'string') {
      groups.set(spec.required, (groups.get(spec.required) ?? false) || isFound);
    }
  }
  for (const [group, isFound] of groups) if (!isFound) missing.push(`group:${group}`);
  return { index, found, missing };
}
