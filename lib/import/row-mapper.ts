/** What every export kind's row mapper does: take data rows one by one, then hand back merged rows. */
import type { Cell } from './cells';
import type { Rejections } from './rejections';

export interface RowMapper<R> {
  /** One data row (cells in header order). Problems are counted in `rejections`, never thrown. */
  add(cells: readonly Cell[]): void;
  /**
   * The rows read, merged within the file; call once, after the last `add`. Calls `pause` every
   * few hundred rows so a long finish (dates are read here) can let the page breathe.
   */
  finish(pause?: () => Promise<void>): Promise<R[]>;
  readonly rejections: Rejections;
  /** Data rows folded into another row of the same file (a video's per-product rows, a repeated creator or order line). */
  readonly merged: number;
}
