import fc from 'fast-check';
import { parseQuantity } from '../parse/values';
import { cellDay, cellId, cellIds, cellValueText, sheetCellQuantity, cellTime, dateRegion, dayMonthEvidence, DayMonthVote } from './cells';

describe('sheetCellQuantity', () => {
  it('reads money, counts and rates as Seller Center writes them', () => {
    expect(sheetCellQuantity('$9.19', 'money')).toEqual({ kind: 'exact', value: 9.19, unit: 'USD', raw: '$9.19' });
    expect(sheetCellQuantity('£1,234.50', 'money')).toEqual({ kind: 'exact', value: 1234.5, unit: 'GBP', raw: '£1,234.50' });
    expect(sheetCellQuantity('12.3K', 'count')).toEqual({ kind: 'exact', value: 12300, raw: '12.3K' });
    expect(sheetCellQuantity('5.93%', 'rate')).toEqual({ kind: 'exact', value: 0.0593, unit: 'percent', raw: '5.93%' });
    expect(sheetCellQuantity('$5K-$25K', 'money')).toEqual({ kind: 'range', min: 5000, max: 25000, unit: 'USD', raw: '$5K-$25K' });
    expect(sheetCellQuantity('10%-15%', 'rate')).toMatchObject({ kind: 'range', min: 0.1, max: 0.15, unit: 'percent' });
  });

  it('gives null for unknowns, never 0', () => {
    for (const cell of ['--', '-', '', '  ', 'N/A', null, undefined, true]) expect(sheetCellQuantity(cell, 'count')).toBeNull();
    expect(sheetCellQuantity('0', 'count')).toEqual({ kind: 'exact', value: 0, raw: '0' });
  });

  it('takes .xlsx numbers as they are, and a bare number in a rate column as a fraction only when ≤ 1', () => {
    expect(sheetCellQuantity(1234.5, 'money')).toEqual({ kind: 'exact', value: 1234.5, raw: '1234.5' });
    expect(sheetCellQuantity('0.0593', 'rate')).toMatchObject({ kind: 'exact', value: 0.0593 });
    expect(sheetCellQuantity(0.0593, 'rate')).toMatchObject({ kind: 'exact', value: 0.0593 });
    expect(sheetCellQuantity('5.93', 'rate')).toBeNull(); // 5.93 % or 593 %? Unknown, not guessed.
    expect(sheetCellQuantity(12, 'rate')).toBeNull();
  });

  it('refuses a value of the wrong kind, so a shifted column never passes for the right one', () => {
    expect(sheetCellQuantity('5%', 'money')).toBeNull();
    expect(sheetCellQuantity('$5', 'count')).toBeNull();
    expect(sheetCellQuantity('$5', 'rate')).toBeNull();
    expect(sheetCellQuantity('=HYPERLINK("http://x","y")', 'money')).toBeNull();
  });

  it('follows the region for decimal commas', () => {
    expect(sheetCellQuantity('1.234,50 €', 'money', 'DE')).toMatchObject({ value: 1234.5, unit: 'EUR' });
  });
});

describe('cellId', () => {
  it('keeps every digit of long ids written as text', () => {
    expect(cellId('7300000000000000001')).toEqual({ id: '7300000000000000001' });
    expect(cellId(" '7300000000000000001")).toEqual({ id: '7300000000000000001' });
    expect(cellId('="7300000000000000001"')).toEqual({ id: '7300000000000000001' });
    expect(cellId(12345)).toEqual({ id: '12345' });
  });

  it('refuses ids a spreadsheet rounded, formulas and words', () => {
    expect(cellId('7.30000000000001E+18')).toEqual({ problem: 'not-an-id' });
    expect(cellId(7.3e18)).toEqual({ problem: 'not-an-id' });
    expect(cellId('=HYPERLINK("http://x","y")')).toEqual({ problem: 'not-an-id' });
    expect(cellId('@SUM(A1)')).toEqual({ problem: 'not-an-id' });
    expect(cellId('--')).toEqual({ problem: 'missing' });
    expect(cellId(null)).toEqual({ problem: 'missing' });
  });

  it('splits cells holding several ids', () => {
    expect(cellIds('1729000000000000001, 1729000000000000002;1729000000000000001')).toEqual(['1729000000000000001', '1729000000000000002']);
    expect(cellIds('--')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads UK and US day/month order by region', () => {
    expect(cellDay('03/05/2026', 'GB')).toBe('2026-05-03');
    expect(cellDay('03/05/2026', 'US')).toBe('2026-03-05');
    expect(cellDay('03/05/2026', undefined)).toBe('2026-03-05');
    expect(cellDay('2026-03-05 10:00:00', 'GB')).toBe('2026-03-05');
  });

  it('lets the column decide: a day above 12 anywhere settles the order for every row', () => {
    expect(dayMonthEvidence('25/03/2026')).toBe('day-first');
    expect(dayMonthEvidence('03/25/2026 10:00')).toBe('month-first');
    expect(dayMonthEvidence('03/05/2026')).toBeNull();
    const vote = new DayMonthVote();
    for (const cell of ['03/05/2026', '25/03/2026', '01/04/2026']) vote.add(cell);
    expect(vote.result()).toBe('day-first');
    expect(cellDay('03/05/2026', dateRegion(vote.result(), 'US'))).toBe('2026-05-03');
    vote.add('03/25/2026'); // contradictory column: no evidence at all
    expect(vote.result()).toBeNull();
  });

  it('falls back from evidence to region to the currency of the file', () => {
    expect(dateRegion(null, 'DE', 'USD')).toBe('DE');
    expect(dateRegion(null, undefined, 'GBP')).toBe('GB');
    expect(dateRegion(null, undefined, 'USD')).toBeUndefined();
  });

  it('reads Excel serial numbers and date cells', () => {
    expect(cellDay(46086, undefined)).toBe('2026-03-05');
    expect(cellDay('46086', undefined)).toBe('2026-03-05');
    expect(cellDay('46086.75', undefined)).toBe('2026-03-05');
    expect(cellDay(new Date(Date.UTC(2026, 2, 7)), undefined)).toBe('2026-03-07');
    expect(cellDay(12, undefined)).toBeNull(); // a count, not a day in 1900
  });

  it('reads times of day as local wall-clock time', () => {
    expect(cellTime('25/03/2026 14:05:09', 'GB')).toBe(new Date(2026, 2, 25, 14, 5, 9).getTime());
    expect(cellTime('03/25/2026 2:05 PM', 'US')).toBe(new Date(2026, 2, 25, 14, 5, 0).getTime());
    expect(cellTime('2026-03-25T00:30:00', undefined)).toBe(new Date(2026, 2, 25, 0, 30, 0).getTime());
    expect(cellTime(46086.75, undefined)).toBe(new Date(2026, 2, 5, 18, 0, 0).getTime());
    // Serial fractions carry float noise; the time is rounded to the second.
    expect(cellTime(new Date(Date.UTC(2026, 2, 7, 8, 0, 0) - 1), undefined)).toBe(new Date(2026, 2, 7, 8, 0, 0).getTime());
    expect(cellTime('--', 'GB')).toBeNull();
    expect(cellTime('soon', 'GB')).toBeNull();
  });
});

describe('sheetCellQuantity on the common shapes', () => {
  it('gives exactly what parseQuantity gives', () => {
    const texts = fc.oneof(
      fc.tuple(fc.constantFrom('', '$', '£', '€'), fc.nat({ max: 10_000_000 }), fc.nat({ max: 999 }), fc.constantFrom('', '%'), fc.boolean())
        .map(([symbol, whole, cents, percent, grouped]) =>
          `${symbol}${grouped ? whole.toLocaleString('en-US') : whole}${cents % 3 === 0 ? '' : `.${String(cents).padStart(cents % 2 ? 2 : 3, '0')}`}${percent}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(texts, fc.constantFrom(undefined, 'US', 'GB', 'DE'), (text, region) => {
        const read = sheetCellQuantity(text, 'money', region);
        if (read) expect(read).toEqual(parseQuantity(text, region ? { region } : undefined));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['12', '0.0593', '$1,234.50', '£9.19', '€0.5', '5.93%', '1,000,000']) {
      const read = sheetCellQuantity(text, text.endsWith('%') ? 'rate' : 'money');
      expect(read).not.toBeNull();
      expect(read).toEqual(parseQuantity(text));
    }
    expect(sheetCellQuantity('1,234.50', 'money', 'DE')).toEqual(parseQuantity('1,234.50', { region: 'DE' }));
    expect(sheetCellQuantity('$12,34', 'money')).toEqual(parseQuantity('$12,34'));
  });
});

describe('cellValueText', () => {
  it('gives null for every placeholder, whatever its case or dash', () => {
    for (const cell of ['', ' ', '-', '--', '—', '——', '–', 'N/A', 'n/a', 'NA', 'na', 'null', 'NULL', 'None', 'none']) expect(cellValueText(cell)).toBeNull();
  });

  it('keeps values that only start like a placeholder', () => {
    for (const text of ['-5', '--x', 'nate', 'Nancy', 'n/ab', 'nones', '—5', '12', '$3.50', 'Completed']) expect(cellValueText(text)).toBe(text);
    expect(cellValueText('  nate  ')).toBe('nate');
  });
});

describe('cellId as written', () => {
  it('takes plain digits as they are and refuses more than 30', () => {
    expect(cellId('576000000000000001')).toEqual({ id: '576000000000000001' });
    expect(cellId(' 576000000000000001 ')).toEqual({ id: '576000000000000001' });
    expect(cellId('1'.repeat(30))).toEqual({ id: '1'.repeat(30) });
    expect(cellId('1'.repeat(31))).toEqual({ problem: 'not-an-id' });
    expect(cellId('576000000000000001.0')).toEqual({ id: '576000000000000001' });
    expect(cellId('57600000000000000l')).toEqual({ problem: 'not-an-id' });
  });
});
