import { costBookOf } from '../costs/cost-book';
import { indexProgram } from '../analytics/program-index';
import { at, creator, piece, sample } from '../analytics/test-helpers';
import { withCosts } from '../analytics/with-costs';
import { budgetCheck, programPhase } from './program-phase';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });
const settings = { buildBudgetMonthlyMin: 8000, buildBudgetMonthlyMax: 15000, buildPhaseDays: 90, coordinatorMonthlyCost: 4000 };

describe('program phase', () => {
  it('counts months from the first capture: 1 seeding, 2 test angles, 3 amplify, 4+ scale', () => {
    const start = at(2026, 8, 1, 9);
    expect(programPhase(start, at(2026, 8, 1, 18))).toMatchObject({ month: 1, days: 0, title: 'Month 1: roster and seeding' });
    expect(programPhase(start, at(2026, 8, 30))).toMatchObject({ month: 1, days: 29 });
    expect(programPhase(start, at(2026, 8, 31))).toMatchObject({ month: 2, title: 'Month 2: test angles' });
    expect(programPhase(start, at(2026, 10, 1))).toMatchObject({ month: 3, title: 'Month 3: amplify and promote' });
    expect(programPhase(start, at(2027, 2, 1))).toMatchObject({ month: 7, title: 'Month 4+: scale' });
    expect(programPhase(null, at(2026, 8, 1))).toBeNull();
  });
});

describe('build budget', () => {
  const asOf = at(2026, 11, 20, 12);
  const data = {
    currency: 'USD' as const,
    creators: [creator('id:a')],
    samples: [
      sample('id:a', 'p1', { shippedAt: at(2026, 11, 1) }),
      sample('id:a', 'p1', { shippedAt: at(2026, 10, 22) }), // the 30 days start 22 Oct
      sample('id:a', 'p1', { shippedAt: at(2026, 10, 21) }), // before them
    ],
    content: [piece('id:a', '2026-11-10', {}, { contentId: 'v1' })],
  };
  const phase = programPhase(at(2026, 10, 1), asOf);

  it('adds the last 30 days of sample cost, Spark Ads and the coordinator against the band', () => {
    const index = withCosts(indexProgram(data), costBookOf({ productCosts: [{ productId: 'p1', cost: usd(1500), updatedAt: 0 }], sparkSpend: [{ contentKey: 'video:v1', spend: usd(2000), updatedAt: 0 }] }));
    expect(budgetCheck(index, asOf, settings, phase)).toEqual({
      sampleCost: 3000,
      sparkAdsSpend: 2000,
      sparkAdsSpendEntered: true,
      coordinator: 4000,
      total: 9000,
      min: 8000,
      max: 15000,
      status: 'within',
      buildPhase: true,
    });
    expect(budgetCheck(index, asOf, { ...settings, buildBudgetMonthlyMax: 8500 }, phase).status).toBe('over');
    expect(budgetCheck(index, asOf, { ...settings, coordinatorMonthlyCost: 0 }, phase).status).toBe('under');
  });

  it('is unknown while a sample’s cost is unknown, and the band applies only in the build phase', () => {
    const index = withCosts(indexProgram(data), costBookOf({}));
    expect(budgetCheck(index, asOf, settings, phase)).toMatchObject({ sampleCost: null, total: null, status: 'unknown' });
    // No Spark Ads spend entered: 0 in the sum, but said to be not entered.
    expect(budgetCheck(index, asOf, settings, phase)).toMatchObject({ sparkAdsSpend: 0, sparkAdsSpendEntered: false });
    expect(budgetCheck(index, asOf, settings, programPhase(at(2026, 1, 1), asOf)).buildPhase).toBe(false);
    // Nothing captured yet: the program's age, and so its phase, is unknown.
    expect(budgetCheck(index, asOf, settings, null).buildPhase).toBeNull();
  });
});
