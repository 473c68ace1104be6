import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { indexProgram } from '../../lib/analytics/program-index';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import type { BudgetCheck } from '../../lib/review/program-phase';
import { PhaseBudgetSection } from './PhaseBudgetSection';

const DAY = 86_400_000;
const asOf = Date.UTC(2026, 5, 15, 12);
const view = { index: { ...indexProgram({}), currency: 'USD' }, asOf, settings: { ...DEFAULT_SETTINGS, buildPhaseDays: 120 } } as unknown as ProgramAnalysisView;
const budget = (buildPhase: boolean | null): BudgetCheck => ({ sampleCost: 0, sparkAdsSpend: 0, sparkAdsSpendEntered: false, coordinator: 0, total: 0, min: 8000, max: 15000, status: 'under', buildPhase });

let root: Root;
let container: HTMLDivElement;
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

async function budgetText(firstCapture: number | null, buildPhase: boolean | null): Promise<string> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<PhaseBudgetSection view={view} firstCapture={firstCapture} budget={budget(buildPhase)} />));
  return container.querySelector('[data-testid="budget"]')!.textContent!;
}

describe('PhaseBudgetSection', () => {
  it('in the build phase, compares with the band and says no more', async () => {
    const text = await budgetText(asOf - 10 * DAY, true);
    expect(text).toContain('under the build budget of $8K–$15K a month. Commissions');
  });

  it('past the build phase, says so with the days the settings give', async () => {
    expect(await budgetText(asOf - 200 * DAY, false)).toContain('(the build budget is for the first 120 days; you are past them)');
  });

  it('before any capture, does not claim the program is past its build phase', async () => {
    const text = await budgetText(null, null);
    expect(text).toContain("(a program's first 120 days)");
    expect(text).not.toContain('past');
  });
});
