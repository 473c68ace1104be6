/**
 * Sample requests: one row per request. The product cell packs the name, `ID:`, `SKU:` and `Stock:`
 * lines; the creator appears only as `@handle` text. The status comes from the active tab (To review /
 * Ready to ship / Shipped / In progress / Completed / Canceled), else the row's status tag.
 * Fixtures: sample-requests.fixture-a.html (Affiliate Center US, `<tr>` rows in tab panes, To review),
 * -b.html (Seller Center theme GB, div rows, Shipped tab, other wording and order, no campaign column).
 */
import type { SampleRow } from '../model/entities';
import { parseDateTime } from '../parse/values';
import { cellQuantity } from '../table/cell-text';
import { linkParam } from '../table/link-param';
import {
  checkboxId,
  idOfText,
  quantityOf,
  readHandles,
  readProductCell,
  readStatus,
  textOf,
} from './program-cells';
import { sampleStatusOf } from './statuses';
import type { ColumnSpec, PageAdapter, ReadContext, RowResult, RowView } from './types';

export const NO_SAMPLE_PRODUCT = 'no product id';
export const NO_SAMPLE_CREATOR = 'no creator handle';

type Field =
  | 'product'
  | 'productId'
  | 'creator'
  | 'sku'
  | 'availableSamples'
  | 'status'
  | 'timeLeft'
  | 'postRate'
  | 'showcase'
  | 'campaign'
  | 'requestedAt'
  | 'requestId';

const columns: readonly ColumnSpec<Field>[] = [
  { field: 'product', headers: ['Product', 'Product info', 'Sample product', 'Product name', 'Product details', 'Products'], required: true },
  { field: 'productId', headers: ['Product ID'] },
  { field: 'creator', headers: ['Creator', 'Creator info', 'Creator name', 'Creator username', 'Requested by', 'Requester'], required: true },
  { field: 'sku', headers: ['SKU', 'SKU info', 'Variation', 'Variant'] },
  { field: 'availableSamples', headers: ['Available samples', 'Samples available', 'Sample stock', 'Remaining samples'] },
  { field: 'status', headers: ['Status', 'Request status', 'Sample status'] },
  { field: 'timeLeft', headers: ['Time left', 'Time remaining', 'Remaining time', 'Time to respond', 'Deadline'] },
  { field: 'postRate', headers: ['Creator post rate', 'Post rate', 'Est. post rate', 'Content post rate', 'Fulfillment rate'] },
  { field: 'showcase', headers: ['Showcase', 'In showcase', 'Added to showcase', 'Product in showcase'] },
  { field: 'campaign', headers: ['Campaign', 'Campaign name', 'Linked campaign', 'Promotion'] },
  { field: 'requestedAt', headers: ['Request time', 'Requested', 'Requested at', 'Request date', 'Application time', 'Applied on', 'Time requested'] },
  { field: 'requestId', headers: ['Request ID', 'Sample request ID', 'Application ID'] },
];

export const sampleRequestsAdapter: PageAdapter<'samples', Field> = {
  id: 'sample-requests',
  label: 'Sample requests',
  pageKinds: ['sample-requests'],
  entity: 'samples',
  columns,
  minColumns: 3,
  readRow: readSampleRow,
};

const SHOWCASE_YES = /^(?:yes|added|in showcase|added to showcase|✓|✔)$/i;
const SHOWCASE_NO = /^(?:no|not added|not in showcase|✗|✕)$/i;

function readSampleRow(view: RowView<Field>, ctx: ReadContext): RowResult<SampleRow> {
  const productCell = readProductCell(view.cell('product'));
  const product = productCell.products[0];
  const productId = idOfText(view.text('productId')) ?? product?.id;
  if (productId === undefined) return { rejected: NO_SAMPLE_PRODUCT };
  const creatorHandle = readHandles(view.cell('creator')).handles[0];
  if (creatorHandle === undefined) return { rejected: NO_SAMPLE_CREATOR };

  const status = readStatus(view, 'status', sampleStatusOf);
  const row: SampleRow = { creatorHandle, productId, status: status.status };
  const requestId =
    idOfText(view.text('requestId')) ??
    linkParam(view.element, 'request_id') ??
    linkParam(view.element, 'apply_id') ??
    checkboxId(view.element);
  if (requestId !== undefined) row.requestId = requestId;
  if (product?.name !== undefined) row.productName = product.name;
  const sku = textOf(view, 'sku') ?? productCell.labels.get('sku') ?? productCell.labels.get('sku id') ?? productCell.labels.get('variant');
  if (sku !== undefined && sku !== '' && !/^[-–—]+$/.test(sku)) row.sku = sku;
  const stock = quantityOf(productCell.labels.get('stock') ?? productCell.labels.get('inventory'), ctx.region);
  if (stock && stock.unit === undefined) row.stock = stock;
  const available =
    cellQuantity(view.cell('availableSamples'), ctx.region) ??
    quantityOf(productCell.labels.get('available samples') ?? productCell.labels.get('samples available'), ctx.region);
  if (available && available.unit === undefined) row.availableSamples = available;
  if (status.text !== undefined) row.statusText = status.text;

  const timeLeft = textOf(view, 'timeLeft');
  if (timeLeft !== undefined) row.timeLeft = timeLeft;
  const postRate = cellQuantity(view.cell('postRate'), ctx.region);
  if (postRate?.unit === 'percent') row.postRate = postRate;
  const showcase = textOf(view, 'showcase');
  if (showcase !== undefined && SHOWCASE_YES.test(showcase)) row.inShowcase = true;
  else if (showcase !== undefined && SHOWCASE_NO.test(showcase)) row.inShowcase = false;
  const campaign = textOf(view, 'campaign');
  if (campaign !== undefined) row.campaign = campaign;
  const requestedAt = parseDateTime(view.text('requestedAt'), ctx.region ? { region: ctx.region } : undefined);
  if (requestedAt !== null) row.requestedAt = requestedAt;
  return { row };
}
