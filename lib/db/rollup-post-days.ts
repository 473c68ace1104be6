/**
 * Schema version 10: each creator's latest post day per period in the rollup totals
 * (`RollupTotals.lastPostDays`, kept on write by lib/rollups/apply.ts), filled in from the content
 * rollup records of a database written before it was kept.
 */
import type { Table } from 'dexie';
import { lastPostDayOf } from '../rollups/apply';
import type { RollupRecord, RollupTotals } from '../rollups/fields';

export async function fillLastPostDays(tx: { table(name: string): Table }): Promise<void> {
  const days = new Map<string, Record<number, number>>();
  await tx
    .table('rollups')
    .toCollection()
    .each((record: RollupRecord) => {
      if (record.currency !== '') return;
      const day = lastPostDayOf(record);
      if (day === null) return;
      const periods = days.get(record.creatorKey) ?? {};
      periods[record.period] = day;
      days.set(record.creatorKey, periods);
    });
  await tx
    .table('rollupTotals')
    .toCollection()
    .modify((totals: RollupTotals) => {
      if (totals.currency === '') totals.lastPostDays = days.get(totals.creatorKey) ?? {};
    });
}
