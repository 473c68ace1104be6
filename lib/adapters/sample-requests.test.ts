import type { SampleRow } from '../model/entities';
import { readPage } from './index';
import { NO_SAMPLE_CREATOR, NO_SAMPLE_PRODUCT } from './sample-requests';
import { loadFixture, rowsOf } from './testing';

function byHandle(rows: SampleRow[], handle: string): SampleRow {
  const row = rows.find((candidate) => candidate.creatorHandle === handle);
  if (!row) throw new Error(`no row for @${handle}`);
  return row;
}

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

/** Epoch ms of a local wall time (the fixtures show the seller's local time). */
const local = (year: number, month: number, day: number, hour: number, minute: number) =>
  new Date(year, month - 1, day, hour, minute).getTime();

describe('sample requests, fixture A (Affiliate Center, <tr> rows in the To review pane, US)', () => {
  const result = readPage(loadFixture('sample-requests.fixture-a.html'), 'sample-requests', 'US');
  const rows = rowsOf(result, 'samples');

  it('is recognised as samples', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'sample-requests', entity: 'samples', rowsRead: 13 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_SAMPLE_CREATOR, count: 1 }]);
    expect(rows).toHaveLength(12);
  });

  it('reads the first row exactly', () => {
    expect(rows[0]).toEqual({
      requestId: '7401000000000000001',
      creatorHandle: 'glowwithmaya',
      productId: '1729384756102938475',
      productName: 'Vitamin C Glow Serum 30ml',
      sku: 'Default',
      stock: { kind: 'exact', value: 1240, raw: '1,240' },
      availableSamples: { kind: 'exact', value: 48, raw: '48' },
      status: 'requested',
      statusText: 'To review',
      timeLeft: '2d 14h',
      postRate: { kind: 'exact', value: 0.85, unit: 'percent', raw: '85%' },
      inShowcase: true,
      campaign: 'Holiday glow push',
      requestedAt: local(2026, 11, 18, 9, 15),
    });
  });

  it('puts the To review tab status on every row, whatever the tag says', () => {
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['requested']));
  });

  it('keeps real zeros, reads showcase both ways, and leaves `--` out', () => {
    expect(byHandle(rows, 'petpals.lena')).toMatchObject({ stock: { value: 0 }, availableSamples: { value: 0 }, postRate: { value: 1 } });
    expect(byHandle(rows, 'skin.by.sam')).toMatchObject({ inShowcase: false, postRate: { value: 0.725 } });
    expect(byHandle(rows, 'skin.by.sam').campaign).toBeUndefined();
    const gift = byHandle(rows, 'gift.guru');
    for (const key of ['availableSamples', 'timeLeft', 'inShowcase', 'requestedAt'] as const) expect(gift[key]).toBeUndefined();
    expect(byHandle(rows, 'techtok.raj').postRate).toBeUndefined();
  });

  it('keeps the handle as displayed and hostile text as text', () => {
    expect(byHandle(rows, 'Eco.Ellie').productId).toBe('1729384756102938492');
    expect(byHandle(rows, 'dealhunter.tom')).toMatchObject({
      productName: '<script>alert(1)</script>',
      sku: '=cmd|/C calc',
      campaign: '<img src=x onerror=alert(1)>',
    });
  });
});

describe('sample requests, fixture B (Seller Center theme, div rows, Shipped tab, GB)', () => {
  const result = readPage(loadFixture('sample-requests.fixture-b.html'), 'sample-requests', 'GB');
  const rows = rowsOf(result, 'samples');

  it('is recognised despite reordered, reworded, extra and missing columns', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'sample-requests', rowsRead: 13 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_SAMPLE_PRODUCT, count: 1 }]);
    expect(rows).toHaveLength(12);
  });

  it('reads the first row exactly: UK request time, Yes/No showcase, no stock or campaign', () => {
    expect(rows[0]).toEqual({
      creatorHandle: 'tea.time.tilly',
      productId: '1729000000000000001',
      productName: 'Chai Spice Blend 250g',
      sku: 'Original',
      status: 'shipped',
      statusText: 'Shipped',
      timeLeft: '5 days',
      postRate: { kind: 'exact', value: 0.92, unit: 'percent', raw: '92%' },
      inShowcase: true,
      requestedAt: local(2026, 11, 14, 10, 5),
    });
  });

  it('takes the Shipped tab over an "In transit" tag, and reads a row without SKU', () => {
    expect(byHandle(rows, 'lads.who.lift')).toMatchObject({ status: 'shipped', statusText: 'Shipped' });
    const scarf = byHandle(rows, 'mo.salah.fan');
    expect(scarf.sku).toBeUndefined();
    expect(scarf.postRate).toBeUndefined();
    expect(byHandle(rows, 'Book.Nook.Beth').postRate).toMatchObject({ value: 0.455 });
    expect(byHandle(rows, 'safe.handle.uk').productName).toBe('"; DROP TABLE samples; --');
  });
});

describe('sample requests, every status tab', () => {
  const page = (tab: string, status: string) => `
    <div class="arco-tabs"><div class="arco-tabs-header-nav"><div class="arco-tabs-header">
      <div class="arco-tabs-header-title arco-tabs-header-title-active"><span class="arco-tabs-header-title-text">${tab}</span></div>
    </div></div></div>
    <div class="arco-table"><table><thead><tr><th>Product</th><th>Creator</th><th>Status</th></tr></thead><tbody>
      <tr><td><div>Mug</div><div>ID: 1729000000000000999</div><div>SKU: Blue</div></td><td>@maya.g</td><td>${status}</td></tr>
    </tbody></table></div>`;

  it.each([
    ['To review', 'requested'],
    ['Ready to ship (3)', 'approved'],
    ['Shipped', 'shipped'],
    ['In progress 12', 'shipped'],
    ['Completed', 'completed'],
    ['Cancelled', 'canceled'],
  ])('%s → %s', (tab, status) => {
    expect(rowsOf(readPage(body(page(tab, 'Anything')), 'sample-requests', 'US'), 'samples')[0]).toMatchObject({ status });
  });

  it('falls back to the row tag under a tab that names no status (All)', () => {
    const row = rowsOf(readPage(body(page('All', 'Content posted')), 'sample-requests', 'US'), 'samples')[0];
    expect(row).toEqual({
      creatorHandle: 'maya.g',
      productId: '1729000000000000999',
      productName: 'Mug',
      sku: 'Blue',
      status: 'content-delivered',
      statusText: 'Content posted',
    });
  });

  it('rejects a row whose creator is not an @handle', () => {
    const html = page('Shipped', '').replace('@maya.g', 'Maya G');
    expect(readPage(body(html), 'sample-requests', 'US')).toMatchObject({ rows: [], rejected: [{ reason: NO_SAMPLE_CREATOR, count: 1 }] });
  });
});
