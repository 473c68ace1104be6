/**
 * Creator analysis (Insights → creator data): per-creator attributed performance. TikTok renamed the
 * "Affiliate-…" columns to "Creator-…" in early 2026; both wordings (and plain `GMV`) are accepted.
 * Fixtures: creator-analysis.fixture-a.html (Affiliate Center, old "Affiliate-…" wording, fixed
 * header table), -b.html (Seller Center theme, div rows, 2026 "Creator-…" wording, reordered).
 */
import type { CreatorMetricName } from '../model/entities';
import { readCreatorRow } from './shared';
import type { ColumnSpec, PageAdapter } from './types';

type Field = 'creator' | CreatorMetricName;

const columns: readonly ColumnSpec<Field>[] = [
  { field: 'creator', headers: ['Creator', 'Creator name', 'Creators', 'Account name', 'Creator info'], required: true },
  // "Affiliate-attributed GMV" normalises to the same key as "Creator-attributed GMV".
  { field: 'gmv', headers: ['Creator-attributed GMV', 'GMV', 'Attributed GMV'] },
  { field: 'orders', headers: ['Attributed orders', 'Creator-attributed orders', 'Orders'] },
  { field: 'itemsSold', headers: ['Creator-attributed items sold', 'Items sold', 'Attributed items sold'] },
  { field: 'refundedGmv', headers: ['Refunds', 'Refunded GMV', 'Refund amount'] },
  { field: 'itemsRefunded', headers: ['Items refunded', 'Refunded items'] },
  { field: 'aov', headers: ['AOV', 'Average order value'] },
  { field: 'estCommission', headers: ['Est. commission', 'Estimated commission'] },
  { field: 'estFlatFee', headers: ['Est. flat fee', 'Flat fee'] },
  { field: 'videos', headers: ['Videos', 'Shoppable videos'] },
  { field: 'liveStreams', headers: ['LIVE streams', 'LIVE videos', 'LIVEs', 'Shoppable LIVE streams'] },
  { field: 'samplesShipped', headers: ['Samples shipped', 'Shipped samples'] },
  { field: 'showcaseProducts', headers: ['Products added to showcase', 'Showcase products'] },
  { field: 'videoGmv', headers: ['Creator video-attributed GMV', 'Video-attributed GMV', 'Video GMV'] },
  { field: 'liveGmv', headers: ['Creator LIVE-attributed GMV', 'LIVE-attributed GMV', 'LIVE GMV'] },
  { field: 'productCardGmv', headers: ['Product card-attributed GMV', 'Creator product card-attributed GMV', 'Product card GMV'] },
  { field: 'ctr', headers: ['CTR', 'Click-through rate'] },
  { field: 'ctor', headers: ['CTOR', 'Click-to-order rate'] },
  { field: 'productImpressions', headers: ['Product impressions', 'Impressions'] },
  { field: 'videoViews', headers: ['Video views', 'Views'] },
  { field: 'customers', headers: ['Customers', 'Buyers'] },
  { field: 'followers', headers: ['Creator followers', 'Followers'] },
];

export const creatorAnalysisAdapter: PageAdapter<'creators', Field> = {
  id: 'creator-analysis',
  label: 'Creator analysis',
  pageKinds: ['creator-analysis'],
  entity: 'creators',
  columns,
  minColumns: 2,
  // The "Creator name" column can show the username alone [I].
  readRow: (view, ctx) => readCreatorRow(view, ctx, { bareTextIsHandle: true }),
};
