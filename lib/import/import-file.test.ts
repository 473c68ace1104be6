import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import type { ContentRow, CreatorRow } from '../model/entities';
import { importExportFile, type ImportOutcome, type ImportResult } from './import-file';
import { FILE_ERROR } from './messages';
import type { ImportedOrderRow } from './order-rows';
import { REJECTION } from './rejections';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function fixture(name: string): { name: string; data: ArrayBuffer } {
  const bytes = readFileSync(join(fixtures, name));
  return { name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

function textFile(name: string, text: string): { name: string; data: ArrayBuffer } {
  const bytes = new TextEncoder().encode(text);
  return { name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

async function xlsxFile(name: string, rows: SheetData): Promise<{ name: string; data: ArrayBuffer }> {
  const bytes = await writeExcelFile(rows).toBuffer();
  return { name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

function ok(outcome: ImportOutcome): ImportResult {
  if ('error' in outcome) throw new Error(`import failed: ${outcome.error}`);
  return outcome;
}

function creators(outcome: ImportOutcome): CreatorRow[] {
  const result = ok(outcome);
  expect(result.kind).toBe('creators');
  return result.rows as CreatorRow[];
}

function videos(outcome: ImportOutcome): ContentRow[] {
  const result = ok(outcome);
  expect(result.kind).toBe('videos');
  return result.rows as ContentRow[];
}

function orders(outcome: ImportOutcome): ImportedOrderRow[] {
  const result = ok(outcome);
  expect(result.kind).toBe('orders');
  return result.rows as ImportedOrderRow[];
}

const usd = (value: number, raw: string) => ({ kind: 'exact', value, unit: 'USD', raw });
const count = (value: number, raw = String(value)) => ({ kind: 'exact', value, raw });
const percent = (value: number, raw: string) => ({ kind: 'exact', value, unit: 'percent', raw });
const plain = (value: number) => ({ kind: 'exact', value, raw: String(value) });

describe('Creator data, "Affiliate-" headers, CSV', () => {
  it('reads every column, below a title line', async () => {
    const result = ok(await importExportFile(fixture('creators-affiliate.csv')));
    expect(result).toMatchObject({ kind: 'creators', format: 'csv', rowsRead: 12, merged: 1 });
    const sam = (result.rows as CreatorRow[]).find((row) => row.handle === 'sam_sells');
    expect(sam).toEqual({
      handle: 'sam_sells',
      metrics: {
        gmv: usd(4500, '$4,500.00'),
        orders: count(90),
        itemsSold: count(95),
        refundedGmv: usd(45, '$45.00'),
        itemsRefunded: count(1),
        aov: usd(50, '$50.00'),
        estCommission: usd(450, '$450.00'),
        videos: count(8),
        liveStreams: count(1),
        samplesShipped: count(2),
        estFlatFee: usd(50, '$50.00'),
        videoGmv: usd(4000, '$4,000.00'),
        liveGmv: usd(500, '$500.00'),
        ctor: percent(0.035, '3.5%'),
        ctr: percent(0.012, '1.2%'),
        productImpressions: count(40000, '40,000'),
        videoViews: count(250000, '250K'),
        customers: count(85),
        showcaseProducts: count(6),
        followers: count(88000, '88K'),
      },
    });
  });

  it('keeps `--` unknown, ranges as ranges, and the handle as displayed', async () => {
    const rows = creators(await importExportFile(fixture('creators-affiliate.csv')));
    expect(rows.map((row) => row.handle)).toEqual([
      'bella.rose', 'MikeTheMaker', 'range_creator', 'unknown.everything', 'sam_sells', 'luna.lifts', 'chef.kai',
    ]);
    expect(rows.find((row) => row.handle === 'unknown.everything')!.metrics).toEqual({});
    const mike = rows.find((row) => row.handle === 'MikeTheMaker')!;
    expect(mike.metrics.refundedGmv).toBeUndefined();
    expect(mike.metrics.followers).toEqual(count(1500, '1,5K'));
    const ranged = rows.find((row) => row.handle === 'range_creator')!.metrics;
    expect(ranged.gmv).toEqual({ kind: 'range', min: 5000, max: 25000, unit: 'USD', raw: '$5K-$25K' });
    expect(ranged.aov).toEqual({ kind: 'range', min: 20, max: null, unit: 'USD', raw: '$20+' });
    expect(ranged.ctor).toEqual({ kind: 'range', min: 0.1, max: 0.15, unit: 'percent', raw: '10%-15%' });
    expect(rows.find((row) => row.handle === 'chef.kai')!.metrics.gmv).toEqual(usd(0, '$0.00'));
  });

  it('merges a creator listed twice (later cells win) and rejects rows without a usable name', async () => {
    const result = ok(await importExportFile(fixture('creators-affiliate.csv')));
    const bella = (result.rows as CreatorRow[]).filter((row) => row.handle === 'bella.rose');
    expect(bella).toHaveLength(1);
    expect(bella[0]!.metrics.videos).toEqual(count(13));
    expect(result.rejected).toEqual([
      { reason: REJECTION.notAHandle, count: 3 }, // 🌸 Bloom Beauty, =HYPERLINK(…), @SUM(A1)
      { reason: REJECTION.noCreatorName, count: 1 },
    ]);
    expect(JSON.stringify(result.rows)).not.toMatch(/HYPERLINK|SUM\(|Bloom/);
  });
});

describe('Creator analysis, "Creator-" headers, .xlsx', () => {
  it('reads numeric and percentage cells, and handles from profile links', async () => {
    const result = ok(await importExportFile(fixture('creators-creator.xlsx')));
    expect(result).toMatchObject({ kind: 'creators', format: 'xlsx', rowsRead: 10, merged: 0 });
    const rows = result.rows as CreatorRow[];
    expect(rows.find((row) => row.handle === 'bella.rose')).toEqual({
      handle: 'bella.rose',
      metrics: {
        gmv: plain(12345.67),
        orders: plain(321),
        itemsSold: plain(402),
        refundedGmv: plain(234.5),
        aov: plain(38.46),
        estCommission: plain(1481.48),
        videos: plain(12),
        liveStreams: plain(3),
        samplesShipped: plain(4),
        videoGmv: plain(10000),
        liveGmv: plain(2000),
        ctr: plain(0.021),
        ctor: plain(0.0593),
        videoViews: plain(1200000),
        followers: plain(45600),
      },
    });
    // An emoji display name is kept as the display name when a profile link gives the handle.
    expect(rows.find((row) => row.handle === 'glow.getter')).toMatchObject({ displayName: '🌟 Glow Getter', metrics: { gmv: plain(2500) } });
    // Text cells in an .xlsx read like CSV ones.
    expect(rows.find((row) => row.handle === 'luna.lifts')!.metrics.ctr).toEqual(percent(0.0075, '0.75%'));
    expect(result.rejected).toEqual([
      { reason: REJECTION.notAHandle, count: 2 }, // 🦄 Uni Corn (no link), =HYPERLINK(…)
      { reason: REJECTION.noCreatorName, count: 1 },
    ]);
  });
});

describe('Video data, CSV (`;`, BOM, CRLF, quoted fields)', () => {
  it('reads every column and merges the per-product rows of a video', async () => {
    const result = ok(await importExportFile(fixture('videos.csv')));
    expect(result).toMatchObject({ kind: 'videos', format: 'csv', rowsRead: 11, merged: 2 });
    const rows = result.rows as ContentRow[];
    expect(rows.map((row) => row.contentId)).toEqual([
      '7300000000000000001', '7300000000000000002', '7300000000000000003', '7300000000000000004', '7300000000000000005',
    ]);
    const morning = rows[0]!;
    expect(morning).toMatchObject({
      type: 'video',
      title: 'Morning routine; 5 steps ✨',
      creatorHandle: 'bella.rose',
      postDate: '2026-03-25',
      productIds: ['1729000000000000001', '1729000000000000002', '1729000000000000003'],
    });
    // Sales attributed per product are summed; video-level numbers are not.
    expect(morning.metrics).toMatchObject({
      gmv: { kind: 'exact', value: 170.5, unit: 'USD' },
      orders: { kind: 'exact', value: 7 },
      itemsSold: { kind: 'exact', value: 8 },
      refunds: { kind: 'exact', value: 10, unit: 'USD' },
      itemsRefunded: { kind: 'exact', value: 1 },
      estCommission: { kind: 'exact', value: 17.05, unit: 'USD' },
      gpm: { kind: 'exact', value: 13.87, unit: 'USD' },
      aov: { kind: 'exact', value: 24.36, unit: 'USD' },
      views: count(12300, '12.3K'),
      likes: count(1024, '1,024'),
      comments: count(56),
      shares: count(7),
      completionRate: percent(0.452, '45.2%'),
      ctr: percent(0.025, '2.5%'),
      engagementRate: percent(0.081, '8.1%'),
    });
    expect(morning.metrics.gmv!.raw).toBe('$100.00 + $50.50 + $20.00');
  });

  it('keeps quoted text whole, takes ids and handles from links, and strips the @', async () => {
    const rows = videos(await importExportFile(fixture('videos.csv')));
    expect(rows[1]).toMatchObject({ title: 'Unboxing "the big one"\nwith a line break', creatorHandle: 'sam_sells', postDate: '2026-04-01' });
    expect(rows[2]).toMatchObject({ contentId: '7300000000000000003', creatorHandle: 'luna.lifts', metrics: { views: count(1100, '1.1K') } });
    expect(rows[3]!.metrics.gmv).toEqual({ kind: 'range', min: 5000, max: 25000, unit: 'USD', raw: '$5K-$25K' });
    // Formula-like text is data: kept verbatim as inert text, never evaluated (exporters must escape it).
    expect(rows[3]!.title).toBe('=HYPERLINK("http://x","y")');
    // A display name is not a handle: the video keeps none rather than a wrong one…
    expect(rows[4]).toMatchObject({ contentId: '7300000000000000005', title: '🍜 Ramen hack' });
    // …except that the link names the creator.
    expect(rows[4]!.creatorHandle).toBe('chef.kai');
  });

  it('rejects rows without a usable id and repeated video × product lines', async () => {
    const result = ok(await importExportFile(fixture('videos.csv')));
    expect(result.rejected).toEqual([
      { reason: REJECTION.badVideoId, count: 2 }, // =HYPERLINK(…), 7.30000000000001E+18
      { reason: REJECTION.noVideoId, count: 1 },
      { reason: REJECTION.duplicateVideoProduct, count: 1 },
    ]);
  });
});

describe('Video list, .xlsx (short headers, serial dates, date cells)', () => {
  it('reads GMV / Orders / Views short forms and every date form', async () => {
    const result = ok(await importExportFile(fixture('videos.xlsx')));
    expect(result).toMatchObject({ kind: 'videos', format: 'xlsx', rowsRead: 11, merged: 3 });
    const rows = result.rows as ContentRow[];
    expect(rows.map((row) => [row.contentId, row.postDate])).toEqual([
      ['7300000000000000101', '2026-03-05'], // Excel serial number
      ['7300000000000000102', '2026-03-07'], // date cell
      ['7300000000000000103', '2026-03-09'], // ISO text
      ['7300000000000000104', '2026-03-12'],
      ['7300000000000000105', '2026-03-14'],
      ['7300000000000000106', '2026-03-15'],
    ]);
    expect(rows[0]).toMatchObject({
      creatorHandle: 'bella.rose',
      productIds: ['1729000000000000001', '1729000000000000002'],
      metrics: {
        gmv: { kind: 'exact', value: 300 },
        orders: { kind: 'exact', value: 10 },
        itemsSold: { kind: 'exact', value: 11 },
        views: plain(15000),
        likes: plain(1200),
        ctr: plain(0.025),
        completionRate: plain(0.452),
        gpm: { kind: 'exact', value: 20 },
        aov: { kind: 'exact', value: 30 },
      },
    });
    expect(rows[3]!.creatorHandle).toBe('chef.kai');
    expect(rows[4]).toMatchObject({
      productIds: ['1729000000000000001', '1729000000000000002', '1729000000000000003'],
      metrics: { gmv: { value: 60 }, orders: { value: 6 }, aov: { value: 10 }, views: plain(900), ctr: plain(0.01) },
    });
    expect(rows[5]!.metrics).toEqual({ views: plain(0), likes: plain(0), comments: plain(0), shares: plain(0) });
    expect(result.rejected).toEqual([
      { reason: REJECTION.noVideoId, count: 1 },
      { reason: REJECTION.badVideoId, count: 1 },
    ]);
  });
});

describe('Affiliate orders', () => {
  it('reads every column of the UK CSV (£, DD/MM/YYYY)', async () => {
    const result = ok(await importExportFile(fixture('orders-uk.csv')));
    expect(result).toMatchObject({ kind: 'orders', format: 'csv', rowsRead: 11, merged: 1 });
    const rows = result.rows as ImportedOrderRow[];
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({
      orderId: '576000000000000001',
      productId: '1729000000000000001',
      productName: 'Glow Serum 30ml',
      skuId: '1730000000000000001',
      price: 12.99,
      paymentAmount: 25.98,
      currency: 'GBP',
      quantity: 2,
      refunded: false,
      paymentMethod: 'Card',
      status: 'Completed',
      creatorHandle: 'bella.rose',
      contentType: 'video',
      contentId: '7300000000000000001',
      commissionModel: 'Standard',
      commissionRate: 0.1,
      estCommissionBase: 25.98,
      estCommission: 2.6,
      actualCommissionBase: 25.98,
      actualCommission: 2.6,
      shopAdsCommissionRate: null,
      estShopAdsCommission: null,
      actualShopAdsCommission: null,
      createdAt: new Date(2026, 2, 25, 14, 5, 9).getTime(),
    });
    expect(rows[2]).toMatchObject({
      orderId: '576000000000000002',
      contentType: 'live',
      creatorHandle: 'sam_sells',
      refunded: true,
      status: 'Cancelled',
      commissionRate: 0.125,
      shopAdsCommissionRate: 0.05,
      estShopAdsCommission: 0.65,
      actualCommission: null,
      createdAt: new Date(2026, 3, 2, 9, 30).getTime(), // 02/04 is 2 April in a UK file
    });
    expect(rows[3]).toMatchObject({ contentType: 'showcase', productName: 'Travel kit 🎒' });
    expect(rows[3]!.contentId).toBeUndefined();
    expect(rows[4]!.creatorHandle).toBeUndefined(); // `🍜 Chef Kai` is not a username
    // A line exported twice: one row, the later status and actual commission.
    expect(rows[5]).toMatchObject({ orderId: '576000000000000006', status: 'Completed', actualCommission: 1.3, createdAt: new Date(2026, 3, 13, 23, 59, 59).getTime() });
    expect(rows[6]).toMatchObject({ orderId: '576000000000000007', refunded: null, paymentMethod: 'Klarna', createdAt: new Date(2026, 3, 30, 0, 0, 1).getTime() });
    expect(result.rejected).toEqual([
      { reason: REJECTION.noOrderId, count: 1 },
      { reason: REJECTION.noOrderTime, count: 1 },
      { reason: REJECTION.badOrderId, count: 1 },
    ]);
  });

  it('reads the US .xlsx: date cells, numeric amounts and rates, text cells alike', async () => {
    const result = ok(await importExportFile(fixture('orders-us.xlsx')));
    expect(result).toMatchObject({ kind: 'orders', format: 'xlsx', rowsRead: 11, merged: 0 });
    const rows = result.rows as ImportedOrderRow[];
    expect(rows).toHaveLength(10);
    expect(rows.slice(0, 4).map((row) => [row.orderId, row.createdAt])).toEqual([
      ['577000000000000001', new Date(2026, 2, 6, 20, 15).getTime()],
      ['577000000000000002', new Date(2026, 2, 7, 8, 0).getTime()],
      ['577000000000000003', new Date(2026, 2, 8, 11, 30).getTime()], // 03/08 is 8 March in a US file
      ['577000000000000004', new Date(2026, 2, 14, 4, 30).getTime()],
    ]);
    expect(rows[8]).toMatchObject({ orderId: '577000000000000009', refunded: true, status: 'Refunded', quantity: 1, paymentAmount: 9.19 });
    expect(rows[9]!.creatorRegion).toBeUndefined(); // `--`
    expect(rows[0]).toMatchObject({ price: 9.19, paymentAmount: 18.38, currency: 'USD', quantity: 2, commissionRate: 0.15, creatorRegion: 'US' });
    expect(rows[1]).toMatchObject({ refunded: true, contentType: 'live', shopAdsCommissionRate: 0.05 });
    expect(rows[2]).toMatchObject({ price: 7.5, commissionRate: 0.08, contentType: 'showcase' });
    expect(result.rejected).toEqual([{ reason: REJECTION.badOrderId, count: 1 }]);
  });

  it('reads ambiguous dates by region, else by the file currency', async () => {
    const header = 'Order ID,Product ID,Payment Amount,Time Created\n';
    const line = (amount: string) => `1,2,${amount},03/05/2026 10:00\n`;
    const at = async (text: string, region?: string) =>
      orders(await importExportFile(textFile('orders.csv', text), region ? { region } : {}))[0]!.createdAt;
    expect(await at(header + line('$1.00'))).toBe(new Date(2026, 2, 5, 10).getTime());
    expect(await at(header + line('$1.00'), 'GB')).toBe(new Date(2026, 4, 3, 10).getTime());
    expect(await at(header + line('£1.00'))).toBe(new Date(2026, 4, 3, 10).getTime());
    expect(await at(header + line('£1.00'), 'US')).toBe(new Date(2026, 2, 5, 10).getTime());
    // A day above 12 anywhere in the column outweighs the region.
    expect(await at(header + line('$1.00') + '3,2,$1.00,25/05/2026 10:00\n', 'US')).toBe(new Date(2026, 4, 3, 10).getTime());
  });

  it('merges a repeated order line, later values winning', async () => {
    const text = 'Order ID,SKU ID,Order Status,Time Created\n9,1,Pending,2026-03-01 10:00\n9,1,Completed,--\n9,2,Pending,2026-03-01 10:00\n';
    const result = ok(await importExportFile(textFile('orders.csv', text)));
    expect(result.merged).toBe(1);
    expect((result.rows as ImportedOrderRow[]).map((row) => [row.orderId, row.skuId, row.status])).toEqual([
      ['9', '1', 'Completed'],
      ['9', '2', 'Pending'],
    ]);
    expect((result.rows as ImportedOrderRow[])[0]!.createdAt).toBe(new Date(2026, 2, 1, 10).getTime());
  });
});

describe('CSV dialects', () => {
  const body = 'Creator name,GMV,Orders\r\nbella.rose,"$1,234.50",12\r\n';

  it('reads UTF-8 with and without BOM, UTF-16 with BOM, and Windows-1252', async () => {
    expect(creators(await importExportFile(textFile('a.csv', body)))[0]!.metrics.gmv).toEqual(usd(1234.5, '$1,234.50'));
    expect(creators(await importExportFile(textFile('a.csv', `\ufeff${body}`)))).toHaveLength(1);
    const utf16 = new Uint8Array(2 + body.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < body.length; index++) utf16[2 + index * 2] = body.charCodeAt(index);
    expect(creators(await importExportFile({ name: 'a.csv', data: utf16.buffer }))).toHaveLength(1);
    const latin = Uint8Array.from('Creator name,GMV\nbella.rose,\xa3 5\n', (char) => char.charCodeAt(0));
    expect(creators(await importExportFile({ name: 'a.csv', data: latin.buffer }))[0]!.metrics.gmv).toMatchObject({ value: 5, unit: 'GBP' });
  });

  it('reads `;` and tab delimiters, and decimal commas by region', async () => {
    const semicolon = 'Creator name;GMV;Orders\nbella.rose;1.234,50 €;12\n';
    expect(creators(await importExportFile(textFile('a.csv', semicolon), { region: 'DE' }))[0]!.metrics.gmv).toMatchObject({ value: 1234.5, unit: 'EUR' });
    const tab = 'Creator name\tGMV\tOrders\nbella.rose\t$5\t1\n';
    expect(creators(await importExportFile(textFile('a.txt', tab)))[0]!.metrics.orders).toEqual(count(1));
  });

  it('treats the file by its content, not its name', async () => {
    expect(creators(await importExportFile({ ...fixture('creators-creator.xlsx'), name: 'export.csv' }))).toHaveLength(7);
    expect(creators(await importExportFile(textFile('export.xlsx', body)))).toHaveLength(1);
  });
});

describe('files that are not exports', () => {
  const errorOf = async (file: { name: string; data: ArrayBuffer }) => {
    const outcome = await importExportFile(file);
    expect(outcome).not.toHaveProperty('rows');
    return (outcome as { error: string }).error;
  };

  it('says so clearly for empty, header-only and unknown files', async () => {
    expect(await errorOf({ name: 'a.csv', data: new ArrayBuffer(0) })).toBe(FILE_ERROR.empty);
    expect(await errorOf(textFile('a.csv', '\ufeff \r\n'))).toBe(FILE_ERROR.empty);
    expect(await errorOf(textFile('a.csv', 'Creator name,GMV,Orders\r\n'))).toBe(FILE_ERROR.noRows);
    expect(await errorOf(textFile('a.csv', 'Title line\n\nCreator name,GMV,Orders\n\n'))).toBe(FILE_ERROR.noRows);
    const unknown = await errorOf(textFile('contacts.csv', 'Name,Email,Phone\nAna,ana@example.com,123\n'));
    expect(unknown).toBe(`${FILE_ERROR.unknownColumns} First columns: Name, Email, Phone.`);
    expect(await errorOf(await xlsxFile('budget.xlsx', [['Month', 'Spend'], ['March', 100]]))).toMatch(/^This file is not a Creator data.*Month, Spend\.$/);
    expect(await errorOf(await xlsxFile('blank.xlsx', [[null]]))).toBe(FILE_ERROR.empty);
    expect(await errorOf(await xlsxFile('header-only.xlsx', [['Video ID', 'Views']]))).toBe(FILE_ERROR.noRows);
  });

  it('says so clearly for images, old .xls, damaged zips and binary garbage', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    expect(await errorOf({ name: 'photo.xlsx', data: png.buffer })).toBe(FILE_ERROR.imageOrPdf);
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await errorOf({ name: 'old.xls', data: xls.buffer })).toBe(FILE_ERROR.oldExcel);

    const whole = fixture('videos.xlsx');
    expect(await errorOf({ name: 'cut.xlsx', data: whole.data.slice(0, Math.floor(whole.data.byteLength / 2)) })).toBe(FILE_ERROR.damagedSpreadsheet);
    expect(await errorOf({ name: 'cut.xlsx', data: whole.data.slice(0, 100) })).toBe(FILE_ERROR.damagedSpreadsheet);
    const scrambled = new Uint8Array(whole.data.slice(0));
    for (let index = 200; index < scrambled.length - 400; index += 7) scrambled[index] = scrambled[index]! ^ 0x5a;
    expect(await errorOf({ name: 'scrambled.xlsx', data: scrambled.buffer })).toBe(FILE_ERROR.damagedSpreadsheet);

    let seed = 42;
    const garbage = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(await errorOf({ name: 'export.xlsx', data: garbage.buffer })).toBe(FILE_ERROR.notSpreadsheet);
    expect(await errorOf({ name: 'export.csv', data: garbage.buffer })).toBe(FILE_ERROR.notSpreadsheet);
  });
});

describe('progress and responsiveness', () => {
  function bigVideoCsv(rows: number): string {
    const lines = ['Video ID,Product ID,Creator name,GMV,Orders,Views,Post date'];
    for (let index = 0; index < rows; index++) {
      lines.push(`73${String(index).padStart(17, '0')},1729,creator_${index % 50},$${index % 100}.50,${index % 7},${index}K,03/${(index % 28) + 1}/2026`);
    }
    return lines.join('\n');
  }

  it('reports progress up to done = total and pauses for the event loop on large files', async () => {
    const calls: [number, number][] = [];
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    let timerRanDuringImport = false;
    const result = ok(
      await importExportFile(textFile('big.csv', bigVideoCsv(10_000)), {
        onProgress: (done, total) => {
          calls.push([done, total]);
          if (timerRan && done < total) timerRanDuringImport = true;
        },
      }),
    );
    expect(result.rows).toHaveLength(10_000);
    expect(calls.length).toBeGreaterThan(3);
    const last = calls[calls.length - 1]!;
    expect(last[0]).toBe(last[1]);
    for (let index = 1; index < calls.length; index++) {
      expect(calls[index]![0] / calls[index]![1]).toBeGreaterThanOrEqual(calls[index - 1]![0] / calls[index - 1]![1]);
    }
    expect(timerRanDuringImport).toBe(true);
  });

  it('reports progress for .xlsx files too', async () => {
    const calls: [number, number][] = [];
    ok(await importExportFile(fixture('videos.xlsx'), { onProgress: (done, total) => calls.push([done, total]) }));
    expect(calls[0]).toEqual([0, 1]);
    expect(calls[calls.length - 1]![0]).toBe(calls[calls.length - 1]![1]);
  });
});

describe('rejected rows, one by one', () => {
  it('lists each rejected row with its number in the file (title and blank lines counted), value and reason', async () => {
    const text = 'Creator data: 01/03/2026 - 31/03/2026\n\nCreator name,GMV\nbella.rose,$1.00\nSam Sells,$2.00\n\n,$3.00\n';
    const result = ok(await importExportFile(textFile('creators.csv', text)));
    expect(result.rejectedRows).toEqual([
      { row: 5, value: 'Sam Sells', reason: REJECTION.notAHandle },
      { row: 7, value: '', reason: REJECTION.noCreatorName },
    ]);
  });

  it('numbers order rows whose time is unreadable, found only after the whole file is read', async () => {
    const text = [
      'Order ID,Creator Username,Payment Amount,Time Created',
      '5760001,bella.rose,$1.00,03/25/2026 14:05:09',
      '5760002,bella.rose,$1.00,someday',
      'not an id,bella.rose,$1.00,03/25/2026 14:05:09',
    ].join('\r\n');
    const result = ok(await importExportFile(textFile('orders.csv', text)));
    expect(result.rejectedRows).toEqual([
      { row: 3, value: 'someday', reason: REJECTION.noOrderTime },
      { row: 4, value: 'not an id', reason: REJECTION.badOrderId },
    ]);
  });
});
