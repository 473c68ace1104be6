/**
 * The Overview's first sections as a saved analysis keeps them: "This week" (ranked, with the
 * outreach log as it was when saved), which pages would sharpen it, the open → target suggestions
 * and the program's phase and budget. Saved beside the rest of the Overview, an opening with a saved
 * analysis shows them at once, in their place, rather than ~1,000 px of them appearing above the
 * velocity section when the fresh analysis arrives.
 *
 * A few kilobytes: "This week" holds at most `thisWeekSize` creators, the rest are counts.
 */
import type { ProgramAnalysisView } from '../analytics/program-analyser';
import type { ContactChannel } from '../model/values';
import { budgetCheck, firstCaptureOf, programPhase, type BudgetCheck } from '../review/program-phase';
import { sharpeners, type Sharpener } from '../review/sharpen';
import type { TargetSuggestion } from '../review/open-to-target';
import type { ThisWeekItem } from '../review/this-week';
import { thisWeekOf, weeklyChase } from '../review/weekly-review';
import { isCount, isObject } from './shape-checks';

export interface WeeklySummary {
  week: { items: ThisWeekItem[]; total: number };
  /** The contact channel of each creator "This week" offers a reminder for (the reminder's format). */
  channels: Record<string, ContactChannel>;
  sharpeners: Sharpener[];
  targets: TargetSuggestion[];
  /** When the first creator was captured (the phase is counted from it), or null. */
  firstCapture: number | null;
  budget: BudgetCheck;
}

/** The last summary of each view: the Overview renders it, then the saved analysis keeps the same one. */
const summaries = new WeakMap<ProgramAnalysisView, { lastContacted: ReadonlyMap<string, number>; summary: WeeklySummary }>();

/** The same last contacts (the Overview and the saved analysis each read the outreach log: two maps). */
function sameContacts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, at] of a) if (b.get(key) !== at) return false;
  return true;
}

/** What `view`'s Overview shows first, with the outreach log's last contacts as given. */
export function weeklySummaryOf(view: ProgramAnalysisView, lastContacted: ReadonlyMap<string, number>): WeeklySummary {
  const last = summaries.get(view);
  if (last && sameContacts(last.lastContacted, lastContacted)) return last.summary;
  const base = weeklyChase(view);
  const week = thisWeekOf(view, base, lastContacted);
  const channels: Record<string, ContactChannel> = {};
  for (const item of week.items) {
    const channel = view.index.byKey.get(item.creatorKey)?.program?.contact?.channel;
    if (channel && item.reasons.some((reason) => reason.action.kind === 'remind')) channels[item.creatorKey] = channel;
  }
  const firstCapture = firstCaptureOf(view.index);
  const summary: WeeklySummary = {
    week,
    channels,
    sharpeners: sharpeners(view.index),
    targets: base.targets,
    firstCapture,
    budget: budgetCheck(view.index, view.asOf, view.settings, programPhase(firstCapture, view.asOf)),
  };
  summaries.set(view, { lastContacted, summary });
  return summary;
}

/** The creators a weekly summary names (their names are saved with it). */
export function weeklyCreatorKeys(weekly: WeeklySummary): string[] {
  return [...weekly.week.items.map((item) => item.creatorKey), ...weekly.targets.map((target) => target.creatorKey)];
}

const isAmount = (value: unknown): value is number | null => value === null || typeof value === 'number';

/** True for a weekly summary of the shape this build writes (a saved record is checked before use). */
export function isWeeklySummary(value: unknown): value is WeeklySummary {
  if (!isObject(value)) return false;
  const { week, channels, sharpeners: pages, targets, firstCapture, budget } = value;
  return (
    isObject(week) &&
    isCount(week.total) &&
    Array.isArray(week.items) &&
    week.items.every(
      (item) =>
        isObject(item) &&
        typeof item.creatorKey === 'string' &&
        (item.daysSinceContact === null || isCount(item.daysSinceContact)) &&
        Array.isArray(item.reasons) &&
        item.reasons.length > 0 &&
        item.reasons.every((reason) => isObject(reason) && typeof reason.text === 'string' && isObject(reason.action) && (reason.action.kind !== 'remind' || isObject(reason.action.sample))),
    ) &&
    isObject(channels) &&
    Array.isArray(pages) &&
    pages.every((page) => isObject(page) && typeof page.page === 'string' && typeof page.why === 'string') &&
    Array.isArray(targets) &&
    targets.every((target) => isObject(target) && typeof target.creatorKey === 'string' && typeof target.reason === 'string' && typeof target.suggestedRate === 'number') &&
    isAmount(firstCapture) &&
    isObject(budget) &&
    isAmount(budget.sampleCost) &&
    isAmount(budget.sparkAdsSpend) &&
    (budget.sparkAdsSpendEntered === undefined || typeof budget.sparkAdsSpendEntered === 'boolean') &&
    isAmount(budget.total) &&
    typeof budget.status === 'string'
  );
}
