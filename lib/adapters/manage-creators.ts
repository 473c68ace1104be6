/**
 * Manage creators: creators the shop works with, with their 90-day metrics.
 * Fixtures: manage-creators.fixture-a.html (Affiliate Center, `<tr>` rows), -b.html (Seller Center
 * theme under #GEC-main, fixed header table, other wording, a missing optional column).
 */
import type { CreatorMetricName } from '../model/entities';
import { readCreatorRow } from './shared';
import type { ColumnSpec, PageAdapter } from './types';

type Field = 'creator' | CreatorMetricName;

const columns: readonly ColumnSpec<Field>[] = [
  { field: 'creator', headers: ['Creator', 'Creators', 'Creator info', 'Creator name'], required: true },
  { field: 'followers', headers: ['Followers', 'Follower count'] },
  { field: 'showcaseProducts', headers: ['Products added to showcase', 'Products in showcase', 'Showcase products', 'Added to showcase'] },
  { field: 'samples', headers: ['Samples', 'Free samples', 'Samples sent', 'Sample requests'] },
  { field: 'videos', headers: ['Videos', 'Videos posted', 'Shoppable videos'] },
  { field: 'liveStreams', headers: ['LIVE videos', 'LIVE streams', 'LIVEs', 'LIVE sessions', 'Shoppable LIVE streams'] },
  { field: 'gmv', headers: ['GMV', 'Creator-attributed GMV', 'Affiliate GMV'] },
  { field: 'refundedGmv', headers: ['Refunded GMV', 'GMV refunded', 'Refunds'] },
  { field: 'itemsSold', headers: ['Items sold', 'Creator-attributed items sold', 'Units sold'] },
  { field: 'itemsRefunded', headers: ['Items refunded', 'Refunded items', 'Units refunded'] },
  { field: 'estCommission', headers: ['Est. commission', 'Estimated commission', 'Est. commission payment', 'Commission'] },
];

export const manageCreatorsAdapter: PageAdapter<'creators', Field> = {
  id: 'manage-creators',
  label: 'Manage creators',
  pageKinds: ['manage-creators'],
  entity: 'creators',
  columns,
  minColumns: 2,
  readRow: (view, ctx) => readCreatorRow(view, ctx),
};
