/**
 * Open collaboration: one row per product offered to every creator, with its commission rate (and
 * price, status, creators promoting it and items sold when the page shows them).
 * Fixtures: open-collaboration.fixture-a.html (Affiliate Center US, `<tr>` rows, status column),
 * -b.html (Seller Center theme DE, div rows, status tabs, separate Product ID column, euro amounts,
 * no creators / items sold columns).
 */
import type { CollaborationRow, ProductRef } from '../model/entities';
import { cellQuantity } from '../table/cell-text';
import { idOfText, quantityOf, readProductCell, readStatus } from './program-cells';
import { collaborationStatusOf } from './statuses';
import type { ColumnSpec, PageAdapter, ReadContext, RowResult, RowView } from './types';

export const NO_PRODUCT_ID = 'no product id';

type Field = 'product' | 'productId' | 'price' | 'commissionRate' | 'creatorCount' | 'itemsSold' | 'status';

const columns: readonly ColumnSpec<Field>[] = [
  { field: 'product', headers: ['Product', 'Product info', 'Product name', 'Product details', 'Product information'], required: 'product' },
  { field: 'productId', headers: ['Product ID'], required: 'product' },
  { field: 'price', headers: ['Price', 'Product price', 'Sale price', 'Selling price'] },
  {
    field: 'commissionRate',
    headers: ['Commission rate', 'Commission', 'Open collaboration commission rate', 'Open commission rate', 'Standard commission rate'],
  },
  {
    field: 'creatorCount',
    headers: ['Creators promoting', 'Promoting creators', 'Creators promoting this product', 'Affiliates promoting', 'Creators', 'Creators added'],
  },
  { field: 'itemsSold', headers: ['Items sold', 'Creator-attributed items sold', 'Units sold', 'Sold'] },
  { field: 'status', headers: ['Status', 'Product status', 'Collaboration status', 'Promotion status'] },
];

export const openCollaborationAdapter: PageAdapter<'collaborations', Field> = {
  id: 'open-collaboration',
  label: 'Open collaboration',
  pageKinds: ['open-collaboration'],
  entity: 'collaborations',
  columns,
  minColumns: 2,
  readRow: readOpenProductRow,
};

function readOpenProductRow(view: RowView<Field>, ctx: ReadContext): RowResult<CollaborationRow> {
  const productCell = readProductCell(view.cell('product'));
  const first = productCell.products[0];
  const productId = idOfText(view.text('productId')) ?? first?.id;
  if (productId === undefined) return { rejected: NO_PRODUCT_ID };

  const product: ProductRef = { id: productId };
  if (first?.name !== undefined) product.name = first.name;
  const row: CollaborationRow = { kind: 'open', products: [product], creatorHandles: [], status: null };
  if (product.name !== undefined) row.name = product.name;

  const rate = cellQuantity(view.cell('commissionRate'), ctx.region) ?? quantityOf(productCell.labels.get('commission rate'), ctx.region);
  if (rate?.unit === 'percent') row.commissionRate = rate;
  // The price is a column, or a line of the product cell (`Price: $24.99` or a bare `$24.99`).
  const price =
    cellQuantity(view.cell('price'), ctx.region) ??
    quantityOf(productCell.labels.get('price') ?? productCell.others[0], ctx.region);
  if (price && price.unit !== 'percent') row.price = price;
  const creatorCount = cellQuantity(view.cell('creatorCount'), ctx.region);
  if (creatorCount && creatorCount.unit === undefined) row.creatorCount = creatorCount;
  const itemsSold = cellQuantity(view.cell('itemsSold'), ctx.region);
  if (itemsSold && itemsSold.unit === undefined) row.itemsSold = itemsSold;

  const status = readStatus(view, 'status', collaborationStatusOf);
  row.status = status.status;
  if (status.text !== undefined) row.statusText = status.text;
  return { row };
}
