/**
 * Parsing of values as Seller Center displays them.
 * Every function returns null for unknown (`--`, `-`, blank, unparsable) and never 0 for unknown.
 * Nothing here throws: cells come from someone else's page and may hold anything.
 * Dependency-free on purpose: this module is bundled into the content script.
 */
import type { CurrencyCode, ExactQuantity, Quantity, RangeQuantity, Unit } from './quantity';

export interface ParseOptions {
  /** shop_region (US, GB, DE, MY…): decides decimal comma vs point ambiguity and day/month order. */
  region?: string;
}

/** Longer than any real cell value; longer strings are not values and are not worth scanning. */
const MAX_VALUE_LENGTH = 80;

/** Regions writing `12,5` for twelve and a half (and `1.234` for a thousand two hundred thirty-four). */
const DECIMAL_COMMA_REGIONS = new Set([
  'DE', 'FR', 'ES', 'IT', 'ID', 'VN', 'NL', 'BE', 'AT', 'PT', 'PL', 'CZ', 'SK', 'SE', 'DK', 'NO', 'FI',
  'LU', 'GR', 'HU', 'RO', 'BG', 'HR', 'SI', 'LT', 'LV', 'EE', 'TR', 'RU', 'UA', 'BR', 'AR', 'CL', 'CO',
]);

/** Regions writing dates month first (`03/05/2026` = March 5). The Philippines follows US usage. */
const MONTH_FIRST_REGIONS = new Set(['US', 'PH']);

/** Currencies whose amounts never have decimals in practice: `Rp 12.345` is twelve thousand. */
const WHOLE_NUMBER_CURRENCIES = new Set<Unit>(['IDR', 'VND']);

/** Currency marks, longest first so `S$` wins over `$` and `Rp.` over `Rp`. */
const CURRENCY_TOKENS: ReadonlyArray<readonly [string, CurrencyCode]> = [
  ['US$', 'USD'], ['S$', 'SGD'], ['SG$', 'SGD'], ['Rp.', 'IDR'],
  ['USD', 'USD'], ['GBP', 'GBP'], ['EUR', 'EUR'], ['MYR', 'MYR'], ['THB', 'THB'], ['IDR', 'IDR'],
  ['VND', 'VND'], ['PHP', 'PHP'], ['SGD', 'SGD'],
  ['RM', 'MYR'], ['Rp', 'IDR'],
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['฿', 'THB'], ['₫', 'VND'], ['đ', 'VND'], ['₱', 'PHP'],
];

const COMPACT_EXPONENT: Record<string, number> = { k: 3, m: 6, b: 9 };

/** Normalise the spacing and sign characters pages use, so the grammar below stays small. */
/** Anything but printable ASCII and single spaces: text without it needs nothing but a trim. */
const NEEDS_CLEANING = /[^\x20-\x7e]| {2}/;

function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return text
    .replace(/[\u00a0\u2007\u2009\u202f\u3000]/g, ' ') // no-break, figure, thin, narrow no-break, ideographic
    .replace(/\u2212/g, '-') // minus sign
    .replace(/\uff05/g, '%') // full-width percent
    .replace(/\s+/g, ' ')
    .trim();
}

function upperRegion(region: string | undefined): string {
  const upper = (region ?? '').trim().toUpperCase();
  return upper === 'UK' ? 'GB' : upper;
}

/** The last region asked about and its answer: a table's cells all ask about the same region. */
let lastRegion: { region: string | undefined; decimalComma: boolean } | null = null;

export function usesDecimalComma(region: string | undefined): boolean {
  if (lastRegion === null || lastRegion.region !== region) lastRegion = { region, decimalComma: DECIMAL_COMMA_REGIONS.has(upperRegion(region)) };
  return lastRegion.decimalComma;
}

export function usesMonthFirstDates(region: string | undefined): boolean {
  const upper = upperRegion(region);
  return upper === '' || MONTH_FIRST_REGIONS.has(upper);
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[a-z]/i.test(char);
}

/** The tokens lower-cased once, for case-insensitive matching without a copy per token. */
const CURRENCY_TOKENS_LOWER: ReadonlyArray<readonly [string, CurrencyCode]> = CURRENCY_TOKENS.map(
  ([token, unit]) => [token.toLowerCase(), unit] as const,
);

function takeCurrencyPrefix(text: string): { unit: CurrencyCode; rest: string } | null {
  const lower = text.toLowerCase();
  for (const [token, unit] of CURRENCY_TOKENS_LOWER) {
    if (!lower.startsWith(token)) continue;
    // `RMB`, `USDT` or `Rpx` are other words, not a currency followed by a number.
    if (isLetter(token.slice(-1)) && isLetter(text[token.length])) continue;
    return { unit, rest: text.slice(token.length).trimStart() };
  }
  return null;
}

function takeCurrencySuffix(text: string): { unit: CurrencyCode; rest: string } | null {
  const lower = text.toLowerCase();
  for (const [token, unit] of CURRENCY_TOKENS_LOWER) {
    const start = text.length - token.length;
    if (start < 1 || !lower.endsWith(token)) continue;
    if (isLetter(token[0]) && isLetter(text[start - 1])) continue;
    return { unit, rest: text.slice(0, start).trimEnd() };
  }
  return null;
}

/**
 * The digits of a number with grouping and decimal separators (`1,234.5`, `1.234,5`, `1 234`), as a
 * plain decimal string (`1234.5`), or null when the separators do not make sense.
 * `loneSeparatorIsDecimal` settles a lone separator followed by exactly three digits (`1,234`, `1.234`).
 */
function plainDigits(body: string, loneSeparatorIsDecimal: (separator: string) => boolean): string | null {
  if (!/^\d(?:[.,' ’]?\d)*$/.test(body)) return null; // digits, single separators between them
  const separators = body.replace(/\d/g, '');
  if (separators === '') return body;

  const kinds = new Set(separators);
  const last = separators[separators.length - 1]!;
  let decimal: string | null = null;
  if (kinds.size > 2) return null;
  if (kinds.size === 2) {
    // `12,345.67` / `1.234,56` / `1 234,5`: the last separator is the decimal one and appears once.
    if (!'.,'.includes(last) || separators.indexOf(last) !== separators.length - 1) return null;
    decimal = last;
  } else if ('.,'.includes(last) && separators.length === 1) {
    const [whole = '', fraction = ''] = body.split(last);
    const couldBeGrouping = fraction.length === 3 && whole.length <= 3 && !/^0+$/.test(whole);
    decimal = !couldBeGrouping || loneSeparatorIsDecimal(last) ? last : null;
  }

  const cut = decimal === null ? body.length : body.lastIndexOf(decimal);
  const groups = body.slice(0, cut).split(/[.,' ’]/);
  if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((group) => group.length !== 3))) {
    return null;
  }
  const fraction = body.slice(cut + 1);
  return groups.join('') + (fraction ? `.${fraction}` : '');
}

/** `1234.5` shifted by `exponent` decimal places, without binary float noise (3.4% is 0.034, not 0.034000000000000004). */
function scaleDecimal(plain: string, exponent: number): number | null {
  const [whole = '', fraction = ''] = plain.split('.');
  const value = Number(`${whole}${fraction}e${exponent - fraction.length}`);
  return Number.isFinite(value) ? value : null;
}

interface SingleValue {
  /** The digits as a plain decimal (`1234.5`), separators resolved. */
  plain: string;
  /** Power of ten from the compact suffix (K = 3); percents are divided by 100 later, once the unit is known. */
  exponent: number;
  negative: boolean;
  unit: Unit | undefined;
}

/** One value: `-$1,234.56`, `RM 12.3K`, `12 EUR`, `3.4%`, `1,5K`. */
function parseSingle(text: string, decimalComma: boolean): SingleValue | null {
  let rest = text.trim();
  let negative = false;
  let signSeen = false;
  let unit: Unit | undefined;

  const takeSign = () => {
    if (!signSeen && (rest[0] === '-' || rest[0] === '+')) {
      negative = rest[0] === '-';
      signSeen = true;
      rest = rest.slice(1).trimStart();
    }
  };
  takeSign();
  const prefix = takeCurrencyPrefix(rest);
  if (prefix) {
    unit = prefix.unit;
    rest = prefix.rest;
    takeSign(); // `$-12.30`
  }
  const suffix = takeCurrencySuffix(rest);
  if (suffix) {
    if (unit) return null; // `$12 EUR`
    unit = suffix.unit;
    rest = suffix.rest;
  }
  if (rest.endsWith('%')) {
    if (unit) return null;
    unit = 'percent';
    rest = rest.slice(0, -1).trimEnd();
  }

  const match = /^(.*?\d) ?([kmb])?$/i.exec(rest);
  if (!match) return null;
  const [, body = '', compact] = match;
  const exponent = compact ? COMPACT_EXPONENT[compact.toLowerCase()]! : 0;
  const wholeNumbers = unit !== undefined && WHOLE_NUMBER_CURRENCIES.has(unit);
  const plain = plainDigits(body, (separator) => {
    // `1,5K` is always one and a half thousand; compact numbers are never grouped.
    if (compact) return true;
    if (wholeNumbers) return false;
    return separator === ',' ? decimalComma : !decimalComma;
  });
  if (plain === null) return null;
  return { plain, exponent, negative, unit };
}

function toNumber(single: SingleValue, unit: Unit | undefined): number | null {
  const value = scaleDecimal(single.plain, single.exponent - (unit === 'percent' ? 2 : 0));
  if (value === null) return null;
  return single.negative && value !== 0 ? -value : value;
}

/** Both ends of a range share a unit: `$5K-25K` is dollars at both ends, `10-15%` percent at both. */
function sharedUnit(a: Unit | undefined, b: Unit | undefined): Unit | undefined | null {
  if (a && b && a !== b) return null;
  return a ?? b;
}

function exact(value: number, unit: Unit | undefined, raw: string): ExactQuantity {
  return unit ? { kind: 'exact', value, unit, raw } : { kind: 'exact', value, raw };
}

function range(min: number | null, max: number | null, unit: Unit | undefined, raw: string): RangeQuantity {
  return unit ? { kind: 'range', min, max, unit, raw } : { kind: 'range', min, max, raw };
}

const UNKNOWN = /^(?:-+|—+|–+|n\/?a|none|null|nil|\?+)$/i;

/** `12.3K`, `1.2M`, `3B`, `1,5K`, `1,234`, `$1,234.56`, `RM 12.3K`, `3.4%`, `$5K-$25K`, `100-1K`, `10%-15%`, `$20+`. */
export function parseQuantity(text: string | null | undefined, options?: ParseOptions): Quantity | null {
  if (typeof text !== 'string' || text.length > MAX_VALUE_LENGTH * 4) return null;
  const simple = parseSimpleQuantity(text.trim(), options?.region);
  return simple === undefined ? parseQuantityFull(text, options) : simple;
}

/**
 * The shapes tables show on almost every cell: `12.3K`, `$12.3K`, `$1,234.56`, `1,234`, `3.4%`, `--`.
 * Whole text, no spaces, no sign, only `$ £ €`, commas only as thousands groups (and ranges of two such
 * values: `simpleRange`). As a pattern (`simpleValue` reads it by hand; the tests hold the two equal):
 * `^([$£€])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([KMBkmb])?(%)?$`.
 */
const SIMPLE_CURRENCY: Readonly<Record<string, CurrencyCode>> = { $: 'USD', '£': 'GBP', '€': 'EUR' };

/**
 * Fast path of `parseQuantity` (the full grammar costs a few µs a call, and a 100-row table has
 * hundreds of value cells). `raw` is the trimmed text. Returns undefined whenever the text is not
 * plainly one of the simple shapes, leaving every doubtful case (decimal-comma regions, `0,123`,
 * `1,234K`, `$3%`) to the full parser; where it answers, it answers exactly as the full parser does
 * (property-tested in values.property.test.ts).
 */
export function parseSimpleQuantity(raw: string, region: string | undefined): Quantity | null | undefined {
  if (raw === '--' || raw === '-') return null;
  if (raw.length > MAX_VALUE_LENGTH) return undefined;
  const single = simpleValue(raw, region);
  if (single) return exact(single.value, single.unit, raw);
  return simpleRange(raw, region);
}

/** Powers of ten up to 10^22: the ones a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, n) => Number(`1e${n}`));

/**
 * One simple value (the pattern above), or undefined when the text is not plainly one. Read
 * character by character rather than with the pattern: it runs on every value cell of every row.
 */
function simpleValue(raw: string, region: string | undefined): { value: number; unit: Unit | undefined } | undefined {
  const digitAt = (index: number): number => {
    const digit = raw.charCodeAt(index) - 48;
    return digit >= 0 && digit <= 9 ? digit : -1;
  };
  const markUnit = SIMPLE_CURRENCY[raw[0]!];
  let at = markUnit ? 1 : 0;
  const start = at;
  // The digits, separators left out, as an integer (exact up to 15 digits).
  let mantissa = 0;
  let digit: number;
  while ((digit = digitAt(at)) >= 0) {
    mantissa = mantissa * 10 + digit;
    at++;
  }
  let digits = at - start;
  // Commas only as thousands groups: 1–3 digits, then `,ddd` groups.
  const grouped = raw[at] === ',';
  if (digits === 0 || (grouped && digits > 3)) return undefined;
  while (raw[at] === ',') {
    for (let i = 0; i < 3; i++) {
      if ((digit = digitAt(++at)) < 0) return undefined;
      mantissa = mantissa * 10 + digit;
    }
    if (digitAt(++at) >= 0) return undefined;
    digits += 3;
  }
  const wholeEnd = at;
  let fraction = 0;
  if (raw[at] === '.') {
    while ((digit = digitAt(++at)) >= 0) {
      mantissa = mantissa * 10 + digit;
      fraction++;
    }
    if (fraction === 0) return undefined;
  }
  const compact = COMPACT_EXPONENT[raw[at]?.toLowerCase() ?? ''];
  if (compact) at++;
  const percent = raw[at] === '%';
  if (percent) at++;
  if (at !== raw.length || (markUnit && percent)) return undefined;
  // `0,123` is a decimal and `1,5K` one and a half thousand in the full grammar: not simple.
  if (grouped && (compact || raw[start] === '0')) return undefined;
  // In decimal-comma regions `1.234` is a thousand and more: only separator-free numbers are simple there.
  if ((grouped || fraction > 0) && usesDecimalComma(region)) return undefined;

  const exponent = (compact ?? 0) - (percent ? 2 : 0) - fraction;
  // The digits × 10^exponent as Number('<digits>e<exponent>') reads it: exact operands make the
  // product or quotient the correctly rounded value too. Longer numbers go through the string.
  const power = POWERS_OF_TEN[Math.abs(exponent)];
  const value =
    digits + fraction <= 15 && power !== undefined
      ? exponent < 0 ? mantissa / power : mantissa * power
      : Number(`${raw.slice(start, wholeEnd).replace(/,/g, '')}${raw.slice(wholeEnd + 1, wholeEnd + 1 + fraction)}e${exponent}`);
  if (!Number.isFinite(value)) return undefined;
  return { value, unit: percent ? 'percent' : markUnit };
}

/**
 * The ranges marketplace tables show without detailed-data permission: `$5K-$25K`, `100-1K`,
 * `10%-15%` (two simple values of one unit around the only `-`, low to high) and `$25K+`.
 */
function simpleRange(raw: string, region: string | undefined): Quantity | undefined {
  if (raw.endsWith('+')) {
    const low = simpleValue(raw.slice(0, -1), region);
    return low ? range(low.value, null, low.unit, raw) : undefined;
  }
  const dash = raw.indexOf('-', 1);
  if (dash < 0 || raw.includes('-', dash + 1)) return undefined;
  const low = simpleValue(raw.slice(0, dash), region);
  const high = low && simpleValue(raw.slice(dash + 1), region);
  if (!low || !high || low.unit !== high.unit || low.value > high.value) return undefined;
  return range(low.value, high.value, low.unit, raw);
}

/** The whole grammar, without the fast path (exported for the fast path's equivalence test). */
export function parseQuantityFull(text: string | null | undefined, options?: ParseOptions): Quantity | null {
  if (typeof text !== 'string' || text.length > MAX_VALUE_LENGTH * 4) return null;
  const raw = text.trim();
  const cleaned = cleanText(text);
  if (cleaned === '' || cleaned.length > MAX_VALUE_LENGTH || UNKNOWN.test(cleaned)) return null;
  const decimalComma = usesDecimalComma(options?.region);

  const single = parseSingle(cleaned, decimalComma);
  if (single) {
    const value = toNumber(single, single.unit);
    return value === null ? null : exact(value, single.unit, raw);
  }

  // Open ranges: `$20+`, `1K+`, `<$100`, `≥ 5%`.
  const open = /^(?:([<>≤≥]=?) ?(.+)|(.+?) ?\+)$/.exec(cleaned);
  if (open) {
    const [, comparator, boundedText, atLeastText] = open;
    const bound = parseSingle((boundedText ?? atLeastText)!, decimalComma);
    const value = bound && toNumber(bound, bound.unit);
    if (bound && value !== null && value !== undefined) {
      const upperOnly = comparator !== undefined && '<≤'.includes(comparator[0]!);
      return range(upperOnly ? null : value, upperOnly ? value : null, bound.unit, raw);
    }
    return null;
  }

  // Closed ranges: `$5K-$25K`, `$5K - $25K`, `100–1K`, `10%~15%`, `5 to 10`. Try every separator after
  // the first character, so a leading minus (`-5%`, `-$12.30`) is never mistaken for one.
  const ranged = cleaned.replace(/ to /i, '~');
  for (let index = 1; index < ranged.length - 1; index++) {
    if (!'-–—~'.includes(ranged[index]!)) continue;
    const low = parseSingle(ranged.slice(0, index), decimalComma);
    const high = low && parseSingle(ranged.slice(index + 1), decimalComma);
    if (!low || !high) continue;
    const unit = sharedUnit(low.unit, high.unit);
    if (unit === null) return null;
    const min = toNumber(low, unit);
    const max = toNumber(high, unit);
    if (min === null || max === null || min > max) return null;
    return range(min, max, unit, raw);
  }
  return null;
}

/** A plain number (count/money/percent-as-fraction) only when exact; ranges and unknowns give null. */
export function parseNumber(text: string | null | undefined, options?: ParseOptions): number | null {
  const quantity = parseQuantity(text, options);
  return quantity && quantity.kind === 'exact' ? quantity.value : null;
}

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((month) => month.slice(0, 3) === lower.slice(0, 3));
  // `Mar`, `March`, `Sept`, `September` are months; `Marble` is not.
  return index >= 0 && MONTH_NAMES[index]!.startsWith(lower) ? index + 1 : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1970 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** An optional time of day after a date; ignored, because only the calendar date is kept. */
const TIME = String.raw`(?:(?:[ T]|, ?)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?[ap]\.?m\.?)?(?: ?(?:Z|UTC|GMT)?(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`, 'i');
const DAY_NAME_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]{3,9})\.?,?[ -](\d{4})${TIME}$`, 'i');
const NAME_DAY_YEAR = new RegExp(String.raw`^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})${TIME}$`, 'i');
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? /i;

/** ISO `2026-03-05`, US `03/05/2026`, UK/EU `05/03/2026` (by region), `Mar 5, 2026`, with or without time → `YYYY-MM-DD`. */
export function parseDate(text: string | null | undefined, options?: ParseOptions): string | null {
  if (typeof text !== 'string' || text.length > MAX_VALUE_LENGTH * 4) return null;
  const cleaned = cleanText(text).replace(WEEKDAY, '');
  if (cleaned === '' || cleaned.length > MAX_VALUE_LENGTH) return null;

  let match = YEAR_FIRST.exec(cleaned);
  if (match) return isoDate(Number(match[1]), Number(match[3]), Number(match[4]));

  match = NUMERIC.exec(cleaned);
  if (match) {
    const [, first = '', separator, second = '', year = ''] = match;
    // Dotted dates (`05.03.2026`) are day first everywhere they are used.
    const monthFirst = separator !== '.' && usesMonthFirstDates(options?.region);
    const [month, day] = monthFirst ? [first, second] : [second, first];
    // When the region's order is impossible (`25/12/2026` in the US) the other one is the only reading.
    return (
      isoDate(fullYear(year), Number(month), Number(day)) ??
      isoDate(fullYear(year), Number(day), Number(month))
    );
  }

  match = DAY_NAME_YEAR.exec(cleaned);
  if (match) {
    const month = monthFromName(match[2]!);
    return month === null ? null : isoDate(Number(match[3]), month, Number(match[1]));
  }

  match = NAME_DAY_YEAR.exec(cleaned);
  if (match) {
    const month = monthFromName(match[1]!);
    return month === null ? null : isoDate(Number(match[3]), month, Number(match[2]));
  }
  return null;
}

/** A trailing time of day, with the parts `parseDate` accepts and ignores. */
const TIME_OF_DAY = /(?:[ T]|, ?)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?: ?([ap])\.?m\.?)?(?: ?(Z|UTC|GMT)?(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?$/i;

/**
 * A date with an optional time of day → epoch ms. The wall time shown is read in the browser's
 * zone (pages show the seller's local time) unless the text names one (`Z`, `UTC+8`, `+08:00`).
 * A date alone is local midnight. Same date formats and region rules as `parseDate`.
 */
export function parseDateTime(text: string | null | undefined, options?: ParseOptions): number | null {
  if (typeof text !== 'string' || text.length > MAX_VALUE_LENGTH * 4) return null;
  const cleaned = cleanText(text).replace(WEEKDAY, '');
  if (cleaned === '' || cleaned.length > MAX_VALUE_LENGTH) return null;
  const time = TIME_OF_DAY.exec(cleaned);
  const day = parseDate(time ? cleaned.slice(0, time.index) : cleaned, options);
  if (day === null) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (!time) return new Date(year, month - 1, date).getTime();

  const [, hourText = '', minuteText = '', secondText, fraction, meridiem, zone, sign, offsetHours, offsetMinutes] = time;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  const millisecond = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (zone === undefined && sign === undefined) {
    return new Date(year, month - 1, date, hour, minute, second, millisecond).getTime();
  }
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0));
  if (Math.abs(offset) > 14 * 60) return null;
  return Date.UTC(year, month - 1, date, hour, minute, second, millisecond) - offset * 60_000;
}

/**
 * A period of two dates: `2026/11/01 - 2026/12/31`, `01/11/2026 – 31/12/2026`, `2026-11-01 ~ 2026-12-31`,
 * `Nov 1, 2026 to Dec 31, 2026`, with or without times → first and last day (`YYYY-MM-DD`), or null.
 */
export function parseDateRange(
  text: string | null | undefined,
  options?: ParseOptions,
): { from: string; to: string } | null {
  if (typeof text !== 'string' || text.length > MAX_VALUE_LENGTH * 4) return null;
  const cleaned = cleanText(text).replace(/ to /gi, ' ~ ');
  if (cleaned === '' || cleaned.length > MAX_VALUE_LENGTH * 2) return null;
  // Every dash could be the separator (`2026-11-01-2026-12-31`): the one leaving two dates on its sides is.
  for (let index = 1; index < cleaned.length - 1; index++) {
    if (!'-–—~'.includes(cleaned[index]!)) continue;
    const from = parseDate(cleaned.slice(0, index), options);
    const to = from === null ? null : parseDate(cleaned.slice(index + 1), options);
    if (from !== null && to !== null) return from <= to ? { from, to } : null;
  }
  return null;
}

/** TikTok usernames: letters, digits, `_` and `.`, at most 24 (30 tolerated for older or odd accounts). */
const HANDLE = /^(?=.*[a-z0-9])[a-z0-9_.]{1,30}$/;

/** `@Some.Handle ` → `some.handle`; null when it is not a plausible TikTok handle. */
export function normaliseHandle(text: string | null | undefined): string | null {
  if (typeof text !== 'string' || text.length > 100) return null;
  const handle = cleanText(text).replace(/^@/, '').toLowerCase();
  return HANDLE.test(handle) ? handle : null;
}
