import fc from 'fast-check';
import {
  normaliseHandle,
  parseDate,
  parseDateTime,
  parseNumber,
  parseQuantity,
  parseQuantityFull,
  parseSimpleQuantity,
} from './values';
import type { Quantity } from './quantity';

/** `1234567` → `1,234,567` with any grouping separator. */
function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const CURRENCY_MARKS: Array<[token: string, code: string]> = [
  ['$', 'USD'], ['US$', 'USD'], ['USD', 'USD'], ['£', 'GBP'], ['GBP', 'GBP'], ['€', 'EUR'], ['EUR', 'EUR'],
  ['RM', 'MYR'], ['MYR', 'MYR'], ['฿', 'THB'], ['THB', 'THB'], ['Rp', 'IDR'], ['IDR', 'IDR'], ['₫', 'VND'],
  ['VND', 'VND'], ['₱', 'PHP'], ['PHP', 'PHP'], ['S$', 'SGD'], ['SGD', 'SGD'],
];

const money = fc.record({
  cents: fc.bigInt({ min: 0n, max: 10n ** 15n }),
  mark: fc.constantFrom(...CURRENCY_MARKS),
  suffix: fc.boolean(),
  space: fc.constantFrom('', ' ', '\u00a0'),
});

/** Where a quantity is present, it is well formed: finite numbers, min ≤ max, raw kept. */
function assertWellFormed(quantity: Quantity | null): void {
  if (quantity === null) return;
  expect(typeof quantity.raw).toBe('string');
  if (quantity.kind === 'exact') {
    expect(Number.isFinite(quantity.value)).toBe(true);
    expect(Object.is(quantity.value, -0)).toBe(false);
  } else {
    expect(quantity.min !== null || quantity.max !== null).toBe(true);
    for (const bound of [quantity.min, quantity.max]) {
      if (bound !== null) expect(Number.isFinite(bound)).toBe(true);
    }
    if (quantity.min !== null && quantity.max !== null) expect(quantity.min).toBeLessThanOrEqual(quantity.max);
  }
}

/** Characters the grammar reacts to, to stress it far more than random unicode does. */
const GRAMMAR_CHARS = [
  ...'0123456789', '.', ',', ' ', '\u00a0', "'", '-', '–', '—', '~', '+', '<', '>', '≤', '%', 'K', 'k', 'M',
  'b', 'B', 'e', '$', '£', '€', '฿', '₫', '₱', 'RM', 'Rp', 'S$', 'USD', 'EUR', ' to ', '\u2212', 'N/A',
];

describe('parseQuantity properties', () => {
  it('never throws and returns only well-formed quantities for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.option(fc.string({ maxLength: 3 })), (text, region) => {
        assertWellFormed(parseQuantity(text, { region: region ?? undefined }));
        const number = parseNumber(text);
        expect(number === null || Number.isFinite(number)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and returns only well-formed quantities for strings made of number-like pieces', () => {
    const region = fc.constantFrom(undefined, 'US', 'GB', 'DE', 'FR', 'ID', 'VN', 'MY');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...GRAMMAR_CHARS), { maxLength: 14 }), region, (pieces, region) => {
        assertWellFormed(parseQuantity(pieces.join(''), { region }));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads integers with any thousands separator back exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(',', ' ', '\u00a0', '\u202f', "'"),
        fc.constantFrom(undefined, 'US', 'GB', 'MY'),
        (n, separator, region) => {
          expect(parseNumber(group(String(n), separator), { region })).toBe(n);
        },
      ),
    );
  });

  it('reads EU-grouped integers back exactly in decimal-comma regions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('DE', 'ES', 'IT', 'ID', 'VN'), (n, region) => {
        expect(parseNumber(group(String(n), '.'), { region })).toBe(n);
      }),
    );
  });

  it('reads US/UK money with cents back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (cents) => {
        const text = `$${group(String(cents / 100n), ',')}.${String(cents % 100n).padStart(2, '0')}`;
        expect(parseQuantity(text)).toEqual({ kind: 'exact', value: Number(cents) / 100, unit: 'USD', raw: text });
      }),
    );
  });

  it('reads EU money with decimal comma back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.constantFrom('.', ' ', '\u202f'), (cents, separator) => {
        const text = `${group(String(cents / 100n), separator)},${String(cents % 100n).padStart(2, '0')} €`;
        expect(parseNumber(text, { region: 'FR' })).toBe(Number(cents) / 100);
      }),
    );
  });

  it('reads any currency mark as prefix or suffix, with or without a space', () => {
    fc.assert(
      fc.property(money, ({ cents, mark: [token, code], suffix, space }) => {
        const number = `${group(String(cents / 100n), ',')}.${String(cents % 100n).padStart(2, '0')}`;
        const text = suffix ? `${number}${space}${token}` : `${token}${space}${number}`;
        const quantity = parseQuantity(text, { region: 'US' });
        // Rupiah and dong never have decimals: `Rp 12.34` is not a thing and is not required to parse.
        if (code === 'IDR' || code === 'VND') return;
        expect(quantity).toMatchObject({ kind: 'exact', value: Number(cents) / 100, unit: code });
      }),
    );
  });

  it('reads compact numbers back within the display precision, with decimal point or comma', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(['K', 1e3], ['k', 1e3], ['M', 1e6], ['m', 1e6], ['B', 1e9], ['b', 1e9]),
        fc.constantFrom('.', ','),
        fc.constantFrom(undefined, 'US', 'DE'),
        (whole, tenth, [suffix, scale], separator, region) => {
          const expected = ((whole * 10 + tenth) * scale) / 10;
          expect(parseNumber(`${whole}${separator}${tenth}${suffix}`, { region })).toBe(expected);
          expect(parseNumber(`$${whole}${separator}${tenth}${suffix}`, { region })).toBe(expected);
        },
      ),
    );
  });

  it('agrees with how numbers display: parse(format(n)) is n within the shown precision', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (n) => {
        const shown = n >= 1e9 ? [n / 1e9, 'B'] : n >= 1e6 ? [n / 1e6, 'M'] : n >= 1e3 ? [n / 1e3, 'K'] : [n, ''];
        const [mantissa, suffix] = shown as [number, string];
        const text = `${mantissa.toFixed(1)}${suffix}`;
        const value = parseNumber(text);
        expect(value).not.toBeNull();
        const unit = suffix === 'B' ? 1e9 : suffix === 'M' ? 1e6 : suffix === 'K' ? 1e3 : 1;
        expect(Math.abs(value! - n)).toBeLessThanOrEqual(0.05 * unit + 1e-9 * n);
      }),
    );
  });

  it('round-trips percents to fractions without float noise', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (hundredths) => {
        const text = `${hundredths < 0 ? '-' : ''}${(Math.abs(hundredths) / 100).toFixed(2)}%`;
        const value = parseNumber(text);
        expect(value).toBe(hundredths === 0 ? 0 : hundredths / 10_000);
        // What the page showed comes back when the fraction is shown as a percent again.
        expect(((value ?? NaN) * 100).toFixed(2)).toBe((hundredths / 100).toFixed(2));
      }),
    );
  });

  it('reads closed ranges with min ≤ max, whatever the separator and spacing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom('-', '–', '—', '~'),
        fc.constantFrom('', ' '),
        fc.constantFrom('$', '£', 'RM ', ''),
        (a, b, dash, space, mark) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const text = `${mark}${group(String(low), ',')}${space}${dash}${space}${mark}${group(String(high), ',')}`;
          expect(parseQuantity(text)).toMatchObject({ kind: 'range', min: low, max: high, raw: text });
        },
      ),
    );
  });

  it('never mistakes a negative amount for a range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.constantFrom('$', '-$', '', '%'), (n, form) => {
        const text = form === '%' ? `-${n}%` : form === '' ? `-${n}` : `-$${n}`;
        expect(parseQuantity(text)).toMatchObject({ kind: 'exact', value: form === '%' ? -n / 100 : -n });
      }),
    );
  });
});

describe('parseQuantity fast path', () => {
  /** Inputs shaped like the fast path's cases, plus near misses it must hand over to the full grammar. */
  const simpleLooking = fc
    .record({
      mark: fc.constantFrom('', '', '$', '£', '€', 'RM', '-', '-$'),
      whole: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constant(0)),
      grouping: fc.constantFrom('', '', ',', '.', ' '),
      leadingZeros: fc.constantFrom('', '', '0', '00'),
      fraction: fc.constantFrom('', '', '.', ','),
      fractionDigits: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 4 }),
      compact: fc.constantFrom('', '', 'K', 'k', 'M', 'm', 'B', 'b', ' K'),
      percent: fc.constantFrom('', '', '%'),
      padding: fc.constantFrom('', '', ' ', '\u00a0', '\n '),
    })
    .map(({ mark, whole, grouping, leadingZeros, fraction, fractionDigits, compact, percent, padding }) => {
      const integer = leadingZeros + group(String(whole), grouping);
      const decimals = fraction ? `${fraction}${fractionDigits}` : '';
      return `${padding}${mark}${integer}${decimals}${compact}${percent}${padding}`;
    });
  /** Two of them around a `-` or one before a `+`: the ranges marketplace tables show. */
  const rangeLooking = fc
    .tuple(simpleLooking, simpleLooking, fc.constantFrom('-', '-', '+', '–', ' - '))
    .map(([low, high, separator]) => (separator === '+' ? `${low.trim()}+` : `${low.trim()}${separator}${high.trim()}`));
  const anyText = fc.oneof(
    simpleLooking,
    rangeLooking,
    fc.constantFrom('--', '-', '---', '', ' ', '—', '0,123', '1,234K', '$3%', '1,5K', '12,3K', '1.234', '0.0%'),
    fc.array(fc.constantFrom(...GRAMMAR_CHARS), { maxLength: 8 }).map((pieces) => pieces.join('')),
  );
  const region = fc.constantFrom(undefined, '', 'US', 'us', 'GB', 'UK', 'MY', 'DE', 'FR', 'ID', 'VN', ' de ');

  it('answers exactly as the full grammar wherever it answers, and parseQuantity always does', () => {
    fc.assert(
      fc.property(anyText, region, (text, region) => {
        const full = parseQuantityFull(text, { region });
        const fast = parseSimpleQuantity(text.trim(), region);
        if (fast !== undefined) expect(fast).toStrictEqual(full);
        expect(parseQuantity(text, { region })).toStrictEqual(full);
      }),
      { numRuns: 20_000 },
    );
  });

  /** The fast path as first written, with the pattern: the hand-written reading must answer the same. */
  const SIMPLE_QUANTITY = /^([$£€])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([KMBkmb])?(%)?$/;
  function patternValue(raw: string, region: string | undefined): Quantity | undefined {
    const match = SIMPLE_QUANTITY.exec(raw);
    if (!match) return undefined;
    const [, mark, whole = '', fraction = '', compact, percent] = match;
    if (mark && percent) return undefined;
    const grouped = whole.includes(',');
    if (grouped && (compact || whole[0] === '0')) return undefined;
    const decimalComma = ['DE', 'FR', 'ID', 'VN'].includes((region ?? '').trim().toUpperCase());
    if ((grouped || fraction !== '') && decimalComma) return undefined;
    const exponent = (compact ? { k: 3, m: 6, b: 9 }[compact.toLowerCase() as 'k']! : 0) - (percent ? 2 : 0) - fraction.length;
    const value = Number(`${whole.replace(/,/g, '')}${fraction}e${exponent}`);
    if (!Number.isFinite(value)) return undefined;
    const unit = percent ? 'percent' : mark ? ({ $: 'USD', '£': 'GBP', '€': 'EUR' } as const)[mark as '$'] : undefined;
    return unit ? { kind: 'exact', value, unit, raw } : { kind: 'exact', value, raw };
  }
  const longDigits = fc.stringMatching(/^[$£€]?\d{1,20}(?:\.\d{1,24})?[KMBkmb]?%?$/);

  it('reads a single value exactly as the pattern does, long numbers and small percents included', () => {
    fc.assert(
      fc.property(fc.oneof(simpleLooking, longDigits, fc.constantFrom('1,234,567.891', '0.0000001%', '999999999999999.9', '123456789012345678')), region, (text, region) => {
        const raw = text.trim();
        const expected = patternValue(raw, region);
        if (expected !== undefined) expect(parseSimpleQuantity(raw, region), raw).toStrictEqual(expected);
        else if (!raw.includes('-') && !raw.endsWith('+')) expect(parseSimpleQuantity(raw, region), raw).toBeUndefined();
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes the common table shapes itself', () => {
    for (const text of ['12.3K', '$12.3K', '$1,234.56', '1,234', '3.4%', '--', '5.93%', '0', '£9.19', '1.2m', '$5K-$25K', '100-1K', '10%-15%', '$25K+']) {
      expect(parseSimpleQuantity(text, 'US'), text).not.toBeUndefined();
      expect(parseSimpleQuantity(text, 'US'), text).toStrictEqual(parseQuantityFull(text, { region: 'US' }));
    }
    expect(parseSimpleQuantity('$1,234.56', undefined)).toStrictEqual({ kind: 'exact', value: 1234.56, unit: 'USD', raw: '$1,234.56' });
    expect(parseSimpleQuantity('3.4%', 'GB')).toStrictEqual({ kind: 'exact', value: 0.034, unit: 'percent', raw: '3.4%' });
    expect(parseSimpleQuantity('$5K-$25K', 'US')).toStrictEqual({ kind: 'range', min: 5000, max: 25000, unit: 'USD', raw: '$5K-$25K' });
    expect(parseSimpleQuantity('10%-15%', 'US')).toStrictEqual({ kind: 'range', min: 0.1, max: 0.15, unit: 'percent', raw: '10%-15%' });
  });

  it('leaves doubtful shapes to the full grammar', () => {
    for (const [text, region] of [['1,234', 'DE'], ['12.3K', 'FR'], ['0,123', 'US'], ['1,234K', 'US'], ['$3%', 'US'], ['-$5', 'US'], ['RM 5', 'MY'], ['$5K-25K', 'US'], ['25K-5K', 'US'], ['-5-10', 'US'], ['1-2-3', 'US'], ['1,5K-2K', 'US']] as const) {
      expect(parseSimpleQuantity(text, region), text).toBeUndefined();
    }
    expect(parseSimpleQuantity('1234', 'DE')).toStrictEqual({ kind: 'exact', value: 1234, raw: '1234' });
  });
});

describe('parseDate properties', () => {
  const calendarDay = fc
    .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
    .map((date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }));
  const pad = (n: number) => String(n).padStart(2, '0');

  it('reads ISO, US and UK orders of any real day back to the same day', () => {
    fc.assert(
      fc.property(calendarDay, ({ year, month, day }) => {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        expect(parseDate(iso)).toBe(iso);
        expect(parseDate(`${iso}T12:34:56Z`)).toBe(iso);
        expect(parseDate(`${pad(month)}/${pad(day)}/${year}`, { region: 'US' })).toBe(iso);
        expect(parseDate(`${pad(day)}/${pad(month)}/${year}`, { region: 'GB' })).toBe(iso);
        expect(parseDate(`${day}.${month}.${year}`, { region: 'DE' })).toBe(iso);
      }),
    );
  });

  it('returns null or a valid YYYY-MM-DD for any string, never throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(undefined, 'US', 'GB'), (text, region) => {
        const date = parseDate(text, { region });
        if (date !== null) expect(parseDate(date)).toBe(date);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads any local date and time back to the same wall time', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), ({ year, month, day }, h, m, s) => {
        const expected = new Date(year, month - 1, day, h, m, s).getTime();
        expect(parseDateTime(`${year}/${pad(month)}/${pad(day)} ${pad(h)}:${pad(m)}:${pad(s)}`)).toBe(expected);
        expect(parseDateTime(`${pad(day)}/${pad(month)}/${year} ${h}:${pad(m)}:${pad(s)}`, { region: 'GB' })).toBe(expected);
      }),
    );
  });

  it('parseDateTime gives null or a finite time on the day parseDate reads, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(undefined, 'US', 'GB'), (text, region) => {
        const time = parseDateTime(text, { region });
        if (time === null) return;
        expect(Number.isFinite(time)).toBe(true);
        expect(parseDate(text, { region })).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('normaliseHandle properties', () => {
  it('is idempotent and ignores @, case and surrounding spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const handle = normaliseHandle(text);
        if (handle === null) return;
        expect(handle).toMatch(/^[a-z0-9_.]{1,30}$/);
        expect(normaliseHandle(handle)).toBe(handle);
        expect(normaliseHandle(` @${handle.toUpperCase()} `)).toBe(handle);
      }),
    );
  });

  it('accepts every handle TikTok allows', () => {
    const handleChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.');
    fc.assert(
      fc.property(fc.string({ unit: handleChar, minLength: 1, maxLength: 24 }).filter((h) => /[a-z0-9]/i.test(h)), (handle) => {
        expect(normaliseHandle(`@${handle}`)).toBe(handle.toLowerCase());
      }),
    );
  });
});
