/**
 * Reading Seller Center pages: find the page's Arco tables, recognise them by their headers, read
 * their rows (in slices, so the caller can spread a 1,000-row table over several idle tasks).
 */
import type { RejectedCount } from '../model/entities';
import type { PageKind } from '../pages/page-kind';
import { findArcoTables, rowCells } from '../table/arco-table';
import { cellText } from '../table/cell-text';
import { matchColumns } from '../table/columns';
import { accountHealthMetricsAdapter, accountHealthViolationsAdapter } from './account-health';
import { affiliateOrdersAdapter } from './affiliate-orders';
import { creatorAnalysisAdapter } from './creator-analysis';
import { findCreatorsAdapter } from './find-creators';
import { manageCreatorsAdapter } from './manage-creators';
import { openCollaborationAdapter } from './open-collaboration';
import { productRatingAdapter } from './product-rating';
import { sampleRequestsAdapter } from './sample-requests';
import { targetCollaborationAdapter } from './target-collaboration';
import type {
  Entity,
  PageAdapter,
  PageReadResult,
  ReadContext,
  RecognizedRead,
  RowResult,
  RowsRead,
  RowView,
  TableMatch,
} from './types';
import { videoAnalysisAdapter } from './video-analysis';

export type * from './types';
export { ENTITIES } from './types';

export const PAGE_ADAPTERS: readonly PageAdapter[] = [
  findCreatorsAdapter,
  manageCreatorsAdapter,
  creatorAnalysisAdapter,
  videoAnalysisAdapter,
  targetCollaborationAdapter,
  openCollaborationAdapter,
  sampleRequestsAdapter,
  affiliateOrdersAdapter,
  accountHealthMetricsAdapter,
  accountHealthViolationsAdapter,
  productRatingAdapter,
];

export function adaptersFor(kind: PageKind): PageAdapter[] {
  return PAGE_ADAPTERS.filter((adapter) => adapter.pageKinds.includes(kind));
}

/**
 * The tables on the page that its adapters recognise. `{ unrecognized }` (header texts per table)
 * when tables are there but none has the required columns; null when there is nothing to read
 * yet: no table with headers, or no adapter for this kind of page.
 */
export function matchTables(root: ParentNode, kind: PageKind): TableMatch[] | { unrecognized: string[][] } | null {
  const adapters = adaptersFor(kind);
  if (adapters.length === 0) return null;
  const tables = findArcoTables(root).filter((table) => table.headers.some((header) => header !== ''));
  if (tables.length === 0) return null;

  const matches: TableMatch[] = [];
  for (const table of tables) {
    let best: TableMatch | null = null;
    let bestFound = 0;
    for (const adapter of adapters) {
      const columns = matchColumns(table.headers, adapter.columns);
      if (columns.missing.length > 0 || columns.found < adapter.minColumns || columns.found <= bestFound) continue;
      bestFound = columns.found;
      const columnIndex: Record<string, number> = {};
      for (const spec of adapter.columns) {
        const index = columns.index[spec.field];
        if (index !== undefined) columnIndex[spec.field] = index;
      }
      best = { adapter, table, columnIndex, fields: Object.keys(columnIndex), rowCount: table.rows.length };
    }
    if (best) matches.push(best);
  }
  if (matches.length > 0) return matches;
  return { unrecognized: tables.map((table) => table.headers.filter((header) => header !== '')) };
}

/** Rows `from` (inclusive) to `to` (exclusive) of a matched table, with the reasons rows were rejected. */
export function readRows<E extends Entity>(match: TableMatch<E>, from: number, to: number, ctx: ReadContext): RowsRead<E> {
  const rows: RowsRead<E>['rows'] = [];
  const reasons = new Map<string, number>();
  const end = Math.min(to, match.table.rows.length);
  for (let index = Math.max(0, from); index < end; index++) {
    const element = match.table.rows[index];
    if (!element) continue;
    const result = readRowElement(match, element, ctx);
    if ('row' in result) rows.push(result.row);
    else reasons.set(result.rejected, (reasons.get(result.rejected) ?? 0) + 1);
  }
  return { rows, rejected: toCounts(reasons) };
}

/** One row element of a matched table (for callers that track which rows they have already read). */
export function readRowElement<E extends Entity>(
  match: TableMatch<E>,
  element: Element,
  ctx: ReadContext,
): RowResult<RowsRead<E>['rows'][number]> {
  return match.adapter.readRow(rowView(match, element), ctx);
}

/** Everything on the page at once (tests, demo, small tables). */
export function readPage(root: ParentNode, kind: PageKind, region: string | null): PageReadResult {
  const found = matchTables(root, kind);
  if (found === null) return { status: 'no-table' };
  if (!Array.isArray(found)) {
    const widest = found.unrecognized.reduce<string[]>((best, headers) => (headers.length > best.length ? headers : best), []);
    return { status: 'unrecognized', headers: widest };
  }
  const first = found[0];
  if (!first) return { status: 'no-table' };
  const ctx = { region };
  const reasons = new Map<string, number>();
  const rows: unknown[] = [];
  let rowsRead = 0;
  for (const match of found) {
    if (match.adapter !== first.adapter) continue;
    const read = readRows(match, 0, match.rowCount, ctx);
    rows.push(...read.rows);
    rowsRead += match.rowCount;
    for (const { reason, count } of read.rejected) reasons.set(reason, (reasons.get(reason) ?? 0) + count);
  }
  // One adapter, so one entity: the rows are that entity's rows.
  return {
    status: 'recognized',
    adapter: first.adapter.id,
    entity: first.adapter.entity,
    rows,
    rowsRead,
    rejected: toCounts(reasons),
  } as RecognizedRead;
}

function rowView<E extends Entity>(match: TableMatch<E>, element: Element): RowView {
  const cells = rowCells(element, match.table.headers.length);
  const cell = (field: string): Element | null => {
    const index = match.columnIndex[field];
    return index === undefined ? null : (cells[index] ?? null);
  };
  return { element, fields: match.fields, cell, text: (field) => cellText(cell(field)) };
}

function toCounts(reasons: Map<string, number>): RejectedCount[] {
  return [...reasons].map(([reason, count]) => ({ reason, count }));
}
