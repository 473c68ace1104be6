/**
 * Reading steps shared by the page adapters.
 */
import type { CreatorMetricName, CreatorMetrics, CreatorRow } from '../model/entities';
import { CREATOR_METRICS } from '../model/values';
import type { Quantity } from '../parse/quantity';
import { cellQuantity } from '../table/cell-text';
import { creatorIdFromRow, parseCreatorCell } from '../table/creator-cell';
import type { ReadContext, RowResult, RowView } from './types';

export const NO_CREATOR = 'no creator handle or id';

/** Every field of `view` listed in `metricNames`, read as a quantity; unknown cells are left out. */
export function readMetrics<M extends string>(
  view: RowView,
  metricNames: readonly M[],
  ctx: ReadContext,
): Partial<Record<M, Quantity>> {
  const metrics: Partial<Record<M, Quantity>> = {};
  const names = nameSet(metricNames);
  for (const field of view.fields) {
    if (!names.has(field)) continue;
    const quantity = cellQuantity(view.cell(field), ctx.region);
    if (quantity !== null) metrics[field as M] = quantity;
  }
  return metrics;
}

const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function nameSet(names: readonly string[]): ReadonlySet<string> {
  let set = nameSets.get(names);
  if (!set) {
    set = new Set(names);
    nameSets.set(names, set);
  }
  return set;
}

export interface CreatorRowOptions {
  /** The field holding the packed creator cell. */
  creatorField?: string;
  /** See `CreatorCellOptions.bareTextIsHandle`. */
  bareTextIsHandle?: boolean;
}

/**
 * A creator row from the packed creator cell, the row's id markers and every metric column. A
 * followers column, when the table has one, wins over the followers line of the packed cell.
 */
export function readCreatorRow(view: RowView, ctx: ReadContext, options: CreatorRowOptions = {}): RowResult<CreatorRow> {
  const creatorCell = view.cell(options.creatorField ?? 'creator');
  const packed = creatorCell
    ? parseCreatorCell(creatorCell, { region: ctx.region, bareTextIsHandle: options.bareTextIsHandle ?? false })
    : { categories: [] };
  const creatorId = creatorIdFromRow(view.element);
  if (packed.handle === undefined && creatorId === undefined) return { rejected: NO_CREATOR };

  const metrics: CreatorMetrics = {};
  if (packed.followers) metrics.followers = packed.followers;
  Object.assign(metrics, readMetrics<CreatorMetricName>(view, CREATOR_METRICS, ctx));

  const row: CreatorRow = { metrics };
  if (creatorId !== undefined) row.creatorId = creatorId;
  if (packed.handle !== undefined) row.handle = packed.handle;
  if (packed.displayName !== undefined) row.displayName = packed.displayName;
  if (packed.categories.length > 0) row.categories = packed.categories;
  if (packed.audience) row.audience = packed.audience;
  return { row };
}
