/**
 * Bounding a captured row field by field, where it is read (in the content script, before it is
 * sent): text longer than its limit is cut and ends with `…`, lists longer than theirs are cut, and
 * each cut counts as one "shortened" field in the capture log. Identity fields (ids, handles, days)
 * are never cut — a shortened id would name another record: a row whose id is still too long is
 * refused alone by the background's row check.
 *
 * Row-kind agnostic: fields are known by name, whatever the row (table rows of every adapter and
 * page-data JSON rows alike). A new text field of a new row kind gets its limit by adding its name
 * to TEXT_LIMITS (and the same limit to its zod schema in lib/messages/row-schemas.ts).
 */
import { MESSAGE_LIMITS as L } from '../model/limits';

/** Free-text fields by name: cut to this many characters (marker included). */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  displayName: L.displayName,
  title: L.title,
  name: L.label,
  productName: L.label,
  sku: L.label,
  statusText: L.label,
  timeLeft: L.label,
  campaign: L.label,
  status: L.label,
  createdText: L.rawValue,
  /** The text a number was read from (in every metric). */
  raw: L.rawValue,
  ageRange: L.ageRange,
  /** Items of `categories`. */
  categories: L.category,
};

/** Lists by name: cut to this many items. */
export const LIST_LIMITS: Readonly<Record<string, number>> = {
  categories: L.categories,
  productIds: L.productIds,
  products: L.listItems,
  creatorHandles: L.listItems,
  creatorIds: L.listItems,
};

export const TRUNCATION_MARKER = '…';

/** Nesting deeper than this is not a row (a hostile or broken object): left for the row check to refuse. */
const MAX_DEPTH = 8;

export interface BoundedRow<R = unknown> {
  row: R;
  /** Fields cut to their limit (text or list). */
  shortened: number;
}

/** `text` cut to `limit` characters ending with the marker, never splitting a surrogate pair. */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - TRUNCATION_MARKER.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${TRUNCATION_MARKER}`;
}

/** A copy of `row` with every known text and list field within its limit, and how many were cut. */
export function boundRow<R>(row: R): BoundedRow<R> {
  const counter = { shortened: 0 };
  return { row: boundValue(row, undefined, counter, 0) as R, shortened: counter.shortened };
}

function boundValue(value: unknown, key: string | undefined, counter: { shortened: number }, depth: number): unknown {
  if (typeof value === 'string') {
    const limit = key === undefined ? undefined : TEXT_LIMITS[key];
    if (limit === undefined || value.length <= limit) return value;
    counter.shortened += 1;
    return truncateText(value, limit);
  }
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const limit = key === undefined ? undefined : LIST_LIMITS[key];
    let items: unknown[] = value;
    if (limit !== undefined && items.length > limit) {
      counter.shortened += 1;
      items = items.slice(0, limit);
    }
    // Items of a list take the list's text limit (`categories`); objects in it are walked by their keys.
    return items.map((item) => boundValue(item, key, counter, depth + 1));
  }
  const bounded: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) bounded[name] = boundValue(field, name, counter, depth + 1);
  return bounded;
}
