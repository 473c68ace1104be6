/**
 * Affiliate orders: one row per order line (order × product), with the creator, the content it came
 * from, amounts, commission and the time it was created (kept to the second, as epoch ms of the local
 * wall time shown, with the text as shown).
 * Fixtures: affiliate-orders.fixture-a.html (Affiliate Center US, `<tr>` rows, one column per value,
 * year-first times), -b.html (Seller Center theme GB, div rows, packed order / content / commission
 * cells, UK day-first times, no price column).
 */
import type { OrderRow } from '../model/entities';
import type { Quantity } from '../parse/quantity';
import { parseDateTime } from '../parse/values';
import { cellQuantity, isDash, textLines } from '../table/cell-text';
import { parseCreatorCell } from '../table/creator-cell';
import { idOfLine, idOfText, labelled, quantityOf, readHandles, readProductCell, textOf } from './program-cells';
import { orderContentTypeOf } from './statuses';
import type { ColumnSpec, PageAdapter, ReadContext, RowResult, RowView } from './types';

export const NO_ORDER_ID = 'no order id';
export const NO_ORDER_TIME = 'no time created';

type Field =
  | 'order'
  | 'product'
  | 'productId'
  | 'skuId'
  | 'creator'
  | 'content'
  | 'contentId'
  | 'price'
  | 'paymentAmount'
  | 'quantity'
  | 'commissionRate'
  | 'commission'
  | 'estCommission'
  | 'actualCommission'
  | 'status'
  | 'createdAt';

const columns: readonly ColumnSpec<Field>[] = [
  { field: 'order', headers: ['Order ID', 'Order', 'Order info', 'Order number', 'Order no', 'Order details'], required: true },
  { field: 'product', headers: ['Product', 'Product info', 'Product name', 'Products', 'Product details'] },
  { field: 'productId', headers: ['Product ID'] },
  { field: 'skuId', headers: ['SKU ID', 'SKU'] },
  { field: 'creator', headers: ['Creator username', 'Creator', 'Creator name', 'Creator info', 'Creator handle', 'Affiliate'] },
  { field: 'content', headers: ['Content type', 'Content', 'Content source', 'Source', 'Attribution'] },
  { field: 'contentId', headers: ['Content ID', 'Video ID', 'LIVE ID'] },
  { field: 'price', headers: ['Price', 'Unit price', 'Product price', 'SKU price'] },
  { field: 'paymentAmount', headers: ['Payment amount', 'Order amount', 'Amount paid', 'Total payment', 'Payment'] },
  { field: 'quantity', headers: ['Quantity', 'Qty', 'Units'] },
  { field: 'commissionRate', headers: ['Commission rate', 'Standard commission rate', 'Rate'] },
  { field: 'commission', headers: ['Commission', 'Commission details', 'Est. / actual commission', 'Commission payment'] },
  {
    field: 'estCommission',
    headers: ['Est. commission', 'Est. standard commission payment', 'Est. commission payment', 'Est. standard commission'],
  },
  {
    field: 'actualCommission',
    headers: ['Actual commission', 'Actual commission payment', 'Actual standard commission payment', 'Commission paid'],
  },
  { field: 'status', headers: ['Status', 'Order status', 'Commission status', 'Settlement status'] },
  {
    field: 'createdAt',
    headers: ['Time created', 'Created', 'Created time', 'Create time', 'Order time', 'Order created', 'Order date', 'Date created', 'Time placed'],
  },
];

export const affiliateOrdersAdapter: PageAdapter<'orders', Field> = {
  id: 'affiliate-orders',
  label: 'Affiliate orders',
  pageKinds: ['affiliate-orders'],
  entity: 'orders',
  columns,
  minColumns: 3,
  readRow: readOrderRow,
};

/** Labels of the packed order cell's time line. */
const CREATED_LABELS = new Set(['created', 'time created', 'created time', 'created at', 'order time', 'order created', 'placed', 'placed on']);

function readOrderRow(view: RowView<Field>, ctx: ReadContext): RowResult<OrderRow> {
  const options = ctx.region ? { region: ctx.region } : undefined;
  const orderCell = view.cell('order');
  const orderLines = orderCell ? textLines(orderCell) : [];
  const orderId = orderLines.map((line) => idOfLine(line, 'order') ?? bareId(line)).find((id) => id !== undefined);
  if (orderId === undefined) return { rejected: NO_ORDER_ID };

  // Time created: its own column, else a `Created: …` line of the order cell.
  let createdText = textOf(view, 'createdAt');
  if (createdText === undefined) {
    for (const line of orderLines) {
      const pair = labelled(line);
      if (pair && CREATED_LABELS.has(pair[0]) && !isDash(pair[1])) createdText = pair[1];
    }
  }
  const createdAt = createdText === undefined ? null : parseDateTime(createdText, options);
  if (createdText === undefined || createdAt === null) return { rejected: NO_ORDER_TIME };

  const contentCell = view.cell('content');
  const contentLines = contentCell ? textLines(contentCell).filter((line) => !isDash(line)) : [];
  const typeLine = contentLines.find((line) => orderContentTypeOf(line) !== 'other') ?? contentLines[0] ?? null;
  const row: OrderRow = { orderId, contentType: orderContentTypeOf(typeLine), createdAt, createdText };

  const productCell = readProductCell(view.cell('product'));
  const product = productCell.products[0];
  const productId = idOfText(view.text('productId')) ?? product?.id;
  if (productId !== undefined) row.productId = productId;
  if (product?.name !== undefined) row.productName = product.name;
  const skuId = idOfText(view.text('skuId')) ?? idOfText(productCell.labels.get('sku id') ?? null);
  if (skuId !== undefined) row.skuId = skuId;

  const creatorCell = view.cell('creator');
  const handle = creatorCell
    ? (readHandles(creatorCell).handles[0] ?? parseCreatorCell(creatorCell, { region: ctx.region, bareTextIsHandle: true }).handle)
    : undefined;
  if (handle !== undefined) row.creatorHandle = handle;

  const contentId =
    idOfText(view.text('contentId')) ??
    contentLines.map((line) => idOfLine(line, 'content')).find((id) => id !== undefined) ??
    (contentCell ? videoIdOfLinks(contentCell) : undefined);
  if (contentId !== undefined) row.contentId = contentId;

  const packed = packedCommission(view.cell('commission'), ctx.region);
  setQuantity(row, 'price', cellQuantity(view.cell('price'), ctx.region) ?? quantityOf(productCell.labels.get('price'), ctx.region));
  setQuantity(row, 'paymentAmount', cellQuantity(view.cell('paymentAmount'), ctx.region));
  setQuantity(row, 'quantity', cellQuantity(view.cell('quantity'), ctx.region) ?? quantityOf(productCell.labels.get('quantity') ?? productCell.labels.get('qty'), ctx.region));
  const rate = cellQuantity(view.cell('commissionRate'), ctx.region) ?? packed.rate;
  if (rate?.unit === 'percent') row.commissionRate = rate;
  setQuantity(row, 'estCommission', cellQuantity(view.cell('estCommission'), ctx.region) ?? packed.est);
  setQuantity(row, 'actualCommission', cellQuantity(view.cell('actualCommission'), ctx.region) ?? packed.actual);

  const status = textOf(view, 'status');
  if (status !== undefined) row.status = status;
  return { row };
}

function setQuantity(row: OrderRow, key: 'price' | 'paymentAmount' | 'quantity' | 'estCommission' | 'actualCommission', value: Quantity | null | undefined): void {
  if (value && value.unit !== 'percent') row[key] = value;
}

function bareId(line: string): string | undefined {
  return /^\d{10,25}$/.test(line) ? line : undefined;
}

/** A commission cell packing labelled lines: `Rate: 10%`, `Est.: $1.20`, `Actual: --`. */
function packedCommission(cell: Element | null, region: string | null): { rate?: Quantity; est?: Quantity; actual?: Quantity } {
  const result: { rate?: Quantity; est?: Quantity; actual?: Quantity } = {};
  if (!cell) return result;
  for (const line of textLines(cell)) {
    const pair = labelled(line);
    if (!pair) continue;
    const [label, value] = pair;
    const quantity = quantityOf(value, region);
    if (!quantity) continue;
    if (/^(?:standard )?(?:commission )?rate$/.test(label)) result.rate ??= quantity;
    else if (/^est(?:imated)?(?: standard)?(?: commission)?(?: payment)?$/.test(label)) result.est ??= quantity;
    else if (/^actual(?: standard)?(?: commission)?(?: payment)?$/.test(label)) result.actual ??= quantity;
  }
  return result;
}

/** A `/video/<id>` or `/live/<id>` link's id. */
function videoIdOfLinks(element: Element): string | undefined {
  for (const link of Array.from(element.querySelectorAll('a[href*="/video/"], a[href*="/live/"]'))) {
    const match = /\/(?:video|live)\/(\d{6,25})(?:[/?#]|$)/.exec(link.getAttribute('href') ?? '');
    if (match?.[1]) return match[1];
  }
  return undefined;
}
