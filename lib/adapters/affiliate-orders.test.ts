import type { OrderRow } from '../model/entities';
import { NO_ORDER_ID, NO_ORDER_TIME } from './affiliate-orders';
import { readPage } from './index';
import { loadFixture, rowsOf } from './testing';

function byOrder(rows: OrderRow[], orderId: string): OrderRow {
  const row = rows.find((candidate) => candidate.orderId === orderId);
  if (!row) throw new Error(`no order ${orderId}`);
  return row;
}

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

const local = (year: number, month: number, day: number, hour: number, minute: number, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).getTime();

describe('affiliate orders, fixture A (Affiliate Center, <tr> rows, one column per value, US)', () => {
  const result = readPage(loadFixture('affiliate-orders.fixture-a.html'), 'affiliate-orders', 'US');
  const rows = rowsOf(result, 'orders');

  it('is recognised as orders', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'affiliate-orders', entity: 'orders', rowsRead: 15 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_ORDER_TIME, count: 1 }]);
    expect(rows).toHaveLength(14);
  });

  it('reads the first row exactly, time created to the second', () => {
    expect(rows[0]).toEqual({
      orderId: '576900000000000001',
      productId: '1729384756102938475',
      productName: 'Vitamin C Glow Serum 30ml',
      creatorHandle: 'glowwithmaya',
      contentType: 'video',
      contentId: '7481234567890123456',
      price: { kind: 'exact', value: 24.99, unit: 'USD', raw: '$24.99' },
      paymentAmount: { kind: 'exact', value: 24.99, unit: 'USD', raw: '$24.99' },
      commissionRate: { kind: 'exact', value: 0.15, unit: 'percent', raw: '15%' },
      estCommission: { kind: 'exact', value: 3.75, unit: 'USD', raw: '$3.75' },
      actualCommission: { kind: 'exact', value: 3.75, unit: 'USD', raw: '$3.75' },
      status: 'Completed',
      createdAt: local(2026, 11, 18, 14, 32, 5),
      createdText: '2026/11/18 14:32:05',
    });
  });

  it('reads content types, with and without content ids', () => {
    expect(rows.map((row) => row.contentType)).toEqual([
      'video', 'live', 'showcase', 'video', 'video', 'live', 'video', 'video', 'showcase', 'live', 'video', 'showcase', 'other', 'video',
    ]);
    expect(byOrder(rows, '576900000000000003').contentId).toBeUndefined();
    expect(byOrder(rows, '576900000000000002').contentId).toBe('7481234567890123999');
  });

  it('reads usernames with or without @, and leaves `--` out (never 0)', () => {
    expect(byOrder(rows, '576900000000000002').creatorHandle).toBe('skin.by.sam');
    expect(byOrder(rows, '576900000000000012').creatorHandle).toBeUndefined();
    const refunded = byOrder(rows, '576900000000000011');
    expect(refunded.paymentAmount).toMatchObject({ value: 0 });
    expect(refunded.commissionRate).toBeUndefined();
    expect(refunded.estCommission).toBeUndefined();
    expect(refunded.actualCommission).toBeUndefined();
    expect(byOrder(rows, '576900000000000008').paymentAmount).toMatchObject({ value: 1199.8 });
  });

  it('keeps hostile product names as text', () => {
    expect(byOrder(rows, '576900000000000005').productName).toBe('=HYPERLINK("http://x","y")');
    expect(byOrder(rows, '576900000000000013').productName).toBe('<svg onload=alert(1)>');
  });
});

describe('affiliate orders, fixture B (Seller Center theme, div rows, packed cells, GB)', () => {
  const result = readPage(loadFixture('affiliate-orders.fixture-b.html'), 'affiliate-orders', 'GB');
  const rows = rowsOf(result, 'orders');

  it('is recognised without price or time columns', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'affiliate-orders', rowsRead: 13 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_ORDER_ID, count: 1 }]);
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row.price).toBeUndefined();
  });

  it('reads the first row exactly from packed order, content and commission cells', () => {
    expect(rows[0]).toEqual({
      orderId: '577100000000000001',
      productId: '1729000000000000001',
      productName: 'Chai Spice Blend 250g',
      skuId: '1729000000000100001',
      creatorHandle: 'tea.time.tilly',
      contentType: 'video',
      contentId: '7482001122334455667',
      quantity: { kind: 'exact', value: 2, raw: '2' },
      paymentAmount: { kind: 'exact', value: 17.98, unit: 'GBP', raw: '£17.98' },
      commissionRate: { kind: 'exact', value: 0.1, unit: 'percent', raw: '10%' },
      estCommission: { kind: 'exact', value: 1.8, unit: 'GBP', raw: '£1.80' },
      status: 'Pending',
      createdAt: local(2026, 11, 18, 14, 32),
      createdText: '18/11/2026 14:32',
    });
  });

  it('reads actual commissions where paid, and `--` commission lines as unknown', () => {
    expect(byOrder(rows, '577100000000000002')).toMatchObject({
      contentType: 'live',
      commissionRate: { value: 0.105 },
      actualCommission: { value: 1.31, unit: 'GBP' },
    });
    const ineligible = byOrder(rows, '577100000000000004');
    expect(ineligible.commissionRate).toBeUndefined();
    expect(ineligible.estCommission).toBeUndefined();
    expect(byOrder(rows, '577100000000000003')).toMatchObject({ contentType: 'showcase' });
    expect(byOrder(rows, '577100000000000003').contentId).toBeUndefined();
    expect(byOrder(rows, '577100000000000005').productName).toBe('<iframe src="javascript:alert(1)">');
  });
});

describe('affiliate orders, other layouts', () => {
  const table = (headers: string[], cells: string[]) => `<div class="arco-table"><table>
    <thead><tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr></thead>
    <tbody><tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr></tbody></table></div>`;

  it('reads a minimal table (order id, creator, time created with AM/PM)', () => {
    const html = table(['Order ID', 'Creator', 'Time created'], ['576900000000000999', 'maya.g', 'Nov 18, 2026 2:32 PM']);
    expect(rowsOf(readPage(body(html), 'affiliate-orders', 'US'), 'orders')).toEqual([
      {
        orderId: '576900000000000999',
        creatorHandle: 'maya.g',
        contentType: 'other',
        createdAt: local(2026, 11, 18, 14, 32),
        createdText: 'Nov 18, 2026 2:32 PM',
      },
    ]);
  });

  it('takes the content id from a video link and rejects an unreadable time', () => {
    const html = table(
      ['Order ID', 'Content', 'Time created'],
      ['576900000000000998', '<div>Video</div><a href="https://www.tiktok.com/@maya.g/video/7481234567890120000">Watch</a>', '18/11/2026'],
    );
    expect(rowsOf(readPage(body(html), 'affiliate-orders', 'GB'), 'orders')[0]).toMatchObject({
      contentType: 'video',
      contentId: '7481234567890120000',
      createdAt: local(2026, 11, 18, 0, 0),
    });
    const bad = table(['Order ID', 'Content', 'Time created'], ['576900000000000997', 'Video', 'yesterday']);
    expect(readPage(body(bad), 'affiliate-orders', 'US')).toMatchObject({ rows: [], rejected: [{ reason: NO_ORDER_TIME, count: 1 }] });
  });
});
