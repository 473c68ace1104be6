/**
 * Cells of the program pages (collaborations, samples, orders): product cells with `ID:` / `SKU:` /
 * `Stock:` lines, creator cells listing several `@handles` and a `+3` overflow, cells packing
 * labelled values (`Est.: $1.20`), and ids carried by links.
 */
import type { ProductRef } from '../model/entities';
import type { Quantity } from '../parse/quantity';
import { parseQuantity } from '../parse/values';
import { collapseSpaces, isDash, textLines } from '../table/cell-text';
import { activeTabStatus } from './active-tab';
import type { RowView } from './types';

/** Id lines by what they identify: `ID: 1729…`, `Product ID: 1729…`, `Order ID 5769…`. */
const ID_LINES = new Map<string, RegExp>();
/** A label and its value: `SKU: Rose / M`, `Stock: 120`, `Est. commission: $1.20`. */
const LABELLED = /^([\p{L}][\p{L} .'/-]{0,40}?)\s*[:：]\s*(.*)$/u;
/** `+3`, `+3 more`, `3 more`, `and 3 more`, `+3 creators`: items hidden behind an overflow. */
const OVERFLOW = /^(?:and\s+)?\+?\s*(\d{1,5})\s*(?:more)?\s*(?:products?|creators?|items?|others?)?$/i;
/** `+2` or `2 more` between handles. */
const INLINE_OVERFLOW = /(?<![\p{L}\p{N}])(?:\+\s?(\d{1,5})|(\d{1,5})\s+more)(?![\p{L}\p{N}])/giu;
/** `@handle` not inside a word or an e-mail address, and not the start of a longer name. */
const HANDLE_TOKEN = /(?<![\p{L}\p{N}_.@])@([A-Za-z0-9_.]{1,30})(?![\p{L}\p{N}_])/gu;

/**
 * The digits of an id line (`ID: 1729…`, or `<what> ID: 1729…`), or undefined. `what` keeps a
 * `Request ID:` line from being taken for a product id in a product cell.
 */
export function idOfLine(line: string, what: 'product' | 'invitation' | 'order' | 'content' | 'request' = 'product'): string | undefined {
  let pattern = ID_LINES.get(what);
  if (!pattern) {
    pattern = new RegExp(`^(?:${what}\\s*(?:id|no\\.?|number)|id)\\s*[:：#]?\\s*(\\d{6,25})$`, 'i');
    ID_LINES.set(what, pattern);
  }
  return pattern.exec(line)?.[1];
}

/** A bare id cell (`1729…`, `ID: 1729…`); undefined for `--` and anything else. */
export function idOfText(text: string | null): string | undefined {
  if (text === null) return undefined;
  const bare = text.replace(/^(?:[\p{L} ]{0,20}\s)?id\s*[:：#]?\s*/iu, '').trim();
  return /^\d{6,25}$/.test(bare) ? bare : undefined;
}

/** `Est. commission: $1.20` → `['est commission', '$1.20']`: label lower-cased, dots dropped; or null. */
export function labelled(line: string): [label: string, value: string] | null {
  const match = LABELLED.exec(line);
  if (!match) return null;
  const label = collapseSpaces((match[1] ?? '').replace(/\./g, ' ')).toLowerCase();
  return [label, collapseSpaces(match[2] ?? '')];
}

/** The count of a `+3` overflow line, or undefined. */
export function overflowCount(line: string): number | undefined {
  const match = OVERFLOW.exec(line.trim());
  if (!match || !/^\+|more/i.test(line.trim())) return undefined;
  return Number(match[1]);
}

export interface ProductCell {
  products: ProductRef[];
  /** Products behind a `+N` overflow. */
  more?: number;
  /** Labelled lines other than the id (`sku`, `stock`, `price`, …), first product's, as shown. */
  labels: Map<string, string>;
  /** Lines that were neither a name, an id nor labelled: prices, notes. */
  others: string[];
}

/**
 * A product cell: one or several products, each a name line followed by an `ID:` line (either may be
 * missing), plus labelled lines (`SKU:`, `Stock:`). A new name after a product that already has one,
 * or a second id, starts the next product.
 */
export function readProductCell(cell: Element | null): ProductCell {
  const result: ProductCell = { products: [], labels: new Map(), others: [] };
  if (!cell) return result;
  const last = (): ProductRef | undefined => result.products[result.products.length - 1];
  for (const line of textLines(cell, isOverlay)) {
    if (isDash(line)) continue;
    const id = idOfLine(line);
    if (id !== undefined) {
      const product = last();
      if (product === undefined || product.id !== undefined) result.products.push({ id });
      else product.id = id;
      continue;
    }
    const more = overflowCount(line);
    if (more !== undefined) {
      result.more = (result.more ?? 0) + more;
      continue;
    }
    const pair = labelled(line);
    if (pair && PRODUCT_LABELS.has(pair[0])) {
      // `ID: --` is no id; other labels are kept for the first product only (one-product cells).
      if (pair[0] !== 'id' && pair[0] !== 'product id' && result.products.length <= 1 && !result.labels.has(pair[0])) {
        result.labels.set(pair[0], pair[1]);
      }
      continue;
    }
    // Another thing's id (`Request ID: …`, `SKU ID: …` kept above): not a product name.
    if (pair && /(?:^|\s)(?:id|no|number)$/.test(pair[0])) continue;
    if (looksLikeValue(line)) {
      result.others.push(line);
      continue;
    }
    const product = last();
    if (product === undefined || product.name !== undefined) result.products.push({ name: line });
    else product.name = line;
  }
  return result;
}

const PRODUCT_LABELS = new Set([
  'id', 'product id', 'sku', 'sku id', 'skus', 'variant', 'stock', 'inventory', 'price', 'available samples',
  'samples available', 'quantity', 'qty', 'commission', 'commission rate',
]);

/** A price or count on its own line (`$12.99`, `12,99 €`): not a product name. */
function looksLikeValue(line: string): boolean {
  return /\d/.test(line) && line.length <= 24 && parseQuantity(line) !== null;
}

/** Popovers and tooltips rendered inside a cell hold copies of its text: not what the row shows. */
function isOverlay(element: Element): boolean {
  const classes = element.classList;
  return classes.contains('arco-popover') || classes.contains('theme-arco-popover') ||
    classes.contains('arco-tooltip') || classes.contains('theme-arco-tooltip');
}

export interface HandleList {
  /** Handles as displayed, without `@`, first occurrence order, no duplicates (case-insensitive). */
  handles: string[];
  more?: number;
}

/** Every `@handle` in a cell, and a `+N` overflow count when the cell shows one. */
export function readHandles(cell: Element | null): HandleList {
  const result: HandleList = { handles: [] };
  if (!cell) return result;
  const seen = new Set<string>();
  for (const line of textLines(cell, isOverlay)) {
    const more = overflowCount(line);
    if (more !== undefined) {
      result.more = (result.more ?? 0) + more;
      continue;
    }
    // `@a, @b, +2` on one line: the overflow is a token of its own.
    for (const match of line.matchAll(INLINE_OVERFLOW)) result.more = (result.more ?? 0) + Number(match[1] ?? match[2]);
    for (const match of line.matchAll(HANDLE_TOKEN)) {
      const handle = trimHandle(match[1] ?? '');
      if (handle === '' || seen.has(handle.toLowerCase())) continue;
      seen.add(handle.toLowerCase());
      result.handles.push(handle);
    }
  }
  return result;
}

/** A handle's trailing dots are sentence punctuation (`@maya.`), not part of it. */
function trimHandle(handle: string): string {
  const trimmed = handle.replace(/\.+$/, '');
  return /[A-Za-z0-9]/.test(trimmed) ? trimmed : '';
}

/** Every `cid=` creator id linked under `element`, in order, without duplicates. */
export function linkedCreatorIds(element: Element): string[] {
  const ids: string[] = [];
  for (const link of Array.from(element.querySelectorAll('a[href*="cid="]'))) {
    const match = /[?&#]cid=(\d{5,32})(?:[&#]|$)/.exec(link.getAttribute('href') ?? '');
    if (match?.[1] && !ids.includes(match[1])) ids.push(match[1]);
  }
  return ids;
}

/** A quantity from a text value (`$1.20`, `15%`), null for `--` and non-numbers. */
export function quantityOf(text: string | null | undefined, region: string | null): Quantity | null {
  if (text == null || isDash(text)) return null;
  return parseQuantity(text, region ? { region } : undefined);
}

/** The row checkbox's value when it is a long digit id (Arco sets it to the row key). */
export function checkboxId(row: Element): string | undefined {
  const value = row.querySelector('input[type="checkbox"][value]')?.getAttribute('value')?.trim() ?? '';
  return /^\d{6,32}$/.test(value) ? value : undefined;
}

export interface StatusReading<S> {
  status: S | null;
  /** What the status was read from, as shown (tab title or status cell). */
  text?: string;
}

/**
 * A row's status: the active tab's when a tab around the table names one (it applies to every row),
 * else the first line of the row's status cell that `meaning` knows. Unknown text is kept as `text`.
 */
export function readStatus<S>(view: RowView, field: string, meaning: (text: string) => S | null): StatusReading<S> {
  const tab = activeTabStatus(view.element, meaning);
  if (tab) return { status: tab.status, text: tab.text };
  const cell = view.cell(field);
  const lines = cell ? textLines(cell, isOverlay).filter((line) => !isDash(line)) : [];
  for (const line of lines) {
    const status = meaning(line);
    if (status !== null) return { status, text: line };
  }
  return lines[0] === undefined ? { status: null } : { status: null, text: lines[0] };
}

/** The text of a cell unless it is blank or `--`. */
export function textOf(view: RowView, field: string): string | undefined {
  const text = view.text(field);
  return text === null || isDash(text) ? undefined : text;
}
