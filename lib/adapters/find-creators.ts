/**
 * Find creators (creator marketplace): one row per creator, packed creator cell plus marketplace
 * metrics. Values may come as ranges (`$1K-$10K`, `100-1K`) without detailed-data permission.
 * Fixtures: find-creators.fixture-a.html (Affiliate Center, `<tr>` rows), -b.html (Seller Center
 * theme, div rows, fixed header, other wording and order).
 */
import type { CreatorMetricName } from '../model/entities';
import { readCreatorRow } from './shared';
import type { ColumnSpec, PageAdapter } from './types';

type Field = 'creator' | CreatorMetricName;

const columns: readonly ColumnSpec<Field>[] = [
  { field: 'creator', headers: ['Creator', 'Creators', 'Creator info', 'Creator name', 'Creator profile'], required: true },
  { field: 'followers', headers: ['Followers', 'Follower count', 'Followers count'] },
  { field: 'gmv', headers: ['GMV', 'Creator GMV', 'GMV range', 'Sales'] },
  { field: 'itemsSold', headers: ['Items sold', 'Units sold', 'Products sold'] },
  { field: 'avgVideoViews', headers: ['Avg. video views', 'Avg. views per video', 'Average views per video', 'Video views'] },
  { field: 'engagementRate', headers: ['Engagement rate', 'Video engagement rate', 'Engagement'] },
  { field: 'avgCommissionRate', headers: ['Avg. commission rate', 'Commission rate'] },
  { field: 'postRate', headers: ['Est. post rate', 'Post rate'] },
];

export const findCreatorsAdapter: PageAdapter<'creators', Field> = {
  id: 'find-creators',
  label: 'Find creators',
  pageKinds: ['find-creators'],
  entity: 'creators',
  columns,
  minColumns: 2,
  readRow: (view, ctx) => readCreatorRow(view, ctx),
};
