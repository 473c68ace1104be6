/**
 * Stores the figures a page or export file reported for a stated period (see lib/model/reported.ts),
 * one record per creator, source, period and capture day. Runs inside the capture's (or import's)
 * transaction, after the creators were merged, with the keys they ended up under.
 */
import type { CreatorRow } from '../model/entities';
import { type DayPeriod, type ReportSource, type ReportedFigures, reportedFiguresId } from '../model/reported';
import { isCurrencyCode, type CurrencyCode } from '../parse/quantity';
import { definedMetrics } from './creator-merge';
import type { CreatorDeskTables } from './tables';
import { localDay } from '../calendar/days';

/** Which report a batch of creator rows is: its source and the period it states. */
export interface ReportContext {
  source: ReportSource;
  period: DayPeriod;
}

/** The money unit the row's figures were shown in (the first money figure's), when any. */
function currencyOfRow(row: CreatorRow): CurrencyCode | undefined {
  for (const quantity of Object.values(row.metrics)) {
    if (quantity && isCurrencyCode(quantity.unit)) return quantity.unit;
  }
  return undefined;
}

/** Report records for rows whose creator is known (`keys[i]` is row i's final creator key). */
export function reportedFiguresOf(
  rows: readonly CreatorRow[],
  keys: readonly (string | undefined)[],
  report: ReportContext,
  now: number,
): ReportedFigures[] {
  const capturedDay = localDay(now);
  const byId = new Map<string, ReportedFigures>();
  rows.forEach((row, i) => {
    const creatorKey = keys[i];
    const metrics = definedMetrics(row.metrics);
    if (!creatorKey || Object.keys(metrics).length === 0) return;
    const id = reportedFiguresId(creatorKey, report.source, report.period, capturedDay);
    const earlier = byId.get(id);
    const currency = currencyOfRow(row) ?? earlier?.currency;
    byId.set(id, {
      id,
      creatorKey,
      source: report.source,
      period: { from: report.period.from, to: report.period.to },
      capturedDay,
      capturedAt: now,
      ...(currency ? { currency } : {}),
      metrics: { ...earlier?.metrics, ...metrics },
    });
  });
  return [...byId.values()];
}

/**
 * Writes the records; a record of the same creator, source, period and day is merged into (a table
 * read in scroll batches reports each creator once, but may repeat one: later figures win).
 */
export async function storeReportedFigures(db: Pick<CreatorDeskTables, 'reported'>, records: readonly ReportedFigures[]): Promise<void> {
  if (records.length === 0) return;
  const stored = await db.reported.bulkGet(records.map((r) => r.id));
  const merged = records.map((record, i) => {
    const before = stored[i];
    return before ? { ...record, metrics: { ...before.metrics, ...record.metrics }, currency: record.currency ?? before.currency } : record;
  });
  await db.reported.bulkPut(merged.map((r) => (r.currency === undefined ? withoutCurrency(r) : r)));
}

function withoutCurrency(record: ReportedFigures): ReportedFigures {
  const { currency: _currency, ...rest } = record;
  return rest;
}

/** Points reports of creators whose record moved (handle key → id key) at the new key. */
export async function relinkReportedFigures(db: Pick<CreatorDeskTables, 'reported'>, renames: ReadonlyMap<string, string>): Promise<void> {
  if (renames.size === 0) return;
  const moved = await db.reported.where('creatorKey').anyOf([...renames.keys()]).toArray();
  if (moved.length === 0) return;
  const next = moved.map((r) => {
    const creatorKey = renames.get(r.creatorKey) ?? r.creatorKey;
    return { ...r, creatorKey, id: reportedFiguresId(creatorKey, r.source, r.period, r.capturedDay) };
  });
  await db.reported.bulkDelete(moved.map((r) => r.id));
  await db.reported.bulkPut(next);
}
