import fc from 'fast-check';
import Papa from 'papaparse';
import { stripInvisible } from '../text/invisible';
import { csvText, neutraliseFormula, plainNumber, quoteCsvField } from './csv';

describe('csvText and invisible characters', () => {
  it('drops bidi controls and zero-width characters, then neutralises what they hid', () => {
    expect(csvText('Mia \u202Eneh\u202C C')).toBe('Mia neh C');
    expect(csvText('glow\u200Bwith\u2060mia')).toBe('glowwithmia');
    // A zero-width space in front of a formula must not get it past the neutraliser.
    expect(csvText('\u200B=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvText('👩\u200D💻')).toBe('👩\u200D💻');
  });
});

describe('neutraliseFormula', () => {
  it('prefixes text a spreadsheet would run', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1+1', '＋1', '－1', '＠x', '  =1+1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });
  it('leaves ordinary text alone', () => {
    for (const text of ['Mia Chen', 'glow-with-mia', '1=1', 'Tier 1', "'quoted", '']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });
});

describe('quoteCsvField', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('two\nlines')).toBe('"two\nlines"');
    expect(quoteCsvField('plain')).toBe('plain');
  });
  it('round-trips any text through a CSV parser (after dropping invisible characters and neutralising)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cell = csvText(text);
        const parsed = Papa.parse<string[]>(`${cell},x`, { header: false, delimiter: ',' }).data[0];
        expect(parsed?.[0]).toBe(text === '' ? '' : neutraliseFormula(stripInvisible(text)));
      }),
    );
  });
});

describe('plainNumber', () => {
  it('writes numbers without separators, symbols or exponents', () => {
    expect(plainNumber(1234567.891, 2)).toBe('1234567.89');
    expect(plainNumber(0.034, 6)).toBe('0.034');
    expect(plainNumber(0.1 + 0.2, 6)).toBe('0.3');
    expect(plainNumber(0.0000004, 6)).toBe('0');
    expect(plainNumber(0.000001, 6)).toBe('0.000001');
    expect(plainNumber(-0, 2)).toBe('0');
    expect(plainNumber(1e21, 2)).toBe('1000000000000000000000');
  });
  it('keeps negative numbers as numbers', () => {
    expect(plainNumber(-12.5, 2)).toBe('-12.5');
    expect(plainNumber(-0.004, 2)).toBe('0');
  });
  it('is empty for unknowns, never 0', () => {
    expect(plainNumber(null, 2)).toBe('');
    expect(plainNumber(undefined, 2)).toBe('');
    expect(plainNumber(Number.NaN, 2)).toBe('');
    expect(plainNumber(Number.POSITIVE_INFINITY, 2)).toBe('');
  });
});
