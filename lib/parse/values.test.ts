import {
  normaliseHandle,
  parseDate,
  parseDateRange,
  parseDateTime,
  parseNumber,
  parseQuantity,
  type ParseOptions,
} from './values';
import type { Quantity, Unit } from './quantity';

const exact = (value: number, unit?: Unit) => (unit ? { kind: 'exact', value, unit } : { kind: 'exact', value });
const range = (min: number | null, max: number | null, unit?: Unit) =>
  unit ? { kind: 'range', min, max, unit } : { kind: 'range', min, max };

/** Compare without `raw` (checked separately), and with `unit` absent rather than undefined. */
function shape(quantity: Quantity | null) {
  if (!quantity) return quantity;
  const { raw: _raw, ...rest } = quantity;
  return rest;
}

describe('parseQuantity: plain and compact numbers', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['7', 7],
    ['42', 42],
    ['007', 7],
    ['1.5', 1.5],
    ['0.5', 0.5],
    ['12.3K', 12_300],
    ['12.3k', 12_300],
    ['1.2M', 1_200_000],
    ['1.2m', 1_200_000],
    ['3B', 3_000_000_000],
    ['3b', 3_000_000_000],
    ['999K', 999_000],
    ['1K', 1000],
    ['12.3 K', 12_300],
    ['1,5K', 1500],
    ['1,5k', 1500],
    ['2,25M', 2_250_000],
    ['0.1K', 100],
    ['1,234', 1234],
    ['12,345', 12_345],
    ['1,234,567', 1_234_567],
    ['12,345.67', 12_345.67],
    ['1.234.567', 1_234_567],
    ['1.234.567,89', 1_234_567.89],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234\u202f567', 1_234_567],
    ['1\u2009234,5', 1234.5],
    ["1'234'567", 1_234_567],
    ['1,5', 1.5],
    ['12,50', 12.5],
    ['0,123', 0.123],
    ['1234,567', 1234.567],
    ['  42  ', 42],
    ['-5', -5],
    ['+5', 5],
    ['\u22125', -5],
    ['-0', 0],
  ])('%s → %d', (text, value) => {
    expect(shape(parseQuantity(text))).toEqual(exact(value));
  });
});

describe('parseQuantity: region decides the lone separator before three digits', () => {
  it.each<[string, string | undefined, number]>([
    ['1,234', undefined, 1234],
    ['1,234', 'US', 1234],
    ['1,234', 'GB', 1234],
    ['1,234', 'MY', 1234],
    ['1,234', 'DE', 1.234],
    ['1,234', 'fr', 1.234],
    ['1.234', undefined, 1.234],
    ['1.234', 'US', 1.234],
    ['1.234', 'DE', 1234],
    ['1.234', 'ES', 1234],
    ['1.234', 'IT', 1234],
    ['1.234', 'ID', 1234],
    ['1.234', 'VN', 1234],
    ['12,5', 'DE', 12.5],
    ['12,5', 'US', 12.5],
    ['1,5K', 'US', 1500],
    ['1,5K', 'DE', 1500],
    ['1.5K', 'DE', 1500],
    ['1 234,56', 'FR', 1234.56],
    ['12,345.67', 'DE', 12_345.67],
    ['1.234.567', 'US', 1_234_567],
    ['1,234,567', 'DE', 1_234_567],
  ])('%s in %s → %d', (text, region, value) => {
    expect(parseNumber(text, { region })).toBe(value);
  });
});

describe('parseQuantity: currencies', () => {
  it.each<[string, number, Unit, ParseOptions?]>([
    ['$1,234.56', 1234.56, 'USD'],
    ['$12.3K', 12_300, 'USD'],
    ['$ 12', 12, 'USD'],
    ['12$', 12, 'USD'],
    ['US$12', 12, 'USD'],
    ['USD 12', 12, 'USD'],
    ['usd12', 12, 'USD'],
    ['12 USD', 12, 'USD'],
    ['$9.19', 9.19, 'USD'],
    ['$0', 0, 'USD'],
    ['£12.50', 12.5, 'GBP'],
    ['£1.2M', 1_200_000, 'GBP'],
    ['12 GBP', 12, 'GBP'],
    ['€12', 12, 'EUR'],
    ['12 €', 12, 'EUR'],
    ['12,50 €', 12.5, 'EUR', { region: 'DE' }],
    ['1.234,50 €', 1234.5, 'EUR', { region: 'DE' }],
    ['12 EUR', 12, 'EUR'],
    ['EUR 12', 12, 'EUR'],
    ['RM 12.3K', 12_300, 'MYR'],
    ['RM12.30', 12.3, 'MYR'],
    ['12.30 RM', 12.3, 'MYR'],
    ['12.3K RM', 12_300, 'MYR'],
    ['MYR 5', 5, 'MYR'],
    ['฿1,234', 1234, 'THB'],
    ['1,234฿', 1234, 'THB'],
    ['THB 99', 99, 'THB'],
    ['Rp 12.345', 12_345, 'IDR'],
    ['Rp12.345', 12_345, 'IDR'],
    ['Rp. 1.234.567', 1_234_567, 'IDR'],
    ['Rp 12,3K', 12_300, 'IDR'],
    ['Rp 1.5M', 1_500_000, 'IDR'],
    ['Rp 12.345,67', 12_345.67, 'IDR'],
    ['IDR 50', 50, 'IDR'],
    ['12.345₫', 12_345, 'VND'],
    ['12.345 ₫', 12_345, 'VND'],
    ['₫12.345', 12_345, 'VND'],
    ['12.345đ', 12_345, 'VND'],
    ['VND 10.000', 10_000, 'VND'],
    ['₱1,234.50', 1234.5, 'PHP'],
    ['PHP 99', 99, 'PHP'],
    ['S$12.30', 12.3, 'SGD'],
    ['S$ 1.2K', 1200, 'SGD'],
    ['SGD 12', 12, 'SGD'],
    ['-$12.30', -12.3, 'USD'],
    ['$-12.30', -12.3, 'USD'],
    ['- $12.30', -12.3, 'USD'],
    ['-RM 5', -5, 'MYR'],
    ['$\u00a01,234', 1234, 'USD'],
  ])('%s → %d %s', (text, value, unit, options) => {
    const quantity = parseQuantity(text, options);
    expect(shape(quantity)).toEqual(exact(value, unit));
    expect(quantity?.raw).toBe(text.trim());
  });
});

describe('parseQuantity: percents are fractions without float noise', () => {
  it.each<[string, number, ParseOptions?]>([
    ['3.4%', 0.034],
    ['5.93%', 0.0593],
    ['0.1%', 0.001],
    ['0.7%', 0.007],
    ['100%', 1],
    ['0%', 0],
    ['65%', 0.65],
    ['12.345%', 0.12345],
    ['3,4%', 0.034, { region: 'DE' }],
    ['3,4%', 0.034],
    ['3.4 %', 0.034],
    ['3.4\uff05', 0.034],
    ['-5%', -0.05],
    ['+5%', 0.05],
    ['150%', 1.5],
    ['1,234%', 12.34],
  ])('%s → %d', (text, value, options) => {
    expect(shape(parseQuantity(text, options))).toEqual(exact(value, 'percent'));
    expect(parseNumber(text, options)).toBe(value);
  });
});

describe('parseQuantity: ranges keep min, max, unit and raw text', () => {
  it.each<[string, number | null, number | null, Unit?]>([
    ['$5K-$25K', 5000, 25_000, 'USD'],
    ['$5K - $25K', 5000, 25_000, 'USD'],
    ['$5K–$25K', 5000, 25_000, 'USD'],
    ['$5K — $25K', 5000, 25_000, 'USD'],
    ['$5K~$25K', 5000, 25_000, 'USD'],
    ['$5K to $25K', 5000, 25_000, 'USD'],
    ['$5K-25K', 5000, 25_000, 'USD'],
    ['$0-$100', 0, 100, 'USD'],
    ['$100-$1K', 100, 1000, 'USD'],
    ['$1K-$10K', 1000, 10_000, 'USD'],
    ['100-1K', 100, 1000],
    ['1K-10K', 1000, 10_000],
    ['10K–100K', 10_000, 100_000],
    ['1,000-5,000', 1000, 5000],
    ['18-24', 18, 24],
    ['10%-15%', 0.1, 0.15, 'percent'],
    ['10-15%', 0.1, 0.15, 'percent'],
    ['10% - 15%', 0.1, 0.15, 'percent'],
    ['RM 1K-RM 5K', 1000, 5000, 'MYR'],
    ['£1K-£5K', 1000, 5000, 'GBP'],
    ['-10%--5%', -0.1, -0.05, 'percent'],
    ['-5-3', -5, 3],
    ['$5K-$5K', 5000, 5000, 'USD'],
    ['$20+', 20, null, 'USD'],
    ['$10K+', 10_000, null, 'USD'],
    ['1K+', 1000, null],
    ['1K +', 1000, null],
    ['10%+', 0.1, null, 'percent'],
    ['>$100', 100, null, 'USD'],
    ['≥ 1K', 1000, null],
    ['<$100', null, 100, 'USD'],
    ['< $100', null, 100, 'USD'],
    ['<5%', null, 0.05, 'percent'],
    ['≤1K', null, 1000],
    ['<=1K', null, 1000],
  ])('%s', (text, min, max, unit) => {
    const quantity = parseQuantity(text);
    expect(shape(quantity)).toEqual(range(min, max, unit));
    expect(quantity?.raw).toBe(text);
    expect(parseNumber(text)).toBeNull();
  });
});

describe('parseQuantity: unknown, garbage and hostile input is null, never 0, never a throw', () => {
  it.each<[unknown]>([
    [null],
    [undefined],
    [''],
    ['   '],
    ['\u00a0'],
    ['-'],
    ['--'],
    ['---'],
    ['—'],
    ['–'],
    ['N/A'],
    ['n/a'],
    ['NA'],
    ['null'],
    ['?'],
    ['abc'],
    ['K'],
    ['$'],
    ['%'],
    ['$-'],
    ['-%'],
    ['+'],
    ['1.2.3'],
    ['1,23,456'],
    ['12,34,5'],
    ['1..5'],
    ['1,,5'],
    ['.5'],
    ['5.'],
    ['1 2'],
    ['12abc'],
    ['12KK'],
    ['12X'],
    ['$12 EUR'],
    ['$5%'],
    ['$5K-€25K'],
    ['$25K-$5K'],
    ['1-2-3'],
    ['2026-03-05'],
    ['03/05/2026'],
    ['Infinity'],
    ['-Infinity'],
    ['NaN'],
    ['1e999'],
    ['1e3'],
    ['0x10'],
    ['=cmd|\' /C calc\'!A0'],
    ['=1+2'],
    ['@SUM(1,2)'],
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['9'.repeat(400)],
    ['1'.repeat(10_000)],
    ['$'.repeat(10_000)],
    ['1,'.repeat(5_000)],
    ['RMB 12'],
    ['12 USDT'],
    [42],
    [{}],
  ])('%j → null', (text) => {
    expect(parseQuantity(text as string)).toBeNull();
    expect(parseNumber(text as string)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each<[string, string | undefined, string]>([
    ['2026-03-05', undefined, '2026-03-05'],
    ['2026-3-5', undefined, '2026-03-05'],
    ['2026-03-05 14:02:11', undefined, '2026-03-05'],
    ['2026-03-05T14:02:11', undefined, '2026-03-05'],
    ['2026-03-05T23:59:59.999Z', undefined, '2026-03-05'],
    ['2026-03-05T00:30:00+08:00', 'US', '2026-03-05'],
    ['2026-03-05 14:02', 'GB', '2026-03-05'],
    ['2026/03/05', undefined, '2026-03-05'],
    ['2026/03/05 14:02:11', 'DE', '2026-03-05'],
    ['2026.03.05', undefined, '2026-03-05'],
    ['03/05/2026', 'US', '2026-03-05'],
    ['03/05/2026', undefined, '2026-03-05'],
    ['03/05/2026', 'us', '2026-03-05'],
    ['03/05/2026', 'GB', '2026-05-03'],
    ['03/05/2026', 'UK', '2026-05-03'],
    ['03/05/2026', 'DE', '2026-05-03'],
    ['03/05/2026', 'MY', '2026-05-03'],
    ['03/05/2026', 'TH', '2026-05-03'],
    ['05/03/2026', 'GB', '2026-03-05'],
    ['5/3/2026', 'GB', '2026-03-05'],
    ['3/5/2026', 'US', '2026-03-05'],
    ['05/03/26', 'GB', '2026-03-05'],
    ['03/05/26', 'US', '2026-03-05'],
    ['03-05-2026', 'US', '2026-03-05'],
    ['05.03.2026', 'DE', '2026-03-05'],
    ['05.03.2026', undefined, '2026-03-05'],
    ['03/05/2026 14:02:11', 'US', '2026-03-05'],
    ['03/05/2026 2:02 PM', 'US', '2026-03-05'],
    ['03/05/2026, 14:02', 'GB', '2026-05-03'],
    ['25/12/2026', 'US', '2026-12-25'],
    ['25/12/2026', undefined, '2026-12-25'],
    ['12/25/2026', 'GB', '2026-12-25'],
    ['29/02/2028', 'GB', '2028-02-29'],
    ['Mar 5, 2026', undefined, '2026-03-05'],
    ['Mar 5 2026', 'GB', '2026-03-05'],
    ['March 5, 2026', undefined, '2026-03-05'],
    ['Sept 5, 2026', undefined, '2026-09-05'],
    ['Sep. 5, 2026', undefined, '2026-09-05'],
    ['mar 5th, 2026', undefined, '2026-03-05'],
    ['Thu, Mar 5, 2026', undefined, '2026-03-05'],
    ['Mar 5, 2026 14:02:11', undefined, '2026-03-05'],
    ['5 Mar 2026', undefined, '2026-03-05'],
    ['05 March 2026', 'GB', '2026-03-05'],
    ['5-Mar-2026', undefined, '2026-03-05'],
    ['5 Mar, 2026', undefined, '2026-03-05'],
    ['  2026-03-05  ', undefined, '2026-03-05'],
  ])('%s (%s) → %s', (text, region, iso) => {
    expect(parseDate(text, { region })).toBe(iso);
  });

  it.each<[unknown, string | undefined]>([
    [null, undefined],
    [undefined, undefined],
    ['', undefined],
    ['--', undefined],
    ['N/A', undefined],
    ['31/02/2026', 'GB'],
    ['31/02/2026', 'US'],
    ['02/31/2026', 'US'],
    ['13/13/2026', undefined],
    ['13/13/2026', 'GB'],
    ['00/05/2026', 'US'],
    ['2026-02-29', undefined],
    ['2026-13-01', undefined],
    ['2026-00-10', undefined],
    ['2026-01-32', undefined],
    ['1900-02-29', undefined],
    ['2026-03', undefined],
    ['03/2026', undefined],
    ['Marble 5, 2026', undefined],
    ['Foo 5, 2026', undefined],
    ['31 Feb 2026', undefined],
    ['2026-03-05abc', undefined],
    ['2026-03-05 25:99:99:99', undefined],
    ['12.3K', undefined],
    ['1772700000', undefined],
    ['<script>2026-03-05</script>', undefined],
    ['2026-03-05'.repeat(1000), undefined],
    [42, undefined],
  ])('%j (%s) → null', (text, region) => {
    expect(parseDate(text as string, { region })).toBeNull();
  });
});

describe('parseDateTime', () => {
  const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => new Date(y, mo - 1, d, h, mi, s, ms).getTime();

  it.each<[string, string | undefined, number]>([
    ['2026/11/18 14:32:05', 'US', local(2026, 11, 18, 14, 32, 5)],
    ['2026-11-18 14:32', undefined, local(2026, 11, 18, 14, 32)],
    ['18/11/2026 14:32', 'GB', local(2026, 11, 18, 14, 32)],
    ['11/18/2026 2:32 PM', 'US', local(2026, 11, 18, 14, 32)],
    ['11/18/2026 12:05 am', 'US', local(2026, 11, 18, 0, 5)],
    ['Nov 18, 2026, 2:32 p.m.', 'US', local(2026, 11, 18, 14, 32)],
    ['18.11.2026 09:05:07,250', 'DE', local(2026, 11, 18, 9, 5, 7, 250)],
    ['Wed, 18 Nov 2026 14:32', 'GB', local(2026, 11, 18, 14, 32)],
    ['2026/11/18', 'US', local(2026, 11, 18)],
  ])('%s (%s): the local wall time', (text, region, expected) => {
    expect(parseDateTime(text, { region })).toBe(expected);
  });

  it('uses the zone the text names', () => {
    expect(parseDateTime('2026-11-18T14:32:05Z')).toBe(Date.UTC(2026, 10, 18, 14, 32, 5));
    expect(parseDateTime('2026-11-18 14:32 UTC+8')).toBe(Date.UTC(2026, 10, 18, 6, 32));
    expect(parseDateTime('2026-11-18 14:32 GMT-05:30')).toBe(Date.UTC(2026, 10, 18, 20, 2));
  });

  it.each([['2026/11/18 24:00'], ['2026/11/18 14:60'], ['2026/11/18 13:00 PM'], ['2026/02/30 10:00'], ['--'], ['yesterday'], ['14:32'], [''], ['2026/11/18 10:00 UTC+15']])(
    '%j → null',
    (text) => {
      expect(parseDateTime(text, { region: 'US' })).toBeNull();
    },
  );
});

describe('parseDateRange', () => {
  it.each<[string, string | undefined, { from: string; to: string } | null]>([
    ['2026/11/01 - 2026/12/31', 'US', { from: '2026-11-01', to: '2026-12-31' }],
    ['2026-11-01 - 2026-12-31', undefined, { from: '2026-11-01', to: '2026-12-31' }],
    ['2026-11-01-2026-12-31', undefined, { from: '2026-11-01', to: '2026-12-31' }],
    ['01/11/2026 – 31/12/2026', 'GB', { from: '2026-11-01', to: '2026-12-31' }],
    ['2026/11/10 00:00:00 ~ 2026/11/30 23:59:59', 'US', { from: '2026-11-10', to: '2026-11-30' }],
    ['Nov 1, 2026 to Dec 31, 2026', 'US', { from: '2026-11-01', to: '2026-12-31' }],
    ['2026/12/31 - 2026/11/01', 'US', null],
    ['2026/11/01', 'US', null],
    ['--', 'US', null],
    ['10%-15%', 'US', null],
  ])('%s (%s)', (text, region, expected) => {
    expect(parseDateRange(text, { region })).toEqual(expected);
  });
});

describe('normaliseHandle', () => {
  it.each<[string, string]>([
    ['@Some.Handle ', 'some.handle'],
    ['some_handle', 'some_handle'],
    ['  @creator123  ', 'creator123'],
    ['CAPS', 'caps'],
    ['a', 'a'],
    ['_a.b_', '_a.b_'],
    ['x'.repeat(24), 'x'.repeat(24)],
    ['x'.repeat(30), 'x'.repeat(30)],
  ])('%j → %s', (text, handle) => {
    expect(normaliseHandle(text)).toBe(handle);
  });

  it.each<[unknown]>([
    [null],
    [undefined],
    [''],
    ['@'],
    ['   '],
    ['--'],
    ['...'],
    ['___'],
    ['two words'],
    ['@@double'],
    ['@ handle'],
    ['dash-handle'],
    ['emoji🙂'],
    ['naïve'],
    ['x'.repeat(31)],
    ['<script>'],
    ['=cmd|\' /C calc\'!A0'],
    ['https://www.tiktok.com/@someone'],
    ['a'.repeat(10_000)],
    [42],
  ])('%j → null', (text) => {
    expect(normaliseHandle(text as string)).toBeNull();
  });
});
