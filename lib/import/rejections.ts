/** Row-level problems of an import: counted per reason, and each rejected row listed (row, value, reason). */
import { MAX_REJECTED_ROWS_LISTED, type RejectedCount, type RejectedRow } from '../model/entities';
/** A rejected value longer than this is shortened in the list. */
const MAX_VALUE_LENGTH = 120;

/** Reasons a row is rejected, worded for the import summary ("12 rows: no video ID"). */
export const REJECTION = {
  noCreatorName: 'no creator name',
  notAHandle: 'creator name is not a TikTok username',
  noVideoId: 'no video ID',
  badVideoId: 'video ID is not a number (a spreadsheet may have rounded it)',
  duplicateVideoProduct: 'same video and product listed twice',
  noOrderId: 'no order ID',
  badOrderId: 'order ID is not a number (a spreadsheet may have rounded it)',
  noOrderTime: 'no readable Time Created',
} as const;

export class Rejections {
  private readonly counts = new Map<string, number>();
  private readonly listed: RejectedRow[] = [];
  /** The file row of the row being mapped now: set by the reader before each row. */
  row = 0;

  /** `value`: the cell the reason is about, as written in the file. */
  add(reason: string, value = ''): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    if (this.listed.length < MAX_REJECTED_ROWS_LISTED) {
      const shown = value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 1)}…` : value;
      this.listed.push({ row: this.row, value: shown, reason });
    }
  }

  /** Each rejected row, in file order (the first MAX_REJECTED_ROWS_LISTED). */
  rows(): RejectedRow[] {
    return [...this.listed].sort((a, b) => a.row - b.row);
  }

  get total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  /** Most frequent reason first. */
  list(): RejectedCount[] {
    return [...this.counts]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  }
}
