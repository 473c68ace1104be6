/**
 * What a page adapter is: the columns one Seller Center page shows and how one of its rows becomes a
 * row of its entity (`CreatorRow`, `ContentRow`, `CollaborationRow`, `SampleRow`, `OrderRow`,
 * `EligibilityRow`).
 * Framework-free: bundled into the content script.
 */
import type { CollaborationRow, ContentRow, CreatorRow, OrderRow, RejectedCount, SampleRow } from '../model/entities';
import type { EligibilityRow } from '../model/eligibility';
import type { PageKind } from '../pages/page-kind';
import type { ArcoTable } from '../table/arco-table';
import type { ColumnSpec } from '../table/columns';

export type { ColumnSpec } from '../table/columns';

export interface EntityRowTypes {
  creators: CreatorRow;
  content: ContentRow;
  collaborations: CollaborationRow;
  samples: SampleRow;
  orders: OrderRow;
  eligibility: EligibilityRow;
}
export type Entity = keyof EntityRowTypes;
export const ENTITIES: readonly Entity[] = ['creators', 'content', 'collaborations', 'samples', 'orders', 'eligibility'];

export interface ReadContext {
  /** shop_region of the page (US, GB…): number and date conventions. */
  region: string | null;
}

/** One table row, addressed by the adapter's field names instead of column positions. */
export interface RowView<F extends string = string> {
  element: Element;
  /** Fields whose column the table has, in the adapter's column order. */
  fields: readonly F[];
  cell(field: F): Element | null;
  /** Cell text, whitespace collapsed; null when the column is absent or the cell blank. */
  text(field: F): string | null;
}

/** A row, or why it was not taken (a short human reason, counted in the capture log). */
export type RowResult<R> = { row: R } | { rejected: string };

export interface PageAdapter<E extends Entity = Entity, F extends string = string> {
  id: string;
  label: string;
  pageKinds: readonly PageKind[];
  entity: E;
  columns: readonly ColumnSpec<F>[];
  /** Fewest matched columns for a table to count as this page's (required ones included). */
  minColumns: number;
  readRow(view: RowView<F>, ctx: ReadContext): RowResult<EntityRowTypes[E]>;
}

/** A table on the page that an adapter recognised. */
export interface TableMatch<E extends Entity = Entity> {
  adapter: PageAdapter<E>;
  table: ArcoTable;
  /** Column index per adapter field found in the headers. */
  columnIndex: Readonly<Record<string, number>>;
  /** The adapter fields found, in the adapter's column order. */
  fields: readonly string[];
  /** Data rows, same as `table.rows.length`: read them in slices with `readRows`. */
  rowCount: number;
}

export interface RowsRead<E extends Entity = Entity> {
  rows: EntityRowTypes[E][];
  rejected: RejectedCount[];
}

/** A recognised page's rows, one variant per entity (narrow on `entity` to get typed rows). */
export type RecognizedRead<E extends Entity = Entity> = {
  [K in E]: {
    status: 'recognized';
    adapter: string;
    entity: K;
    rows: EntityRowTypes[K][];
    rowsRead: number;
    rejected: RejectedCount[];
  };
}[E];

export type PageReadResult =
  | RecognizedRead
  | { status: 'unrecognized'; headers: string[] }
  | { status: 'no-table' };
