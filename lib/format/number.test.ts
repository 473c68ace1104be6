import fc from 'fast-check';
import type { Quantity } from '../parse/quantity';
import {
  IN_BRIEFS,
  IN_SENTENCES,
  UNKNOWN_LABEL,
  UNKNOWN_TEXT,
  formatPercentBeside,
  countNoun,
  formatCount,
  formatCountText,
  formatInteger,
  formatMoneyText,
  formatPercentText,
  formatQuantity,
} from './number';

const exact = (value: number, unit?: Quantity['unit']): Quantity => ({ kind: 'exact', value, unit, raw: String(value) });
const range = (min: number | null, max: number | null, unit?: Quantity['unit']): Quantity => ({
  kind: 'range',
  min,
  max,
  unit,
  raw: '',
});

describe('counts', () => {
  it('shows small counts in full and large ones compact', () => {
    expect(formatCountText(0)).toBe('0');
    expect(formatCountText(1489)).toBe('1,489');
    expect(formatCountText(12_300)).toBe('12.3K');
    expect(formatCountText(1_200_000)).toBe('1.2M');
    expect(formatCountText(3_000_000_000)).toBe('3B');
  });
  it('keeps one decimal for fractional small counts', () => {
    expect(formatCountText(2.55)).toBe('2.6');
  });
  it('is unknown for null, undefined and NaN, never 0', () => {
    for (const n of [null, undefined, Number.NaN]) {
      expect(formatCount(n)).toEqual({ text: UNKNOWN_TEXT, label: UNKNOWN_LABEL, unknown: true });
    }
    expect(formatCount(0)).toEqual({ text: '0', unknown: false });
  });
  it('formats exact integers and nouns', () => {
    expect(formatInteger(1_234_567)).toBe('1,234,567');
    expect(countNoun(1, 'row')).toBe('1 row');
    expect(countNoun(1234, 'row')).toBe('1,234 rows');
    expect(countNoun(0, 'creator')).toBe('0 creators');
  });
});

describe('money', () => {
  it('shows cents below 1,000 and compact amounts from there, with the currency symbol', () => {
    expect(formatMoneyText(612.4, 'USD')).toBe('$612.40');
    expect(formatMoneyText(9.19, 'USD')).toBe('$9.19');
    expect(formatMoneyText(20, 'USD')).toBe('$20.00');
    expect(formatMoneyText(0, 'USD')).toBe('$0.00');
    expect(formatMoneyText(-8.5, 'USD')).toBe('-$8.50');
    expect(formatMoneyText(999.99, 'USD')).toBe('$999.99');
    expect(formatMoneyText(999.996, 'USD')).toBe('$1K'); // written as $1,000.00: compact
    expect(formatMoneyText(1234.56, 'USD')).toBe('$1.2K');
    expect(formatMoneyText(4520.18, 'USD')).toBe('$4.5K');
    expect(formatMoneyText(-4520.18, 'USD')).toBe('-$4.5K');
    expect(formatMoneyText(12_300, 'USD')).toBe('$12.3K');
    expect(formatMoneyText(88_100, 'USD')).toBe('$88.1K');
    expect(formatMoneyText(1_234_567, 'USD')).toBe('$1.2M');
    expect(formatMoneyText(1234, 'GBP')).toBe('£1.2K');
    expect(formatMoneyText(612.4, 'EUR')).toBe('€612.40');
  });
  it('full amounts when asked: settings examples, sentences, texts for creators', () => {
    expect(formatMoneyText(1234.5, 'USD', { compact: false })).toBe('$1,234.50');
    expect(formatMoneyText(65, 'USD', IN_SENTENCES)).toBe('$65.00');
    expect(formatMoneyText(1234.56, 'MYR', IN_SENTENCES)).toBe('MYR\u00a01,234.56');
    expect(formatMoneyText(1234.56, 'USD', IN_BRIEFS)).toBe('$1,235');
    expect(formatMoneyText(20, 'USD', IN_BRIEFS)).toBe('$20');
    expect(formatMoneyText(9.19, 'USD', IN_BRIEFS)).toBe('$9.19');
    expect(formatMoneyText(5000, 'USD', { compact: true })).toBe('$5K');
  });
  it('in the seller’s locale', () => {
    expect(formatMoneyText(612.4, 'EUR', { locale: 'de-DE' })).toBe('612,40\u00a0€');
    expect(formatMoneyText(88_100, 'EUR', { locale: 'fr-FR' })).toBe('88,1\u00a0k\u00a0€');
    expect(formatMoneyText(612.4, 'GBP', { locale: 'en-GB' })).toBe('£612.40');
    expect(formatMoneyText(1_234_567, 'EUR', { locale: 'de-DE' })).toBe('1,2\u00a0Mio.\u00a0€');
  });
  it('whole units where the locale has no short form for the size, never a tenth of a euro', () => {
    expect(formatMoneyText(4520.18, 'EUR', { locale: 'de-DE' })).toBe('4.520\u00a0€');
    expect(formatMoneyText(12_345.6, 'EUR', { locale: 'de-DE' })).toBe('12.346\u00a0€');
    expect(formatMoneyText(4520.18, 'JPY', { locale: 'ja-JP' })).toBe('￥4,520');
    expect(formatMoneyText(612.4, 'JPY', { locale: 'ja-JP' })).toBe('￥612');
  });
  it('shows local symbols for Southeast Asian currencies', () => {
    expect(formatMoneyText(12_345, 'MYR')).toMatch(/^RM\s?12\.3K$/);
    expect(formatMoneyText(612.4, 'MYR')).toMatch(/^RM\s?612\.40$/);
    expect(formatMoneyText(12_345_678, 'IDR')).toMatch(/^Rp\s?12\.3M$/);
    expect(formatMoneyText(500, 'THB')).toBe('฿500.00');
    expect(formatMoneyText(500, 'PHP')).toBe('₱500.00');
    expect(formatMoneyText(50_000, 'VND')).toBe('₫50K');
  });
  it('without a currency: the same digits, no symbol', () => {
    expect(formatMoneyText(612.4, null)).toBe('612.40');
    expect(formatMoneyText(4520.18, null)).toBe('4.5K');
    expect(formatMoneyText(612.4, 'XYZ1')).toBe('612.40 XYZ1');
  });
});

describe('percent', () => {
  it('shows fractions as percents', () => {
    expect(formatPercentText(0.034)).toBe('3.4%');
    expect(formatPercentText(0.0593)).toBe('5.9%');
    expect(formatPercentText(0.0056)).toBe('0.56%');
    expect(formatPercentText(0)).toBe('0%');
    expect(formatPercentText(1)).toBe('100%');
  });
});

describe('formatQuantity', () => {
  it('formats exact quantities by unit', () => {
    expect(formatQuantity(exact(12_300)).text).toBe('12.3K');
    expect(formatQuantity(exact(1234, 'USD')).text).toBe('$1.2K');
    expect(formatQuantity(exact(612.4, 'USD')).text).toBe('$612.40');
    expect(formatQuantity(exact(0.034, 'percent')).text).toBe('3.4%');
  });
  it('formats ranges with an en dash and a spoken label', () => {
    expect(formatQuantity(range(5000, 25_000, 'USD'))).toEqual({ text: '$5K–$25K', label: '$5K to $25K', unknown: false });
    expect(formatQuantity(range(100, 1000)).text).toBe('100–1K');
    expect(formatQuantity(range(0.1, 0.15, 'percent')).text).toBe('10%–15%');
    expect(formatQuantity(range(20, null, 'USD'))).toEqual({ text: '$20+', label: '$20 or more', unknown: false });
    expect(formatQuantity(range(null, 100, 'USD'))).toEqual({ text: '≤$100', label: 'up to $100', unknown: false });
  });
  it('is unknown for missing quantities and empty ranges', () => {
    expect(formatQuantity(null).unknown).toBe(true);
    expect(formatQuantity(undefined).text).toBe(UNKNOWN_TEXT);
    expect(formatQuantity(range(null, null)).unknown).toBe(true);
  });
  it('never shows an unknown as a number, and always shows a known finite number as something else', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.constantFrom<Quantity['unit']>(undefined, 'percent', 'USD', 'GBP', 'IDR'),
        (value, unit) => {
          const formatted = formatQuantity(exact(value, unit));
          expect(formatted.unknown).toBe(false);
          expect(formatted.text).not.toBe(UNKNOWN_TEXT);
          expect(formatted.text.length).toBeGreaterThan(0);
          expect(formatted.text.length).toBeLessThanOrEqual(16);
        },
      ),
    );
  });
});

describe('formatPercentBeside', () => {
  it('keeps the usual digits when the rate cannot be mistaken for its bound', () => {
    expect(formatPercentBeside(0.034, [0.01])).toBe(formatPercentText(0.034));
  });
  it('adds digits until the rate no longer reads as the bound it crossed', () => {
    expect(formatPercentBeside(0.09996, [0.1, 0.3])).toBe('9.996%');
    expect(formatPercentBeside(0.0099, [0.01])).toBe('0.99%');
  });
});

describe('formatters kept between calls', () => {
  it('one formatter per locale and options: formats asked for in turn never borrow another one', () => {
    const en = { locale: 'en-US' };
    const de = { locale: 'de-DE' };
    const sequence = () => [
      formatCountText(12_345, en),
      formatCountText(12_345, { ...en, compact: false }),
      formatCountText(1.25, { ...en, maxFractionDigits: 2 }),
      formatCountText(1.25, { ...en, maxFractionDigits: 1 }),
      formatCountText(12_345, de),
      formatMoneyText(612.4, 'USD', en),
      formatMoneyText(612.4, 'EUR', en),
      formatMoneyText(612.4, 'USD', IN_SENTENCES),
      formatMoneyText(4_520, 'USD', en),
      formatMoneyText(612.4, 'USD', { ...en, cents: 'small-amounts' }),
      formatMoneyText(61.4, 'USD', IN_BRIEFS),
      formatMoneyText(612.4, null, en),
      formatPercentText(0.0345, en),
      formatPercentText(0.0056, en),
      formatPercentText(0.0345, { ...en, maxFractionDigits: 2 }),
      formatPercentText(0.0345, de),
      formatInteger(1234.5, en),
    ];
    const expected = [
      '12.3K', '12,345', '1.25', '1.3', '12.345', '$612.40', '€612.40', '$612.40', '$4.5K', '$612', '$61.40', '612.40',
      '3.5%', '0.56%', '3.45%', '3,5\u00a0%', '1,235',
    ];
    expect(sequence()).toEqual(expected);
    expect(sequence()).toEqual(expected);
  });
});
