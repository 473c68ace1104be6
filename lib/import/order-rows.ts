/**
 * Affiliate orders export rows → `ImportedOrderRow`: one line per order × SKU, what `storeOrderRows`
 * (`lib/db/store-orders.ts`) takes as an `OrderLineInput`, plus the export columns the stored
 * `AffiliateOrder` has no place for (product name, price, payment method, commission model, Shop Ads
 * commission, creator region).
 *
 * `AffiliateOrder.createdAt` is required, so a line without a readable `Time Created` is rejected.
 * A line listed twice (same order, SKU/product) gives one row: later cells win where they have a value.
 * Times are read once the whole file is, so day/month order is decided by the column.
 */
import { orderLineKey } from '../model/keys';
import { isCurrencyCode, type CurrencyCode, type Quantity } from '../parse/quantity';
import { normaliseHandle } from '../parse/values';
import type { ImportedOrderRow, OrderContentType } from '../model/program';

export type { ImportedOrderRow };
import { cellId, sheetCellQuantity, sheetCellText, cellTime, cellValueText, dateRegion, DayMonthVote, type Cell } from './cells';
import { matchExportColumns, ORDER_COLUMNS, type ColumnIndex, type ColumnValueKind, type OrderField } from './header-names';
import { REJECTION, Rejections } from './rejections';
import type { RowMapper } from './row-mapper';

/** `VIDEO` / `LIVE` / `SHOP` (showcase, product card) / anything else. */
export function orderContentType(text: string | null): OrderContentType {
  // A file has a handful of distinct wordings over its 200,000 lines: each is read once.
  const key = text ?? '';
  let known = contentTypes.get(key);
  if (known === undefined) {
    known = readContentType(key);
    if (contentTypes.size < 256) contentTypes.set(key, known);
  }
  return known;
}

const contentTypes = new Map<string, OrderContentType>();

function readContentType(text: string): OrderContentType {
  const word = text.trim().toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  if (word === '') return 'other';
  if (/^(?:short )?videos?$/.test(word)) return 'video';
  if (/^live(?: streams?| streaming)?$/.test(word)) return 'live';
  if (/^(?:shop|showcase|product card|shop tab|store)$/.test(word)) return 'showcase';
  return 'other';
}

/** `Yes` / `No` (and `Y`, `True`, `1`, `Refunded`, `Returned`…); null when the cell says neither. */
export function yesNo(cell: Cell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  const text = (cellValueText(cell) ?? '').toLowerCase();
  if (/^(?:yes|y|true|1|refunded|returned|fully returned|fully refunded)$/.test(text)) return true;
  if (/^(?:no|n|false|0|not refunded)$/.test(text)) return false;
  return null;
}

interface PendingOrder {
  row: Omit<ImportedOrderRow, 'createdAt'>;
  createdCell: Cell;
  /** The file row it came from (for the list of rejected rows). */
  fileRow: number;
}

export class OrderRowMapper implements RowMapper<ImportedOrderRow> {
  readonly rejections = new Rejections();
  merged = 0;
  private readonly index: ColumnIndex<OrderField>;
  private readonly lines = new Map<string, PendingOrder>();
  private readonly createdVote = new DayMonthVote();
  private fileCurrency: string | undefined;
  /** The currencies the amounts of the row being read name. */
  private readonly units = new Set<string>();

  constructor(
    headers: readonly string[],
    private readonly region?: string,
  ) {
    this.index = matchExportColumns(headers, ORDER_COLUMNS);
  }

  private cell(cells: readonly Cell[], field: OrderField): Cell {
    const position = this.index[field];
    return position === undefined ? null : cells[position];
  }

  private text(cells: readonly Cell[], field: OrderField): string | undefined {
    return cellValueText(this.cell(cells, field)) ?? undefined;
  }

  private optionalId(cells: readonly Cell[], field: OrderField): string | undefined {
    const result = cellId(this.cell(cells, field));
    return 'id' in result ? result.id : undefined;
  }

  private quantity(cells: readonly Cell[], field: OrderField): Quantity | null {
    return sheetCellQuantity(this.cell(cells, field), VALUE_KINDS[field], this.region);
  }

  /** An exact amount; ranges and unknowns are null. Its currency is noted in `units`. */
  private amount(cells: readonly Cell[], field: OrderField): number | null {
    const quantity = this.quantity(cells, field);
    if (quantity?.unit && quantity.unit !== 'percent') this.units.add(quantity.unit);
    return quantity?.kind === 'exact' ? quantity.value : null;
  }

  add(cells: readonly Cell[]): void {
    const order = cellId(this.cell(cells, 'orderId'));
    if (!('id' in order)) {
      this.rejections.add(order.problem === 'missing' ? REJECTION.noOrderId : REJECTION.badOrderId, sheetCellText(this.cell(cells, 'orderId')));
      return;
    }

    const units = this.units;
    units.clear();
    const currencyText = (this.text(cells, 'currency') ?? '').toUpperCase();
    const row: Omit<ImportedOrderRow, 'createdAt'> = {
      orderId: order.id,
      contentType: orderContentType(this.text(cells, 'contentType') ?? null),
      price: this.amount(cells, 'price'),
      paymentAmount: this.amount(cells, 'paymentAmount'),
      quantity: exactOf(this.quantity(cells, 'quantity')),
      commissionRate: exactOf(this.quantity(cells, 'commissionRate')),
      estCommission: this.amount(cells, 'estCommission'),
      actualCommission: this.amount(cells, 'actualCommission'),
      estCommissionBase: this.amount(cells, 'estCommissionBase'),
      actualCommissionBase: this.amount(cells, 'actualCommissionBase'),
      shopAdsCommissionRate: exactOf(this.quantity(cells, 'shopAdsCommissionRate')),
      estShopAdsCommission: this.amount(cells, 'estShopAdsCommission'),
      actualShopAdsCommission: this.amount(cells, 'actualShopAdsCommission'),
      refunded: yesNo(this.cell(cells, 'refunded')),
    };
    const currency = isCurrencyCode(currencyText) ? currencyText : units.size === 1 ? [...units][0] : undefined;
    if (currency) {
      row.currency = currency as CurrencyCode;
      this.fileCurrency ??= currency;
    }
    // Optional fields are set only when the file has a value (no `undefined` properties).
    const productId = this.optionalId(cells, 'productId');
    if (productId !== undefined) row.productId = productId;
    const productName = this.text(cells, 'productName');
    if (productName !== undefined) row.productName = productName;
    const skuId = this.optionalId(cells, 'skuId');
    if (skuId !== undefined) row.skuId = skuId;
    const creatorHandle = normaliseHandle(this.text(cells, 'creatorHandle'));
    if (creatorHandle !== null) row.creatorHandle = creatorHandle;
    const contentId = this.optionalId(cells, 'contentId');
    if (contentId !== undefined) row.contentId = contentId;
    for (const field of OPTIONAL_TEXTS) {
      const value = this.text(cells, field);
      if (value !== undefined) row[field] = value;
    }

    const createdCell = this.cell(cells, 'createdAt');
    this.createdVote.add(createdCell);
    const key = orderLineKey(row);
    const earlier = this.lines.get(key);
    if (earlier) {
      this.merged += 1;
      earlier.row = mergeOrder(earlier.row, row);
      if (cellValueText(createdCell) !== null || createdCell instanceof Date) earlier.createdCell = createdCell;
    } else {
      this.lines.set(key, { row, createdCell, fileRow: this.rejections.row });
    }
  }

  async finish(pause?: () => Promise<void>): Promise<ImportedOrderRow[]> {
    const region = dateRegion(this.createdVote.result(), this.region, this.fileCurrency);
    const rows: ImportedOrderRow[] = [];
    let done = 0;
    for (const { row, createdCell, fileRow } of this.lines.values()) {
      const createdAt = cellTime(createdCell, region);
      if (createdAt === null) {
        this.rejections.row = fileRow;
        this.rejections.add(REJECTION.noOrderTime, sheetCellText(createdCell));
      }
      else rows.push({ ...row, createdAt });
      if (pause && ++done % 500 === 0) await pause();
    }
    this.lines.clear();
    return rows;
  }
}

/** What each column holds (money, count, rate…), by field. */
const VALUE_KINDS = Object.fromEntries(ORDER_COLUMNS.map((column) => [column.field, column.value])) as Record<OrderField, ColumnValueKind>;

const OPTIONAL_TEXTS = ['commissionModel', 'paymentMethod', 'status', 'creatorRegion'] as const satisfies readonly OrderField[];

function exactOf(quantity: Quantity | null): number | null {
  return quantity?.kind === 'exact' ? quantity.value : null;
}

/** Later values win where they are known: a repeated line may carry an updated status. */
function mergeOrder<T extends object>(earlier: T, later: T): T {
  const merged = { ...earlier } as Record<string, unknown>;
  for (const [name, value] of Object.entries(later)) {
    if (value !== null && value !== undefined) merged[name] = value;
  }
  return merged as T;
}
