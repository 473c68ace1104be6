/**
 * Shop eligibility figures (`eligibility` table: one record per subject — the shop or a product — and
 * day) and their settings (`settings` record `eligibility`). Reports come from the account health and
 * product rating pages, an import file, or the panel; a report adds to that day's record (a figure it
 * does not give is left as it was), so the history keeps one record per day. Every report is checked
 * against the record schema before anything is written: an invalid one stores nothing and says why.
 */
import { localDay } from '../calendar/days';
import {
  DEFAULT_ELIGIBILITY_SETTINGS,
  EligibilityRecordSchema,
  EligibilitySettingsSchema,
  SHOP_SUBJECT,
  eligibilityRecordId,
  productSubject,
  type EligibilityRecord,
  type EligibilityRow,
  type EligibilitySettings,
  type EligibilitySource,
} from '../model/eligibility';
import type { CreatorDeskDb } from './database';
import { emptyStoreResult, type StoreResult } from './store-result';
import { structurallyEqual } from './structural';

export const ELIGIBILITY_SETTINGS_RECORD_ID = 'eligibility';

export type EligibilityDb = Pick<CreatorDeskDb, 'eligibility' | 'transaction'>;

/** What one report says about one subject on one day: any of the record's figures. */
export type EligibilityReport = Omit<EligibilityRecord, 'id' | 'subject' | 'sources' | 'updatedAt'> & { subject?: string };

/** Whatever is stored → valid settings (anything invalid takes its default). */
export function eligibilitySettingsFromRecord(record: unknown): EligibilitySettings {
  const values = record !== null && typeof record === 'object' ? (record as { values?: unknown }).values : undefined;
  if (values === null || typeof values !== 'object') return DEFAULT_ELIGIBILITY_SETTINGS;
  const merged = { ...DEFAULT_ELIGIBILITY_SETTINGS };
  for (const key of Object.keys(DEFAULT_ELIGIBILITY_SETTINGS) as (keyof EligibilitySettings)[]) {
    const field = EligibilitySettingsSchema.shape[key].safeParse((values as Record<string, unknown>)[key]);
    if (field.success) (merged as Record<string, unknown>)[key] = field.data;
  }
  return merged;
}

export type SaveEligibilitySettingsResult = { ok: true; settings: EligibilitySettings } | { ok: false; errors: Record<string, string> };

/** Stores the settings when every field is valid; otherwise nothing, with a message per field path. */
export async function saveEligibilitySettings(
  db: Pick<CreatorDeskDb, 'settings'>,
  settings: EligibilitySettings,
  at: number = Date.now(),
): Promise<SaveEligibilitySettingsResult> {
  const parsed = EligibilitySettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
    return { ok: false, errors };
  }
  await db.settings.put({ id: ELIGIBILITY_SETTINGS_RECORD_ID, values: parsed.data, updatedAt: at });
  return { ok: true, settings: parsed.data };
}

function subjectOf(report: EligibilityReport): string {
  return report.subject ?? (report.productId ? productSubject(report.productId) : SHOP_SUBJECT);
}

function union<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/** `existing` with what `report` adds: its figures win, violation days and sources add up. */
function mergeReport(existing: EligibilityRecord | undefined, report: EligibilityReport, source: EligibilitySource, at: number): EligibilityRecord {
  const subject = subjectOf(report);
  const { subject: _subject, ...figures } = report;
  const defined = Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== undefined));
  const next: EligibilityRecord = {
    ...existing,
    ...defined,
    id: eligibilityRecordId(subject, report.day),
    subject,
    day: report.day,
    sources: union(existing?.sources, [source]),
    updatedAt: at,
  };
  const counterfeitDays = union(existing?.counterfeitDays, report.counterfeitDays).sort();
  if (counterfeitDays.length > 0) next.counterfeitDays = counterfeitDays;
  if (existing?.counterfeitChecked || report.counterfeitChecked) next.counterfeitChecked = true;
  return next;
}

export type EligibilityWriteResult = { ok: true; result: StoreResult } | { ok: false; error: string };

/**
 * Adds reports (from one source) to their day's records, all or nothing: every merged record must
 * pass the schema, else nothing is written and the first problem is named.
 */
export async function storeEligibilityReports(
  db: EligibilityDb,
  reports: readonly EligibilityReport[],
  source: EligibilitySource,
  at: number = Date.now(),
): Promise<EligibilityWriteResult> {
  return db.transaction('rw', db.eligibility, async () => {
    const result = emptyStoreResult();
    const ids = [...new Set(reports.map((report) => eligibilityRecordId(subjectOf(report), report.day)))];
    const stored = await db.eligibility.bulkGet(ids);
    const work = new Map<string, EligibilityRecord>();
    stored.forEach((record, i) => {
      if (record) work.set(ids[i]!, record);
    });
    const original = new Map(work);
    for (const [index, report] of reports.entries()) {
      const id = eligibilityRecordId(subjectOf(report), report.day);
      const merged = mergeReport(work.get(id), report, source, at);
      const checked = EligibilityRecordSchema.safeParse(merged);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        return { ok: false as const, error: `Entry ${index + 1}: ${where}${issue?.message ?? 'not valid'}. Nothing was saved.` };
      }
      work.set(id, checked.data);
    }
    const changed: EligibilityRecord[] = [];
    for (const [id, record] of work) {
      const before = original.get(id);
      if (!before) result.created += 1;
      else if (structurallyEqual({ ...before, updatedAt: 0 }, { ...record, updatedAt: 0 })) {
        result.unchanged += 1;
        continue;
      } else result.updated += 1;
      changed.push(record);
    }
    if (changed.length > 0) await db.eligibility.bulkPut(changed);
    return { ok: true as const, result };
  });
}

/** A page row → the report it makes for today. A violation row also says the violation list was read. */
export function reportOfRow(row: EligibilityRow, day: string): EligibilityReport {
  switch (row.kind) {
    case 'store-rating':
      return { day, storeRating: row.storeRating };
    case 'violation':
      return { day, counterfeitChecked: true, ...(row.counterfeit && row.day <= day ? { counterfeitDays: [row.day] } : {}) };
    case 'product': {
      const { kind: _kind, ...figures } = row;
      return { day, ...figures };
    }
  }
}

/** Rows captured from the account health or product rating page, stored for the capture's day. */
export async function storeEligibilityRows(
  db: EligibilityDb,
  rows: readonly EligibilityRow[],
  ctx: { source: EligibilitySource; now: number },
): Promise<StoreResult> {
  const day = localDay(ctx.now);
  const written = await storeEligibilityReports(db, rows.map((row) => reportOfRow(row, day)), ctx.source, ctx.now);
  if (written.ok) return written.result;
  // Rows passed their schema already; a record that still fails is a bug, not the page's fault.
  throw new Error(written.error);
}
