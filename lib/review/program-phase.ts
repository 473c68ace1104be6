/**
 * Program phase and budget (issue 13, playbook §4 and §10). A program takes 3–6 months to compound:
 * month 1 roster and seeding, month 2 test angles and find early converters, month 3 amplify and
 * promote tiers, month 4+ scale — counted from the program's first capture. In the first 90 days a
 * build-stage program spends about $8K–$15K a month (sample cost, a coordinator's time, a small
 * Spark Ads budget; commissions scale with revenue separately): spend of the last 30 days against
 * that band, every number a setting.
 */
import { localDayOfTimestamp } from '../calendar/days';
import { sparkPieceByKey } from '../analytics/spark-pieces';
import { type ProgramIndex } from '../analytics/program-index-model';
import { sparkSpendOf } from '../costs/cost-book';

export interface ProgramPhase {
  /** 1-based month of the program; null before the first capture. */
  month: number;
  /** Days since the first capture. */
  days: number;
  title: string;
  expect: string;
}

const PHASES: { title: string; expect: string }[] = [
  { title: 'Month 1: roster and seeding', expect: 'Recruit the roster and ship samples; expect few posts yet.' },
  { title: 'Month 2: test angles', expect: 'Try hook angles and find the early converters.' },
  { title: 'Month 3: amplify and promote', expect: 'Put Spark Ads behind what converts and promote consistent creators.' },
  { title: 'Month 4+: scale', expect: 'Scale what works; the program compounds over 3–6 months.' },
];

/** When the program's first creator was first captured, or null before any. */
export function firstCaptureOf(index: ProgramIndex): number | null {
  let first: number | null = null;
  for (const e of index.entries) if (e.creator?.firstSeen && (first === null || e.creator.firstSeen < first)) first = e.creator.firstSeen;
  return first;
}

export function programPhase(firstCaptureAt: number | null, asOf: number): ProgramPhase | null {
  if (firstCaptureAt === null || firstCaptureAt > asOf) return null;
  const days = localDayOfTimestamp(asOf) - localDayOfTimestamp(firstCaptureAt);
  const month = Math.floor(days / 30) + 1;
  const phase = PHASES[Math.min(month, 4) - 1]!;
  return { month, days, ...phase };
}

export interface BudgetSettings {
  buildBudgetMonthlyMin: number;
  buildBudgetMonthlyMax: number;
  buildPhaseDays: number;
  /** A coordinator's time per month, in the shop currency; 0 when not counted. */
  coordinatorMonthlyCost: number;
}

export interface BudgetCheck {
  /** Cost of the samples shipped in the last 30 days; null when one's cost is unknown. */
  sampleCost: number | null;
  sparkAdsSpend: number | null;
  /**
   * Whether the seller entered any Spark Ads spend at all (Seller Center does not show it): without
   * any, the spend is not known to be 0, and the Overview says so. Absent in analyses saved before.
   */
  sparkAdsSpendEntered?: boolean;
  /** A coordinator's time per month (0: not counted). */
  coordinator: number;
  total: number | null;
  min: number;
  max: number;
  status: 'under' | 'within' | 'over' | 'unknown';
  /**
   * Still in the build phase (the budget band applies)? Null while the program's start is unknown
   * (nothing captured yet: its age cannot be told).
   */
  buildPhase: boolean | null;
}

/** Spend of the 30 days ending on `asOf`'s day against the monthly build budget. */
export function budgetCheck(index: ProgramIndex, asOf: number, settings: BudgetSettings, phase: ProgramPhase | null): BudgetCheck {
  const to = localDayOfTimestamp(asOf);
  const from = to - 29;
  let sampleCost: number | null = 0;
  for (const entry of index.entries) {
    for (const s of entry.samples) {
      if (s.shipDay === null || s.shipDay < from || s.shipDay > to) continue;
      sampleCost = sampleCost === null || s.cost === null ? null : sampleCost + s.cost;
    }
  }
  let sparkAdsSpend: number | null = 0;
  const book = index.costs;
  if (book) {
    const videos = sparkPieceByKey(index);
    if (!videos && book.sparkSpend.size > 0) sparkAdsSpend = null; // the Spark Ads videos are not read yet
    for (const key of book.sparkSpend.keys()) {
      const video = videos?.get(key);
      if (!video || video.day < from || video.day > to) continue;
      const spend = sparkSpendOf(key, book, index.currency);
      sparkAdsSpend = sparkAdsSpend === null || spend === null ? null : sparkAdsSpend + spend;
    }
  }
  const coordinator = settings.coordinatorMonthlyCost;
  const total = sampleCost === null || sparkAdsSpend === null ? null : sampleCost + sparkAdsSpend + coordinator;
  const min = settings.buildBudgetMonthlyMin;
  const max = settings.buildBudgetMonthlyMax;
  return {
    sampleCost,
    sparkAdsSpend,
    sparkAdsSpendEntered: (book?.sparkSpend.size ?? 0) > 0,
    coordinator,
    total,
    min,
    max,
    status: total === null ? 'unknown' : total < min ? 'under' : total > max ? 'over' : 'within',
    buildPhase: phase === null ? null : phase.days < settings.buildPhaseDays,
  };
}
