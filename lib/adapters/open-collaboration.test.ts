import type { CollaborationRow } from '../model/entities';
import { readPage } from './index';
import { NO_PRODUCT_ID } from './open-collaboration';
import { loadFixture, rowsOf } from './testing';

function byProduct(rows: CollaborationRow[], id: string): CollaborationRow {
  const row = rows.find((candidate) => candidate.products[0]?.id === id);
  if (!row) throw new Error(`no row for product ${id}`);
  return row;
}

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

describe('open collaboration, fixture A (Affiliate Center, <tr> rows, status tags, US)', () => {
  const result = readPage(loadFixture('open-collaboration.fixture-a.html'), 'open-collaboration', 'US');
  const rows = rowsOf(result, 'collaborations');

  it('is recognised as collaborations', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'open-collaboration', entity: 'collaborations', rowsRead: 14 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_PRODUCT_ID, count: 1 }]);
    expect(rows).toHaveLength(13);
  });

  it('reads the first row exactly', () => {
    expect(rows[0]).toEqual({
      kind: 'open',
      name: 'Vitamin C Glow Serum 30ml',
      products: [{ id: '1729384756102938475', name: 'Vitamin C Glow Serum 30ml' }],
      creatorHandles: [],
      commissionRate: { kind: 'exact', value: 0.15, unit: 'percent', raw: '15%' },
      price: { kind: 'exact', value: 24.99, unit: 'USD', raw: '$24.99' },
      creatorCount: { kind: 'exact', value: 128, raw: '128' },
      itemsSold: { kind: 'exact', value: 2400, raw: '2.4K' },
      status: 'ongoing',
      statusText: 'Active',
    });
  });

  it('reads each row status from its tag (the Products tab is not a status); unknown stays text', () => {
    expect(byProduct(rows, '1729384756102938480')).toMatchObject({ status: 'pending', statusText: 'Pending review' });
    expect(byProduct(rows, '1729384756102938481')).toMatchObject({ status: 'expired', statusText: 'Ended' });
    expect(byProduct(rows, '1729384756102938491')).toMatchObject({ status: 'canceled', statusText: 'Canceled' });
    expect(byProduct(rows, '1729384756102938494')).toMatchObject({ status: null, statusText: 'Paused' });
  });

  it('keeps price ranges, real zeros, and leaves `--` out', () => {
    expect(byProduct(rows, '1729384756102938476').price).toEqual({ kind: 'range', min: 12.99, max: 19.99, unit: 'USD', raw: '$12.99-$19.99' });
    expect(byProduct(rows, '1729384756102938481')).toMatchObject({ creatorCount: { value: 0 }, itemsSold: { value: 0 } });
    const bamboo = byProduct(rows, '1729384756102938492');
    expect(bamboo.commissionRate).toBeUndefined();
    expect(bamboo.creatorCount).toBeUndefined();
    expect(bamboo.itemsSold).toBeUndefined();
  });

  it('keeps hostile product names as text', () => {
    expect(byProduct(rows, '1729384756102938490').name).toBe('<img src=x onerror=alert(1)>');
    expect(byProduct(rows, '1729384756102938491').name).toBe('=HYPERLINK("http://x","y")');
  });
});

describe('open collaboration, fixture B (Seller Center theme, div rows, Ongoing tab, DE)', () => {
  const result = readPage(loadFixture('open-collaboration.fixture-b.html'), 'open-collaboration', 'DE');
  const rows = rowsOf(result, 'collaborations');

  it('is recognised with a separate Product ID column and no status / creators / sold columns', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'open-collaboration', rowsRead: 12 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_PRODUCT_ID, count: 1 }]);
    expect(rows).toHaveLength(11);
    for (const row of rows) {
      expect(row.creatorCount).toBeUndefined();
      expect(row.itemsSold).toBeUndefined();
    }
  });

  it('reads the first row exactly: decimal comma, euro suffix, status from the tab', () => {
    expect(rows[0]).toEqual({
      kind: 'open',
      name: 'Vitamin-C-Serum 30 ml',
      products: [{ id: '1731000000000000001', name: 'Vitamin-C-Serum 30 ml' }],
      creatorHandles: [],
      commissionRate: { kind: 'exact', value: 0.125, unit: 'percent', raw: '12,5%' },
      price: { kind: 'exact', value: 24.99, unit: 'EUR', raw: '24,99 €' },
      status: 'ongoing',
      statusText: 'Ongoing',
    });
  });

  it('reads grouped euro amounts, `ID:` in the id column, and leaves `--` out', () => {
    expect(byProduct(rows, '1731000000000000003').price).toMatchObject({ value: 1299, unit: 'EUR' });
    expect(byProduct(rows, '1731000000000000006').name).toBe('Kaffeemühle');
    expect(byProduct(rows, '1731000000000000007').commissionRate).toBeUndefined();
    expect(byProduct(rows, '1731000000000000008').price).toBeUndefined();
    expect(byProduct(rows, '1731000000000000005').name).toBe('<b>fett</b>');
  });
});

describe('open collaboration, other layouts', () => {
  it('takes the price from the product cell when there is no price column, and needs a product column', () => {
    const html = `<div class="arco-table"><table><thead><tr><th>Product</th><th>Commission rate</th></tr></thead><tbody>
      <tr><td><div>Travel mug</div><div>ID: 1729000000000000999</div><div>$14.00</div></td><td>9%</td></tr></tbody></table></div>`;
    expect(rowsOf(readPage(body(html), 'open-collaboration', 'US'), 'collaborations')[0]).toEqual({
      kind: 'open',
      name: 'Travel mug',
      products: [{ id: '1729000000000000999', name: 'Travel mug' }],
      creatorHandles: [],
      commissionRate: { kind: 'exact', value: 0.09, unit: 'percent', raw: '9%' },
      price: { kind: 'exact', value: 14, unit: 'USD', raw: '$14.00' },
      status: null,
    });
    const campaign = `<div class="arco-table"><table><thead><tr><th>Campaign</th><th>Status</th><th>Products</th><th>Commission</th></tr></thead>
      <tbody><tr><td>x</td><td>Ongoing</td><td>4</td><td>15%</td></tr></tbody></table></div>`;
    expect(readPage(body(campaign), 'open-collaboration', 'US').status).toBe('unrecognized');
  });
});
