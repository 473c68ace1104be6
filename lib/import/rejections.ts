/** Row-level problems of an import, counted per reason (never returned as rows). */
import type { RejectedCount } from '../model/entities';

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

  add(reason: string): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
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
