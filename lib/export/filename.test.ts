import { scorecardFileName } from './filename';

describe('scorecardFileName', () => {
  it('names the window end and length', () => {
    expect(scorecardFileName('2026-11-20', 28, 'csv')).toBe('creator-scorecards-2026-11-20-28d.csv');
    expect(scorecardFileName('2026-11-20', 90, 'xlsx')).toBe('creator-scorecards-2026-11-20-90d.xlsx');
    expect(scorecardFileName('', 7, 'csv')).toBe('creator-scorecards-undated-7d.csv');
  });
});
