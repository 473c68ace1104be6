/**
 * Eligibility figures from a CSV file the seller keeps (or exports from a spreadsheet): one row per
 * product and/or one for the shop. Columns are found by name, in any order, any case:
 *   Date · Product ID · Product name · Category · Reviews · Negative reviews · Return/refund cases ·
 *   Seller-fault returns · Store rating · Counterfeit violation date
 * A row without a date is for `today`. A file with a "Counterfeit violation date" column is the
 * violation list as of each row's date: rows without a violation date say "none that day".
 * Cells are text, never formulas; an empty or `--` cell is unknown (left out), never 0. Rows that
 * cannot be read are listed with their line and reason; the others are returned.
 */
import Papa from 'papaparse';
import { SHOP_CATEGORIES, type ShopCategory } from '../model/eligibility';
import { parseDate, parseNumber } from '../parse/values';

/** What one row reports (the store adds subject, sources and times). */
export interface ImportedReport {
  day: string;
  productId?: string;
  productName?: string;
  category?: ShopCategory;
  storeRating?: number;
  reviews?: number;
  negativeReviews?: number;
  returnCases?: number;
  sellerFaultReturns?: number;
  counterfeitChecked?: boolean;
  counterfeitDays?: string[];
}

export interface ImportedFile {
  reports: ImportedReport[];
  /** Lines (1 = the header) that were not taken, with why. */
  skipped: { line: number; reason: string }[];
}

type Column = 'day' | 'productId' | 'productName' | 'category' | 'reviews' | 'negativeReviews' | 'returnCases' | 'sellerFaultReturns' | 'storeRating' | 'counterfeitDay';

const HEADERS: Record<Column, readonly string[]> = {
  day: ['date', 'day', 'as of'],
  productId: ['product id', 'id'],
  productName: ['product name', 'product', 'name'],
  category: ['category', 'product category'],
  reviews: ['reviews', 'total reviews', 'number of reviews'],
  negativeReviews: ['negative reviews', 'negative reviews (1-2 stars)', '1-2 star reviews'],
  returnCases: ['return/refund cases', 'returns', 'return cases', 'refund cases', 'return/refund'],
  sellerFaultReturns: ['seller-fault returns', 'seller fault returns', 'seller-fault return/refund cases', "returns (seller's fault)"],
  storeRating: ['store rating', 'shop rating'],
  counterfeitDay: ['counterfeit violation date', 'counterfeit violation', 'counterfeit'],
};

/** At most this many rows: a seller's catalogue, not a data dump. */
export const MAX_IMPORT_ROWS = 20_000;

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

const CATEGORY_WORDS: [RegExp, ShopCategory][] = [
  [/^electronics?$/, 'electronics'],
  [/^(fashion|lifestyle|fashion (&|and) lifestyle|fashion-lifestyle)$/, 'fashion-lifestyle'],
  [/^(fmcg|fast-moving consumer goods)$/, 'fmcg'],
];

function categoryOf(text: string): ShopCategory | null {
  const value = normalise(text);
  if ((SHOP_CATEGORIES as readonly string[]).includes(value)) return value as ShopCategory;
  return CATEGORY_WORDS.find(([pattern]) => pattern.test(value))?.[1] ?? null;
}

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '' || /^-+$/.test(text.trim());

export function parseEligibilityCsv(text: string, today: string, region?: string): ImportedFile | { error: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header) return { error: 'The file is empty.' };
  if (rows.length > MAX_IMPORT_ROWS) return { error: `The file has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} are read.` };
  const index: Partial<Record<Column, number>> = {};
  const names = header.map(normalise);
  for (const column of Object.keys(HEADERS) as Column[]) {
    const at = names.findIndex((name) => HEADERS[column].includes(name));
    if (at >= 0 && !Object.values(index).includes(at)) index[column] = at;
  }
  const figures: Column[] = ['reviews', 'negativeReviews', 'returnCases', 'sellerFaultReturns', 'storeRating', 'counterfeitDay'];
  if (!figures.some((column) => index[column] !== undefined)) {
    return { error: 'No eligibility columns found. Name them: Product ID, Reviews, Negative reviews, Return/refund cases, Seller-fault returns, Store rating, Counterfeit violation date.' };
  }
  const options = region ? { region } : undefined;
  const reports: ImportedReport[] = [];
  const skipped: ImportedFile['skipped'] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    const cell = (column: Column) => (index[column] === undefined ? undefined : cells[index[column]!]);
    const count = (column: Column): number | undefined | 'bad' => {
      const raw = cell(column);
      if (isBlank(raw)) return undefined;
      const value = parseNumber(raw, options);
      return value !== null && Number.isInteger(value) && value >= 0 && value <= 100_000_000 ? value : 'bad';
    };
    const dayText = cell('day');
    const day = isBlank(dayText) ? today : parseDate(dayText, options);
    if (!day) return skipped.push({ line, reason: `"${dayText}" is not a date.` });
    const report: ImportedReport = { day };
    const productId = cell('productId')?.trim();
    if (productId) {
      if (!/^[\w-]{1,64}$/.test(productId)) return skipped.push({ line, reason: 'The product id is not an id.' });
      report.productId = productId;
      const name = cell('productName')?.trim();
      if (name) report.productName = name.slice(0, 1_000);
      const categoryText = cell('category');
      if (!isBlank(categoryText)) {
        const category = categoryOf(categoryText!);
        if (!category) return skipped.push({ line, reason: `"${categoryText}" is not a category (Electronics, Fashion & lifestyle, FMCG).` });
        report.category = category;
      }
      for (const column of ['reviews', 'negativeReviews', 'returnCases', 'sellerFaultReturns'] as const) {
        const value = count(column);
        if (value === 'bad') return skipped.push({ line, reason: `${HEADERS[column][0]}: not a whole number.` });
        if (value !== undefined) report[column] = value;
      }
      if ((report.negativeReviews ?? 0) > (report.reviews ?? Infinity)) return skipped.push({ line, reason: 'More negative reviews than reviews.' });
      if ((report.sellerFaultReturns ?? 0) > (report.returnCases ?? Infinity)) return skipped.push({ line, reason: 'More seller-fault returns than return/refund cases.' });
    } else {
      const ratingText = cell('storeRating');
      if (!isBlank(ratingText)) {
        const rating = parseNumber(ratingText, options);
        if (rating === null || rating < 0 || rating > 5) return skipped.push({ line, reason: `Store rating "${ratingText}" is not from 0 to 5.` });
        report.storeRating = rating;
      }
      if (index.counterfeitDay !== undefined) {
        report.counterfeitChecked = true;
        const violation = cell('counterfeitDay');
        if (!isBlank(violation)) {
          const violationDay = parseDate(violation, options);
          if (!violationDay) return skipped.push({ line, reason: `Counterfeit violation date "${violation}" is not a date.` });
          report.counterfeitDays = [violationDay];
        }
      }
    }
    const { day: _day, ...rest } = report;
    if (Object.keys(rest).length === 0) return skipped.push({ line, reason: 'No figure in this row.' });
    reports.push(report);
  });
  return { reports, skipped };
}
