import { unzipSync, strFromU8 } from 'fflate';
import { scorecardExportRows, SCORECARD_COLUMNS } from './scorecard-columns';
import { currencyFormat, scorecardSheetData, scorecardsToXlsx } from './scorecard-xlsx';
import { scorecard, suggestion } from './test-scorecards';

describe('scorecardSheetData', () => {
  it('has the CSV columns as a bold header row', () => {
    const [header] = scorecardSheetData([], 'USD');
    expect(header?.map((c) => (c as { value: string }).value)).toEqual(SCORECARD_COLUMNS.map((c) => c.header));
    expect(header?.every((c) => (c as { fontWeight?: string }).fontWeight === 'bold')).toBe(true);
  });

  it('types numbers, percents, money and dates; unknowns are empty', () => {
    const card = scorecard({ hookRetention: null, displayName: '=1+1', currency: 'GBP' });
    const [, row] = scorecardSheetData(scorecardExportRows([card], [suggestion()]), 'GBP');
    const cell = (name: string) => row?.[SCORECARD_COLUMNS.findIndex((c) => c.header === name)];
    expect(cell('Followers')).toEqual({ type: Number, value: 45_200, format: '#,##0' });
    expect(cell('Conversion rate (%)')).toEqual({ type: Number, value: 0.034, format: '0.00%' });
    expect(cell('GMV')).toEqual({ type: Number, value: 1234.5, format: '"£"#,##0.00' });
    expect(cell('Agreed posts per week')).toEqual({ type: Number, value: 3 });
    expect(cell('Last post date')).toEqual({ type: Date, value: new Date(Date.UTC(2026, 10, 18)), format: 'yyyy-mm-dd' });
    expect(cell('Hook retention (%)')).toBeNull();
    expect(cell('Currency')).toEqual({ type: String, value: 'GBP', format: '@' });
    expect(cell('Suggested tier')).toEqual({ type: String, value: 'Tier 2', format: '@' });
    // A typed text cell is never run as a formula: written as the seller would read it.
    expect(cell('Display name')).toEqual({ type: String, value: '=1+1', format: '@' });
  });

  it('rounds values to the cell’s precision, and formats each row’s money in its own currency', () => {
    const card = scorecard({ commissionToRevenue: 3.51 / 35.1, gmv: 0.1 + 0.2, currency: 'EUR', outputRate: 2 / 3 });
    const [, row] = scorecardSheetData(scorecardExportRows([card], []), 'USD');
    const cell = (name: string) => row?.[SCORECARD_COLUMNS.findIndex((c) => c.header === name)];
    expect(cell('Commission-to-revenue (%)')).toEqual({ type: Number, value: 0.1, format: '0.00%' });
    expect(cell('Output rate (%)')).toMatchObject({ value: 0.6667 });
    expect(cell('GMV')).toEqual({ type: Number, value: 0.3, format: '"€"#,##0.00' });
  });

  it('drops bidi controls and zero-width characters from text cells', () => {
    const card = scorecard({ handle: 'glow\u200Bwithmia', displayName: 'Mia \u202Eneh\u202C C' });
    const [, row] = scorecardSheetData(scorecardExportRows([card], []), 'USD');
    const cell = (name: string) => row?.[SCORECARD_COLUMNS.findIndex((c) => c.header === name)];
    expect(cell('Display name')).toEqual({ type: String, value: 'Mia neh C', format: '@' });
    expect(cell('Handle')).toMatchObject({ value: 'glowwithmia' });
  });

  it('formats money in the shop currency', () => {
    expect(currencyFormat('USD')).toBe('"$"#,##0.00');
    expect(currencyFormat('IDR')).toBe('"Rp"#,##0');
    expect(currencyFormat(null)).toBe('#,##0.00');
  });
});

describe('scorecardsToXlsx', () => {
  it('produces a workbook with the header and values', async () => {
    const blob = scorecardsToXlsx(scorecardExportRows([scorecard()], []), 'USD');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(sheet + strings).toContain('Creator ID');
    expect(sheet).toContain('<v>45200</v>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('Scorecards');
  });
});
