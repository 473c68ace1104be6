/**
 * Target collaboration: one row per invitation (name, products, invited creators, commission rate,
 * validity). The status comes from the active tab (Ongoing / Expiring / Canceled), else a status column.
 * Fixtures: target-collaboration.fixture-a.html (Affiliate Center US, `<tr>` rows in tab panes, one
 * validity column), -b.html (Seller Center theme GB, div rows, separate start and end columns,
 * other wording and order).
 */
import type { CollaborationRow } from '../model/entities';
import { parseDate, parseDateRange } from '../parse/values';
import { cellQuantity, isDash, textLines } from '../table/cell-text';
import { linkParam } from '../table/link-param';
import {
  checkboxId,
  idOfLine,
  idOfText,
  linkedCreatorIds,
  readHandles,
  readProductCell,
  readStatus,
} from './program-cells';
import { collaborationStatusOf } from './statuses';
import type { ColumnSpec, PageAdapter, ReadContext, RowResult, RowView } from './types';

export const NO_INVITATION = 'no invitation id or name';

type Field =
  | 'invitation'
  | 'invitationId'
  | 'products'
  | 'creators'
  | 'commissionRate'
  | 'validity'
  | 'validFrom'
  | 'validTo'
  | 'status';

const columns: readonly ColumnSpec<Field>[] = [
  {
    field: 'invitation',
    headers: ['Invitation name', 'Invitation', 'Invitation info', 'Collaboration name', 'Target collaboration', 'Target invitation'],
    required: 'invitation',
  },
  { field: 'invitationId', headers: ['Invitation ID', 'Collaboration ID'], required: 'invitation' },
  { field: 'products', headers: ['Products', 'Product', 'Product info', 'Product name', 'Products and commission'] },
  { field: 'creators', headers: ['Creators', 'Creator', 'Invited creators', 'Creator info', 'Creator name'] },
  {
    field: 'commissionRate',
    headers: ['Commission rate', 'Commission', 'Standard commission rate', 'Target commission rate', 'Commission rates'],
  },
  { field: 'validity', headers: ['Validity', 'Validity period', 'Valid period', 'Valid time', 'Collaboration period', 'Time period'] },
  { field: 'validFrom', headers: ['Start time', 'Start date', 'Valid from', 'Starts', 'Effective time', 'Effective date'] },
  { field: 'validTo', headers: ['End time', 'End date', 'Valid until', 'Ends', 'Expiration time', 'Expiration date', 'Expiry date'] },
  { field: 'status', headers: ['Status', 'Invitation status', 'Collaboration status'] },
];

export const targetCollaborationAdapter: PageAdapter<'collaborations', Field> = {
  id: 'target-collaboration',
  label: 'Target collaboration',
  pageKinds: ['target-collaboration'],
  entity: 'collaborations',
  columns,
  minColumns: 3,
  readRow: readInvitationRow,
};

/** Lines of an invitation cell that are not its name. */
const META_LINE = /^(?:created|updated|last updated|id|invitation id)\b/i;

function readInvitationRow(view: RowView<Field>, ctx: ReadContext): RowResult<CollaborationRow> {
  const options = ctx.region ? { region: ctx.region } : undefined;
  const invitationCell = view.cell('invitation');
  const invitationLines = invitationCell ? textLines(invitationCell) : [];
  const invitationId =
    linkParam(view.element, 'invitation_id') ??
    invitationLines.map((line) => idOfLine(line, 'invitation')).find((id) => id !== undefined) ??
    idOfText(view.text('invitationId')) ??
    checkboxId(view.element);
  const name = invitationLines.find((line) => !isDash(line) && !META_LINE.test(line) && idOfLine(line, 'invitation') === undefined);
  if (invitationId === undefined && name === undefined) return { rejected: NO_INVITATION };

  const productCell = readProductCell(view.cell('products'));
  const creatorCell = view.cell('creators');
  const creators = readHandles(creatorCell);
  const row: CollaborationRow = { kind: 'target', products: productCell.products, creatorHandles: creators.handles, status: null };
  if (invitationId !== undefined) row.invitationId = invitationId;
  if (name !== undefined) row.name = name;
  if (productCell.more !== undefined) row.moreProducts = productCell.more;
  const creatorIds = creatorCell ? linkedCreatorIds(creatorCell) : [];
  if (creatorIds.length > 0) row.creatorIds = creatorIds;
  if (creators.more !== undefined) row.moreCreators = creators.more;

  const rate = cellQuantity(view.cell('commissionRate'), ctx.region);
  if (rate?.unit === 'percent') row.commissionRate = rate;

  const validityCell = view.cell('validity');
  const period = validityCell ? validityOf(textLines(validityCell), options) : null;
  const validFrom = period?.from ?? parseDate(view.text('validFrom'), options);
  const validTo = period?.to ?? parseDate(view.text('validTo'), options);
  if (validFrom !== null) row.validFrom = validFrom;
  if (validTo !== null) row.validTo = validTo;

  const status = readStatus(view, 'status', collaborationStatusOf);
  row.status = status.status;
  if (status.text !== undefined) row.statusText = status.text;
  return { row };
}

/** A validity cell: one line with both dates, or the dates on two lines (`2026/11/01 00:00 -` / `2026/12/31 23:59`). */
function validityOf(lines: readonly string[], options: { region: string } | undefined): { from: string; to: string } | null {
  const joined = lines.join(' ');
  const whole = parseDateRange(joined, options);
  if (whole) return whole;
  const [first, second] = lines.filter((line) => !/^[-–—~]$|^to$/i.test(line));
  if (lines.length < 2 || first === undefined || second === undefined) return null;
  const from = parseDate(first.replace(/\s*[-–—~]\s*$/, ''), options);
  const to = parseDate(second.replace(/^\s*[-–—~]\s*/, ''), options);
  return from !== null && to !== null && from <= to ? { from, to } : null;
}
