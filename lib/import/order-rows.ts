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
import { matchExportColumns, ORDER_COLUMNS, type ColumnIndex, type OrderField } from './header-names';
import { REJECTION, Rejections } from './rejections';
import type { RowMapper } from './row-mapper';

/** `VIDEO` / `LIVE` / `SHOP` (showcase, product card) / anything else. */
export function orderContentType(text: string | null): OrderContentType {
  const word = (text ?? '').trim().toLowerCase().replace(/[^a-z]+/g, ' ').trim();
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
    const spec = ORDER_COLUMNS.find((column) => column.field === field)!;
    return sheetCellQuantity(this.cell(cells, field), spec.value, this.region);
  }

  /** An exact amount; ranges and unknowns are null. */
  private amount(cells: readonly Cell[], field: OrderField, seen: Set<string>): number | null {
    const quantity = this.quantity(cells, field);
    if (quantity?.unit && quantity.unit !== 'percent') seen.add(quantity.unit);
    return quantity?.kind === 'exact' ? quantity.value : null;
  }

  add(cells: readonly Cell[]): void {
    const order = cellId(this.cell(cells, 'orderId'));
    if (!('id' in order)) {
      this.rejections.add(order.problem === 'missing' ? REJECTION.noOrderId : REJECTION.badOrderId, sheetCellText(this.cell(cells, 'orderId')));
      return;
    }

    const units = new Set<string>();
    const currencyText = (this.text(cells, 'currency') ?? '').toUpperCase();
    const row: Omit<ImportedOrderRow, 'createdAt'> = {
      orderId: order.id,
      contentType: orderContentType(this.text(cells, 'contentType') ?? null),
      price: this.amount(cells, 'price', units),
      paymentAmount: this.amount(cells, 'paymentAmount', units),
      quantity: exactOf(this.quantity(cells, 'quantity')),
      commissionRate: exactOf(this.quantity(cells, 'commissionRate')),
      estCommission: this.amount(cells, 'estCommission', units),
      actualCommission: this.amount(cells, 'actualCommission', units),
      estCommissionBase: this.amount(cells, 'estCommissionBase', units),
      actualCommissionBase: this.amount(cells, 'actualCommissionBase', units),
      shopAdsCommissionRate: exactOf(this.quantity(cells, 'shopAdsCommissionRate')),
      estShopAdsCommission: this.amount(cells, 'estShopAdsCommission', units),
      actualShopAdsCommission: this.amount(cells, 'actualShopAdsCommission', units),
      refunded: yesNo(this.cell(cells, 'refunded')),
    };
    const currency = isCurrencyCode(currencyText) ? currencyText : units.size === 1 ? [...units][0] : undefined;
    if (currency) {
      row.currency = currency as CurrencyCode;
      this.fileCurrency ??= currency;
    }
    const optional: Partial<Omit<ImportedOrderRow, 'createdAt'>> = {
      productId: this.optionalId(cells, 'productId'),
      productName: this.text(cells, 'productName'),
      skuId: this.optionalId(cells, 'skuId'),
      creatorHandle: normaliseHandle(this.text(cells, 'creatorHandle')) ?? undefined,
      contentId: this.optionalId(cells, 'contentId'),
      commissionModel: this.text(cells, 'commissionModel'),
      paymentMethod: this.text(cells, 'paymentMethod'),
      status: this.text(cells, 'status'),
      creatorRegion: this.text(cells, 'creatorRegion'),
    };
    for (const [name, value] of Object.entries(optional)) {
      if (value !== undefined) (row as Record<string, unknown>)[name] = value;
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
