/**
 * Video data / Video list export rows → `ContentRow`.
 *
 * The export lists a video once per product it sold. Those rows become one `ContentRow`:
 * - `productIds`: the union, in file order;
 * - sales metrics attributed per product (GMV, orders, items sold, refunds, items refunded, est.
 *   commission, GPM) are summed (GPM is GMV per thousand views of the same video, so it sums too);
 *   a range added to anything gives the range of possible sums;
 * - AOV is recomputed as summed GMV / summed orders when both are exact, and dropped otherwise
 *   (one product's AOV is not the video's);
 * - video-level metrics repeated on every row (views, likes, comments, shares, completion rate, CTR,
 *   engagement, product impressions, clicks) keep the first value given;
 * - title, creator and post date: the first given.
 * The same video and product listed twice (a repeated line) is rejected, so nothing is counted twice.
 * Post dates are kept raw until the whole file is read, so day/month order is decided by the column.
 */
import type { ContentMetricName, ContentMetrics, ContentRow } from '../model/entities';
import type { Quantity } from '../parse/quantity';
import { normaliseHandle } from '../parse/values';
import {
  cellDay,
  cellId,
  cellIds,
  sheetCellQuantity,
  sheetCellText,
  cellValueText,
  dateRegion,
  DayMonthVote,
  type Cell,
} from './cells';
import { matchExportColumns, VIDEO_COLUMNS, type ColumnIndex, type VideoField } from './header-names';
import { addQuantities } from './quantity-sum';
import { REJECTION, Rejections } from './rejections';
import type { RowMapper } from './row-mapper';

type MetricColumn = Extract<(typeof VIDEO_COLUMNS)[number], { field: ContentMetricName }>;
const METRIC_COLUMNS = VIDEO_COLUMNS.filter((spec): spec is MetricColumn =>
  !['videoId', 'videoLink', 'title', 'postDate', 'creator', 'productIds'].includes(spec.field),
);

/** Attributed per product, so summed over a video's rows. */
export const SUMMED_VIDEO_METRICS: ReadonlySet<ContentMetricName> = new Set<ContentMetricName>([
  'gmv', 'orders', 'itemsSold', 'refunds', 'itemsRefunded', 'estCommission', 'gpm',
]);

const LINK_VIDEO = /\/video\/(\d{1,30})/;
const LINK_HANDLE = /tiktok\.com\/@([A-Za-z0-9_.]{1,30})\//i;

interface VideoEntry {
  row: ContentRow;
  /** Raw post date cell, read once the column's day/month order is known. */
  postCell: Cell;
  /** Products seen for this video (`''` for a row without one), to catch repeated lines. */
  productKeys: Set<string>;
  rowCount: number;
}

export class VideoRowMapper implements RowMapper<ContentRow> {
  readonly rejections = new Rejections();
  merged = 0;
  private readonly index: ColumnIndex<VideoField>;
  private readonly videos = new Map<string, VideoEntry>();
  private readonly postDateVote = new DayMonthVote();
  /** First currency seen in a money column: a tie-breaker for day/month order. */
  private currency: string | undefined;

  constructor(
    headers: readonly string[],
    private readonly region?: string,
  ) {
    this.index = matchExportColumns(headers, VIDEO_COLUMNS);
  }

  private cell(cells: readonly Cell[], field: VideoField): Cell {
    const position = this.index[field];
    return position === undefined ? null : cells[position];
  }

  add(cells: readonly Cell[]): void {
    const link = cellValueText(this.cell(cells, 'videoLink')) ?? '';
    const idCell = cellId(this.cell(cells, 'videoId'));
    const linkId = LINK_VIDEO.exec(link)?.[1];
    const contentId = 'id' in idCell ? idCell.id : linkId;
    if (contentId === undefined) {
      if ('problem' in idCell && idCell.problem === 'not-an-id') this.rejections.add(REJECTION.badVideoId, sheetCellText(this.cell(cells, 'videoId')));
      else this.rejections.add(REJECTION.noVideoId, link);
      return;
    }

    const productIds = cellIds(this.cell(cells, 'productIds'));
    const productKeys = productIds.length > 0 ? productIds : [''];
    const postCell = this.cell(cells, 'postDate');
    this.postDateVote.add(postCell);
    const metrics = this.metrics(cells);

    const entry = this.videos.get(contentId);
    if (entry) {
      if (productKeys.every((key) => entry.productKeys.has(key))) {
        this.rejections.add(REJECTION.duplicateVideoProduct, productIds.length > 0 ? `${contentId} / ${productIds.join(', ')}` : contentId);
        return;
      }
      this.merged += 1;
      this.mergeInto(entry, cells, productIds, metrics, postCell);
      for (const key of productKeys) entry.productKeys.add(key);
      return;
    }

    const row: ContentRow = { contentId, type: 'video', metrics };
    const creatorText = cellValueText(this.cell(cells, 'creator'));
    const handle = normaliseHandle(creatorText) !== null ? creatorText!.replace(/^@/, '').trim() : LINK_HANDLE.exec(link)?.[1];
    if (handle) row.creatorHandle = handle;
    const title = cellValueText(this.cell(cells, 'title'));
    if (title !== null) row.title = title;
    if (productIds.length > 0) row.productIds = productIds;
    this.videos.set(contentId, { row, postCell, productKeys: new Set(productKeys), rowCount: 1 });
  }

  private metrics(cells: readonly Cell[]): ContentMetrics {
    const metrics: ContentMetrics = {};
    for (const spec of METRIC_COLUMNS) {
      const position = this.index[spec.field];
      if (position === undefined) continue;
      const quantity = sheetCellQuantity(cells[position], spec.value, this.region);
      if (!quantity) continue;
      metrics[spec.field] = quantity;
      if (spec.value === 'money' && quantity.unit) this.currency ??= quantity.unit;
    }
    return metrics;
  }

  private mergeInto(entry: VideoEntry, cells: readonly Cell[], productIds: string[], metrics: ContentMetrics, postCell: Cell): void {
    const { row } = entry;
    entry.rowCount += 1;
    for (const id of productIds) {
      row.productIds ??= [];
      if (!row.productIds.includes(id)) row.productIds.push(id);
    }
    for (const [name, quantity] of Object.entries(metrics) as [ContentMetricName, Quantity][]) {
      const earlier = row.metrics[name];
      if (!earlier) row.metrics[name] = quantity;
      else if (SUMMED_VIDEO_METRICS.has(name)) row.metrics[name] = addQuantities(earlier, quantity);
    }
    if (entry.postCell === null || entry.postCell === undefined || cellValueText(entry.postCell) === null) entry.postCell = postCell;
    if (row.title === undefined) {
      const title = cellValueText(this.cell(cells, 'title'));
      if (title !== null) row.title = title;
    }
    if (row.creatorHandle === undefined) {
      const creatorText = cellValueText(this.cell(cells, 'creator'));
      if (normaliseHandle(creatorText) !== null) row.creatorHandle = creatorText!.replace(/^@/, '').trim();
    }
  }

  async finish(pause?: () => Promise<void>): Promise<ContentRow[]> {
    const region = dateRegion(this.postDateVote.result(), this.region, this.currency);
    // Post dates repeat a lot (one per day at most per creator): read each distinct text once.
    const days = new Map<string, string | null>();
    const rows: ContentRow[] = [];
    for (const entry of this.videos.values()) {
      const { row, postCell } = entry;
      let postDate: string | null;
      if (typeof postCell === 'string') {
        postDate = days.get(postCell) ?? null;
        if (!days.has(postCell)) days.set(postCell, (postDate = cellDay(postCell, region)));
      } else {
        postDate = cellDay(postCell, region);
      }
      if (postDate) row.postDate = postDate;
      if (entry.rowCount > 1) recomputeAov(row.metrics);
      rows.push(row);
      if (pause && rows.length % 500 === 0) await pause();
    }
    this.videos.clear();
    return rows;
  }
}

function recomputeAov(metrics: ContentMetrics): void {
  const { gmv, orders } = metrics;
  if (gmv?.kind === 'exact' && orders?.kind === 'exact' && orders.value > 0) {
    const value = Number((gmv.value / orders.value).toFixed(2));
    metrics.aov = gmv.unit ? { kind: 'exact', value, unit: gmv.unit, raw: String(value) } : { kind: 'exact', value, raw: String(value) };
  } else {
    delete metrics.aov;
  }
}
