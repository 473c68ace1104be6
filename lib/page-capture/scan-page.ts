/**
 * The content script's view of a page's tables, built on the adapters: which tables to read and
 * how to read one row element. Kept apart from live capture so each can be tested alone.
 */
import { matchTables, readRowElement, type Entity } from '../adapters';
import type { PageKind } from '../pages/page-kind';
import { boundRow, type BoundedRow } from './row-bounds';

/** A row read and bounded field by field (see row-bounds.ts), or why it was not taken. */
export type ScannedRow = BoundedRow | { rejected: string };

export interface ScannedTable {
  adapter: string;
  entity: Entity;
  rowElements: readonly Element[];
  readRow(element: Element): ScannedRow;
}

export type PageScan =
  | { status: 'no-table' }
  | { status: 'unrecognized'; headers: string[] }
  | { status: 'recognized'; tables: ScannedTable[] };

export function scanPage(document: ParentNode, page: { kind: PageKind; region: string | null }): PageScan {
  const found = matchTables(document, page.kind);
  if (found === null) return { status: 'no-table' };
  if (!Array.isArray(found)) return { status: 'unrecognized', headers: [...new Set(found.unrecognized.flat())] };
  const ctx = { region: page.region };
  return {
    status: 'recognized',
    tables: found.map((match) => ({
      adapter: match.adapter.id,
      entity: match.adapter.entity,
      rowElements: match.table.rows,
      readRow: (element) => {
        const read = readRowElement(match, element, ctx);
        return 'row' in read ? boundRow(read.row) : read;
      },
    })),
  };
}
