/**
 * Video analysis / video list (Insights): one row per video (per video and product, when the page
 * splits a video's sales by product). The video id comes from a `/video/<digits>` link, an
 * `ID: …` line in the video cell, or a Video ID column.
 * Fixtures: video-analysis.fixture-a.html (Affiliate Center US, `<tr>` rows, US dates),
 * -b.html (Seller Center theme GB, div rows, UK dates, Video ID and Product ID columns).
 */
import type { ContentMetricName, ContentRow } from '../model/entities';
import { CONTENT_METRICS } from '../model/values';
import { parseDate } from '../parse/values';
import { collapseSpaces, isDash, textLines } from '../table/cell-text';
import { creatorIdFromLinks, parseCreatorCell } from '../table/creator-cell';
import { idOfText } from './program-cells';
import { readMetrics } from './shared';
import type { ColumnSpec, PageAdapter, ReadContext, RowResult, RowView } from './types';

export const NO_VIDEO_ID = 'no video id';

type Field = 'video' | 'videoId' | 'creator' | 'postDate' | 'product' | 'productId' | ContentMetricName;

const columns: readonly ColumnSpec<Field>[] = [
  { field: 'video', headers: ['Video', 'Video info', 'Video title', 'Video name', 'Video details'], required: 'video' },
  { field: 'videoId', headers: ['Video ID', 'Content ID'], required: 'video' },
  { field: 'creator', headers: ['Creator', 'Creator name', 'Creator username', 'Account name', 'Creator info'] },
  { field: 'postDate', headers: ['Post date', 'Posted', 'Post time', 'Posted on', 'Publish time', 'Date posted'] },
  { field: 'product', headers: ['Product', 'Product name', 'Products', 'Product info'] },
  { field: 'productId', headers: ['Product ID'] },
  { field: 'gmv', headers: ['Video-attributed GMV', 'GMV', 'Creator video-attributed GMV'] },
  { field: 'orders', headers: ['Video-attributed orders', 'Orders', 'Attributed orders'] },
  { field: 'itemsSold', headers: ['Video-attributed items sold', 'Items sold'] },
  { field: 'views', headers: ['Video views', 'Views'] },
  { field: 'likes', headers: ['Likes'] },
  { field: 'comments', headers: ['Comments'] },
  { field: 'shares', headers: ['Shares'] },
  { field: 'completionRate', headers: ['Completion rate', 'Video completion rate', 'Finish rate'] },
  { field: 'ctr', headers: ['CTR', 'Click-through rate', 'Product CTR'] },
  { field: 'engagementRate', headers: ['Engagement rate', 'Engagement'] },
  { field: 'aov', headers: ['AOV', 'Average order value'] },
  { field: 'refunds', headers: ['Refunds', 'Refunded GMV'] },
  { field: 'itemsRefunded', headers: ['Items refunded', 'Refunded items'] },
  { field: 'estCommission', headers: ['Est. commission', 'Estimated commission'] },
  { field: 'gpm', headers: ['Video GPM', 'GPM'] },
  { field: 'productImpressions', headers: ['Product impressions', 'Impressions'] },
  { field: 'clicks', headers: ['Product clicks', 'Clicks'] },
  { field: 'hookRetention', headers: ['3s retention rate', '3-second retention rate', '3s view rate'] },
];

const VIDEO_LINK = /\/video\/(\d{6,25})(?:[/?#]|$)/;
const HANDLE_IN_LINK = /\/@([\w.]{1,30})\/video\//;
const ID_LINE = /^(?:video\s*)?id\s*[:：#]?\s*(\d{6,25})$/i;
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const POSTED_LINE = /^(?:posted(?:\s+on)?|post\s+date|published)\s*[:：]?\s*/i;

export const videoAnalysisAdapter: PageAdapter<'content', Field> = {
  id: 'video-analysis',
  label: 'Video analysis',
  pageKinds: ['video-analysis'],
  entity: 'content',
  columns,
  minColumns: 2,
  readRow: readVideoRow,
};

function readVideoRow(view: RowView<Field>, ctx: ReadContext): RowResult<ContentRow> {
  const options = ctx.region ? { region: ctx.region } : undefined;
  const videoCell = view.cell('video');
  const videoLines = videoCell ? textLines(videoCell) : [];
  const link = videoLink(videoCell) ?? videoLink(view.element);

  const contentId =
    link?.id ?? idFromLines(videoLines) ?? idOfText(view.text('videoId'));
  if (contentId === undefined) return { rejected: NO_VIDEO_ID };

  const row: ContentRow = { contentId, type: 'video', metrics: readMetrics<ContentMetricName>(view, CONTENT_METRICS, ctx) };

  const title = (link?.text || undefined) ?? videoLines.find((line) => isTitleLine(line));
  if (title !== undefined) row.title = title;

  const creatorCell = view.cell('creator');
  const handle =
    (creatorCell ? parseCreatorCell(creatorCell, { region: ctx.region, bareTextIsHandle: true }).handle : undefined) ??
    link?.handle;
  if (handle !== undefined) row.creatorHandle = handle;
  const creatorId = creatorCell ? creatorIdFromLinks(creatorCell) : undefined;
  if (creatorId !== undefined) row.creatorId = creatorId;

  const postedLine = videoLines.find((line) => POSTED_LINE.test(line));
  const postDate =
    parseDate(view.text('postDate'), options) ?? (postedLine ? parseDate(postedLine.replace(POSTED_LINE, ''), options) : null);
  if (postDate !== null) row.postDate = postDate;

  const productIds = productIdsOf(view);
  if (productIds.length > 0) row.productIds = productIds;
  return { row };
}

function videoLink(element: Element | null): { id: string; text: string; handle?: string } | undefined {
  if (!element) return undefined;
  for (const anchor of Array.from(element.querySelectorAll('a[href*="/video/"]'))) {
    const href = anchor.getAttribute('href') ?? '';
    const match = VIDEO_LINK.exec(href);
    if (!match?.[1]) continue;
    const text = collapseSpaces(anchor.textContent ?? '');
    const handle = HANDLE_IN_LINK.exec(href)?.[1];
    return handle ? { id: match[1], text, handle } : { id: match[1], text };
  }
  return undefined;
}

function idFromLines(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const match = ID_LINE.exec(line);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function isTitleLine(line: string): boolean {
  return !ID_LINE.test(line) && !DURATION.test(line) && !POSTED_LINE.test(line) && !line.startsWith('@') && !isDash(line);
}

/** Product ids from a Product ID column, else from the `ID: …` line of a product cell. */
function productIdsOf(view: RowView<Field>): string[] {
  const ids: string[] = [];
  const fromColumn = view.text('productId');
  if (fromColumn) for (const match of fromColumn.matchAll(/\d{6,25}/g)) ids.push(match[0]);
  const productCell = view.cell('product');
  if (ids.length === 0 && productCell) {
    for (const line of textLines(productCell)) {
      const match = ID_LINE.exec(line);
      if (match?.[1]) ids.push(match[1]);
    }
  }
  return [...new Set(ids)];
}
