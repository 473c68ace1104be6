import { detectExportKind, findHeaderRow } from './detect-kind';
import { CREATOR_COLUMNS, matchExportColumns, normaliseExportHeader, ORDER_COLUMNS, VIDEO_COLUMNS } from './header-names';

describe('normaliseExportHeader', () => {
  it('ignores case, spacing and punctuation, and treats Affiliate and Creator alike', () => {
    expect(normaliseExportHeader('Affiliate-attributed GMV')).toBe('creator attributed gmv');
    expect(normaliseExportHeader('  creator‑ATTRIBUTED   gmv ')).toBe('creator attributed gmv');
    expect(normaliseExportHeader('Est. Commission')).toBe('est commission');
    expect(normaliseExportHeader('Estimated commission')).toBe('est commission');
    expect(normaliseExportHeader('Average order value')).toBe('avg order value');
    expect(normaliseExportHeader('Ｏｒｄｅｒ ＩＤ')).toBe('order id'); // full-width, as some CJK-locale exports write it
  });
});

describe('detectExportKind', () => {
  it('recognises creator exports in both spellings and in short forms', () => {
    expect(detectExportKind(['Creator name', 'Affiliate-attributed GMV', 'Attributed orders', 'Affiliate followers'])).toBe('creators');
    expect(detectExportKind(['Creator name', 'Creator-attributed GMV', 'Attributed orders', 'Creator followers'])).toBe('creators');
    expect(detectExportKind(['Creator name', 'GMV', 'Orders', 'Items sold'])).toBe('creators');
    expect(detectExportKind(['Account name', 'Profile link', 'Video views'])).toBe('creators');
  });

  it('recognises video exports, long and short forms', () => {
    expect(detectExportKind(['Video title', 'Video ID', 'Post date', 'Creator name', 'Video-attributed GMV', 'Video views'])).toBe('videos');
    expect(detectExportKind(['video id', 'creator name', 'gmv', 'orders', 'views'])).toBe('videos');
    expect(detectExportKind(['Video link', 'Likes', 'Comments'])).toBe('videos');
  });

  it('recognises the affiliate orders export, even though it also has creator and video columns', () => {
    expect(
      detectExportKind(['Order ID', 'Product ID', 'Creator Username', 'Content Type', 'Content ID', 'Payment Amount', 'Time Created']),
    ).toBe('orders');
    expect(detectExportKind(['ORDER ID', 'SKU ID', 'Standard commission rate'])).toBe('orders');
  });

  it('says null for anything else', () => {
    expect(detectExportKind([])).toBeNull();
    expect(detectExportKind(['Name', 'Email', 'Phone'])).toBeNull();
    expect(detectExportKind(['Creator name'])).toBeNull(); // a name column alone is not an export
    expect(detectExportKind(['Order ID'])).toBeNull();
    expect(detectExportKind(['GMV', 'Orders'])).toBeNull(); // metrics without anything to attach them to
  });
});

describe('findHeaderRow', () => {
  it('skips title and date-range lines above the headers', () => {
    const found = findHeaderRow([
      ['Creator data: 01/03/2026 - 31/03/2026'],
      ['Shop: Glow Co.', ''],
      ['Creator name', 'GMV', 'Orders'],
      ['bella.rose', '$1.00', '1'],
    ]);
    expect(found).toMatchObject({ kind: 'creators', row: 2, headers: ['Creator name', 'GMV', 'Orders'] });
  });

  it('looks no further than the first ten rows', () => {
    const rows = [...Array.from({ length: 10 }, () => ['note']), ['Creator name', 'GMV', 'Orders']];
    expect(findHeaderRow(rows)).toBeNull();
  });
});

describe('matchExportColumns', () => {
  it('prefers the specific wording over the short form when a file has both', () => {
    const index = matchExportColumns(['Creator name', 'GMV', 'Creator-attributed GMV', 'Creator video-attributed GMV'], CREATOR_COLUMNS);
    expect(index.gmv).toBe(2);
    expect(index.videoGmv).toBe(3);
  });

  it('accepts headers with a parenthesised unit or period', () => {
    expect(matchExportColumns(['Video ID', 'GMV (USD)', 'Views (last 28 days)'], VIDEO_COLUMNS)).toMatchObject({ videoId: 0, gmv: 1, views: 2 });
    expect(matchExportColumns(['Order ID', 'Payment Amount (£)'], ORDER_COLUMNS)).toMatchObject({ orderId: 0, paymentAmount: 1 });
  });
});
