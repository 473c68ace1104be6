import { loadFixture } from '../adapters/testing';
import { datePeriodText } from '../page-capture/period-text';
import { pageReport } from './page-report';
import { periodDays, periodFromText, periodOfFile } from './period';

describe('periodFromText', () => {
  it.each([
    ['Last 28 days: 02/06/2026 - 03/05/2026', 'US', { from: '2026-02-06', to: '2026-03-05' }],
    ['Last 28 days: 06/02/2026 – 05/03/2026', 'GB', { from: '2026-02-06', to: '2026-03-05' }],
    ['2026-03-01 ~ 2026-03-31', 'DE', { from: '2026-03-01', to: '2026-03-31' }],
    ['Last 90 days | Collaboration type', 'US', { from: '2026-08-23', to: '2026-11-20' }],
    ['Letzte 28 Tage | Alle Inhalte', 'DE', { from: '2026-10-24', to: '2026-11-20' }],
    ['Derniers 7 jours', 'FR', { from: '2026-11-14', to: '2026-11-20' }],
    ['近7天', 'TH', { from: '2026-11-14', to: '2026-11-20' }],
    ['Yesterday', 'US', { from: '2026-11-19', to: '2026-11-19' }],
  ])('%s (%s)', (text, region, expected) => {
    expect(periodFromText(text, '2026-11-20', region)).toEqual(expected);
  });

  it('states no period for anything else: never guessed', () => {
    for (const text of ['All creators', '', 'Collaboration type', '31/02/2026 - 01/03/2026', 'x'.repeat(5000)]) {
      expect(periodFromText(text, '2026-11-20', 'US')).toBeNull();
    }
    expect(periodFromText(undefined, '2026-11-20', 'US')).toBeNull();
  });

  it('counts days with both ends included', () => {
    expect(periodDays({ from: '2026-11-01', to: '2026-11-30' })).toBe(30);
    expect(periodDays({ from: '2026-11-30', to: '2026-11-01' })).toBe(0);
  });
});

describe('periodOfFile', () => {
  it('reads the title lines first, then the file name', () => {
    expect(periodOfFile('x.csv', ['Creator data: 01/03/2026 - 31/03/2026'], 'GB')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(periodOfFile('x.xlsx', ['Creator analysis', 'Date range: 2026-03-01 ~ 2026-03-31'])).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(periodOfFile('Creator_data_20261101-20261130.xlsx', ['Creator data'])).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodOfFile('creators 2026-11-01_2026-11-30.csv', [])).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodOfFile('creators.csv', ['Creator data'])).toBeNull();
    expect(periodOfFile('creators_20261131-20261201.csv', [])).toBeNull();
  });
});

describe('the fixture pages', () => {
  it('Manage creators is the 90 days ending on the day of capture', () => {
    const text = datePeriodText(loadFixture('manage-creators.fixture-a.html'));
    expect(pageReport('manage-creators', text, '2026-11-20', 'US')).toEqual({
      source: 'manage-creators',
      period: { from: '2026-08-23', to: '2026-11-20' },
    });
    // Without a readable filter it still is: the page has no other period.
    expect(pageReport('manage-creators', undefined, '2026-11-20', 'US')?.period.from).toBe('2026-08-23');
  });

  it('Creator analysis is the range its date filter shows, in the shop’s date order', () => {
    const us = datePeriodText(loadFixture('creator-analysis.fixture-a.html'));
    expect(pageReport('creator-analysis', us, '2026-03-06', 'US')?.period).toEqual({ from: '2026-02-06', to: '2026-03-05' });
    const de = datePeriodText(loadFixture('creator-analysis.fixture-b.html'));
    expect(pageReport('creator-analysis', de, '2026-03-06', 'DE')?.period).toEqual({ from: '2026-02-07', to: '2026-03-06' });
    expect(pageReport('creator-analysis', 'All content types', '2026-03-06', 'DE')).toBeNull();
    expect(pageReport('find-creators', us, '2026-03-06', 'US')).toBeNull();
  });
});
