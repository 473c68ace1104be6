import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { columnLetters, escapeXml, excelSerialDate, sheetName, xlsxBytes, type XlsxSheetData } from './xlsx-writer';

const parts = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('xlsx writer', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('gives dates as Excel serial days', () => {
    expect(excelSerialDate(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(excelSerialDate(new Date(Date.UTC(2026, 10, 18)))).toBe(46344);
  });

  it('escapes markup and drops what XML cannot carry', () => {
    expect(escapeXml('<b>"Tom" & Jerry</b>')).toBe('&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;');
    expect(escapeXml('a\u0000b\u0007c\uFFFEd')).toBe('abcd');
    // Unpaired surrogates go; a pair (an emoji) stays.
    expect(escapeXml('x\uD83Dy\uDE00z🙂')).toBe('xyz🙂');
    expect(escapeXml('tab\there\nnew line')).toBe('tab\there\nnew line');
  });

  it('makes a sheet name Excel accepts', () => {
    expect(sheetName('a/b:c[d]')).toBe('a b c d');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('///')).toBe('Sheet1');
  });

  it('writes a workbook a reader opens with the same typed values', async () => {
    const data: XlsxSheetData = [
      [
        { type: String, value: 'Name', fontWeight: 'bold', wrap: true },
        { type: String, value: 'GMV', fontWeight: 'bold', wrap: true },
        { type: String, value: 'Last post', fontWeight: 'bold', wrap: true },
      ],
      [{ type: String, value: '=1+1 <script>&', format: '@' }, { type: Number, value: 1234.5, format: '"$"#,##0.00' }, { type: Date, value: new Date(Date.UTC(2026, 10, 18)), format: 'yyyy-mm-dd' }],
      [{ type: String, value: '  Mia ✨ 👩‍💻  ' }, null, null],
      [null, { type: Number, value: Number.NaN }, { type: Number, value: -0.034, format: '0.00%' }],
    ];
    const bytes = xlsxBytes(data, { sheet: 'Scorecards', columns: [{ width: 20 }, { width: 12 }, { width: 11 }], stickyRowsCount: 1 });
    const [sheet] = await readXlsxFile(bytes.buffer as ArrayBuffer);
    const rows = sheet!.data;
    expect(rows[0]).toEqual(['Name', 'GMV', 'Last post']);
    expect(rows[1]).toEqual(['=1+1 <script>&', 1234.5, new Date(Date.UTC(2026, 10, 18))]);
    expect(rows[2]![0]).toBe('Mia ✨ 👩‍💻'); // the reader trims; the file keeps the spaces:
    expect(parts(bytes)['xl/worksheets/sheet1.xml']).toContain('<t xml:space="preserve">  Mia ✨ 👩‍💻  </t>');
    // Unknown (null) and non-finite numbers are empty cells, never 0.
    expect(rows[2]!.slice(1)).toEqual([null, null]);
    expect(rows[3]).toEqual([null, null, -0.034]);
  });

  it('keeps text as text: a string that looks like a formula is never a formula cell', () => {
    const files = parts(xlsxBytes([[{ type: String, value: '=HYPERLINK("http://x")' }]], { sheet: 'S' }));
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('t="inlineStr"');
    expect(sheet).not.toContain('<f>');
  });

  it('freezes the header, sets widths and one style per distinct format', () => {
    const data: XlsxSheetData = [
      [{ type: String, value: 'H', fontWeight: 'bold', wrap: true }],
      ...Array.from({ length: 50 }, () => [{ type: Number, value: 1, format: '#,##0' } as const]),
    ];
    const files = parts(xlsxBytes(data, { sheet: 'S', columns: [{ width: 9 }], stickyRowsCount: 1 }));
    expect(files['xl/worksheets/sheet1.xml']).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(files['xl/worksheets/sheet1.xml']).toContain('<col min="1" max="1" width="9" customWidth="1"/>');
    expect(files['xl/worksheets/sheet1.xml']).toContain('<dimension ref="A1:A51"/>');
    const styles = files['xl/styles.xml']!;
    expect(styles).toContain('<cellXfs count="3">');
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="#,##0"/>');
    expect(files['[Content_Types].xml']).toContain('/xl/worksheets/sheet1.xml');
  });
});
