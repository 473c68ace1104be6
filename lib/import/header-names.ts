/**
 * Header wording of the Affiliate Center export files, and how a header cell is matched to a field.
 * Headers are compared as the table reader compares them (`lib/table/header-text.ts`: case, spacing
 * and punctuation never matter, `Average`/`Estimated` are `Avg`/`Est`, a parenthesised note such as
 * `GMV (USD)` may be left off), plus a few spellings only the export files use.
 */
import { headerKeys, normaliseHeader } from '../table/header-text';
// Gives header-text the other UI languages' wordings (exports in another language match too).
import '../table/header-synonyms';

/**
 * Export-only equivalents, applied after `normaliseHeader`: exports write "Affiliate" for "Creator"
 * anywhere in a header (the table reader renames only a leading word), and `LIVEs`, `Identifier`.
 */
const EXPORT_WORD_CANON: Record<string, string> = {
  affiliate: 'creator',
  lives: 'live streams',
  identifier: 'id',
};

function withExportWords(key: string): string {
  return key
    .split(' ')
    .map((word) => EXPORT_WORD_CANON[word] ?? word)
    .join(' ');
}

/** `Affiliate-attributed GMV` and `Creator-attributed GMV` → `creator attributed gmv`. */
export function normaliseExportHeader(text: string): string {
  return withExportWords(normaliseHeader(text));
}

/** The keys a header is matched by: the whole text, and the text without parenthesised notes. */
export function exportHeaderKeys(text: string): string[] {
  // The export words never merge two keys into one: the note-free key always has fewer words.
  return headerKeys(text).map(withExportWords);
}

/** How a column's cells are read. */
export type ColumnValueKind = 'text' | 'id' | 'ids' | 'count' | 'money' | 'rate' | 'date' | 'time';

export interface ExportFileColumn<F extends string = string> {
  field: F;
  /** Wordings, best first; normalised before comparison. */
  headers: readonly string[];
  value: ColumnValueKind;
}

function column<F extends string>(field: F, value: ColumnValueKind, ...headers: string[]): ExportFileColumn<F> {
  return { field, value, headers };
}

// ------------------------------------------------------------------------------------------------
// Creator data / Creator analysis

export const CREATOR_COLUMNS = [
  column('handle', 'text', 'Creator username', 'Creator handle', 'Username', 'Handle', 'Account name', 'TikTok username'),
  column('name', 'text', 'Creator name', 'Creator', 'Name', 'Creator nickname', 'Nickname'),
  column('profileLink', 'text', 'Profile link', 'Creator profile link', 'Profile URL', 'Creator link'),
  column('creatorId', 'id', 'Creator ID', 'Creator OEC ID', 'Creator open ID'),
  column('gmv', 'money', 'Creator-attributed GMV', 'Attributed GMV', 'GMV'),
  column('orders', 'count', 'Attributed orders', 'Creator-attributed orders', 'Orders'),
  column('itemsSold', 'count', 'Creator-attributed items sold', 'Attributed items sold', 'Items sold'),
  column('refundedGmv', 'money', 'Refunds', 'Refunded GMV', 'Refund amount'),
  column('itemsRefunded', 'count', 'Items refunded', 'Refunded items'),
  column('aov', 'money', 'AOV', 'Average order value'),
  column('estCommission', 'money', 'Est. commission', 'Estimated commission'),
  column('videos', 'count', 'Videos', 'Number of videos'),
  column('liveStreams', 'count', 'LIVE streams', 'LIVEs', 'Number of LIVE streams'),
  column('samplesShipped', 'count', 'Samples shipped'),
  column('samples', 'count', 'Samples', 'Sample requests'),
  column('estFlatFee', 'money', 'Est. flat fee', 'Flat fee'),
  column('videoGmv', 'money', 'Creator video-attributed GMV', 'Video-attributed GMV', 'Video GMV'),
  column('liveGmv', 'money', 'Creator live-attributed GMV', 'LIVE-attributed GMV', 'LIVE GMV'),
  column('productCardGmv', 'money', 'Product card-attributed GMV', 'Creator product card-attributed GMV', 'Product card GMV'),
  column('ctor', 'rate', 'CTOR', 'Click-to-order rate'),
  column('ctr', 'rate', 'CTR', 'Click-through rate'),
  column('productImpressions', 'count', 'Product impressions'),
  column('videoViews', 'count', 'Video views', 'Views'),
  column('customers', 'count', 'Customers', 'Buyers'),
  column('showcaseProducts', 'count', 'Products added to showcase', 'Showcase products'),
  column('followers', 'count', 'Affiliate followers', 'Followers', 'Follower count'),
  column('avgVideoViews', 'count', 'Avg. video views', 'Average views per video'),
  column('engagementRate', 'rate', 'Engagement rate'),
  column('avgCommissionRate', 'rate', 'Avg. commission rate', 'Commission rate'),
  column('postRate', 'rate', 'Post rate', 'Est. post rate'),
] as const satisfies readonly ExportFileColumn[];

// ------------------------------------------------------------------------------------------------
// Video data / Video list

export const VIDEO_COLUMNS = [
  column('videoId', 'id', 'Video ID', 'Content ID'),
  column('videoLink', 'text', 'Video link', 'Video URL', 'Link'),
  column('title', 'text', 'Video title', 'Video name', 'Video description', 'Title'),
  column('postDate', 'date', 'Post date', 'Video post date', 'Posted on', 'Post time', 'Publish time', 'Publish date'),
  column('creator', 'text', 'Creator name', 'Creator username', 'Creator', 'Creator handle', 'Account name'),
  column('productIds', 'ids', 'Product ID', 'Product IDs', 'Products ID'),
  column('gmv', 'money', 'Video-attributed GMV', 'Creator video-attributed GMV', 'GMV'),
  column('orders', 'count', 'Video-attributed orders', 'Attributed orders', 'Orders'),
  column('itemsSold', 'count', 'Video-attributed items sold', 'Attributed items sold', 'Items sold'),
  column('aov', 'money', 'AOV', 'Average order value'),
  column('refunds', 'money', 'Refunds', 'Refunded GMV'),
  column('itemsRefunded', 'count', 'Items refunded', 'Refunded items'),
  column('estCommission', 'money', 'Est. commission', 'Estimated commission'),
  column('views', 'count', 'Video views', 'Views'),
  column('likes', 'count', 'Likes'),
  column('comments', 'count', 'Comments'),
  column('shares', 'count', 'Shares'),
  column('completionRate', 'rate', 'Completion rate', 'Finish rate'),
  column('ctr', 'rate', 'CTR', 'Click-through rate'),
  column('engagementRate', 'rate', 'Engagement rate', 'Engagement'),
  column('gpm', 'money', 'Video GPM', 'GPM'),
  column('productImpressions', 'count', 'Product impressions'),
  column('clicks', 'count', 'Product clicks', 'Clicks'),
] as const satisfies readonly ExportFileColumn[];

// ------------------------------------------------------------------------------------------------
// Affiliate orders

export const ORDER_COLUMNS = [
  column('orderId', 'id', 'Order ID', 'Main order ID', 'Order No.', 'Order number'),
  column('productId', 'id', 'Product ID'),
  column('productName', 'text', 'Product Name', 'Product'),
  column('skuId', 'id', 'SKU ID'),
  column('price', 'money', 'Price', 'SKU price'),
  column('paymentAmount', 'money', 'Payment Amount', 'Payment', 'Order amount'),
  column('currency', 'text', 'Currency'),
  column('quantity', 'count', 'Quantity', 'Qty'),
  column('refunded', 'text', 'Fully returned or refunded', 'Returned or refunded', 'Refunded'),
  column('paymentMethod', 'text', 'Payment method'),
  column('status', 'text', 'Order Status', 'Status'),
  column('creatorHandle', 'text', 'Creator Username', 'Creator name', 'Creator handle', 'Creator'),
  column('contentType', 'text', 'Content Type'),
  column('contentId', 'id', 'Content ID', 'Video ID', 'LIVE ID'),
  column('commissionModel', 'text', 'Commission model', 'Commission type'),
  column('commissionRate', 'rate', 'Standard commission rate', 'Commission rate'),
  column('estCommissionBase', 'money', 'Est. Commission Base'),
  column('estCommission', 'money', 'Est. standard commission payment', 'Est. commission payment', 'Est. commission'),
  column('actualCommissionBase', 'money', 'Actual Commission Base'),
  column('actualCommission', 'money', 'Actual Commission Payment', 'Actual commission'),
  column('shopAdsCommissionRate', 'rate', 'Shop Ads commission rate'),
  column('estShopAdsCommission', 'money', 'Est. Shop Ads commission payment'),
  column('actualShopAdsCommission', 'money', 'Actual Shop Ads commission payment'),
  column('createdAt', 'time', 'Time Created', 'Created time', 'Order created time', 'Create time', 'Order date'),
  column('creatorRegion', 'text', 'Creator Region'),
] as const satisfies readonly ExportFileColumn[];

export type CreatorField = (typeof CREATOR_COLUMNS)[number]['field'];
export type VideoField = (typeof VIDEO_COLUMNS)[number]['field'];
export type OrderField = (typeof ORDER_COLUMNS)[number]['field'];

const normalisedCache = new WeakMap<ExportFileColumn, string[]>();

/** A spec's wordings, normalised once (header rows are searched for in every leading row of every file). */
function normalisedWordings(spec: ExportFileColumn): string[] {
  let wordings = normalisedCache.get(spec);
  if (!wordings) {
    wordings = spec.headers.map(normaliseExportHeader);
    normalisedCache.set(spec, wordings);
  }
  return wordings;
}

/** Column index of each field found; a header is given to one field only, best wording first. */
export type ColumnIndex<F extends string> = Partial<Record<F, number>>;

export function matchExportColumns<F extends string>(
  headers: readonly string[],
  columns: readonly ExportFileColumn<F>[],
): ColumnIndex<F> {
  const keysPerHeader = headers.map((header) => (header.length > 80 ? [] : exportHeaderKeys(header)));
  const taken = new Set<number>();
  const index: ColumnIndex<F> = {};
  for (const spec of columns) {
    const wanted = normalisedWordings(spec);
    let bestColumn = -1;
    let bestRank = Infinity;
    for (let position = 0; position < keysPerHeader.length; position++) {
      if (taken.has(position)) continue;
      for (const key of keysPerHeader[position] ?? []) {
        const rank = wanted.indexOf(key);
        if (rank >= 0 && rank < bestRank) {
          bestColumn = position;
          bestRank = rank;
        }
      }
    }
    if (bestColumn >= 0) {
      index[spec.field] = bestColumn;
      taken.add(bestColumn);
    }
  }
  return index;
}
