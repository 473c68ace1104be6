import { rejectedRowsCsv, rejectedRowsFileName } from './rejected-rows-csv';

describe('rejected rows file', () => {
  it('writes row, value and reason, neutralising formulas', () => {
    const csv = rejectedRowsCsv([
      { row: 4, value: 'Sam Sells', reason: 'creator name is not a TikTok username' },
      { row: 9, value: '=HYPERLINK("x")', reason: 'no video ID, "really"' },
    ]);
    expect(csv).toBe(
      '\uFEFFRow,Value,Reason\r\n4,Sam Sells,creator name is not a TikTok username\r\n9,"\'=HYPERLINK(""x"")","no video ID, ""really"""\r\n',
    );
    expect(rejectedRowsFileName('Video data 2026.xlsx')).toBe('Video-data-2026-rejected-rows.csv');
  });
});
