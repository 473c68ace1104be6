import type { CollaborationRow } from '../model/entities';
import { readPage } from './index';
import { NO_INVITATION } from './target-collaboration';
import { loadFixture, rowsOf } from './testing';

function byName(rows: CollaborationRow[], name: string): CollaborationRow {
  const row = rows.find((candidate) => candidate.name === name);
  if (!row) throw new Error(`no row named ${name}`);
  return row;
}

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

describe('target collaboration, fixture A (Affiliate Center, <tr> rows in the Ongoing pane, US)', () => {
  const result = readPage(loadFixture('target-collaboration.fixture-a.html'), 'target-collaboration', 'US');
  const rows = rowsOf(result, 'collaborations');

  it('is recognised as collaborations, the hidden Expiring pane left unread', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'target-collaboration', entity: 'collaborations', rowsRead: 14 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_INVITATION, count: 1 }]);
    expect(rows).toHaveLength(13);
    expect(rows.flatMap((row) => row.creatorHandles)).not.toContain('should.not.read');
  });

  it('reads the first row exactly', () => {
    expect(rows[0]).toEqual({
      kind: 'target',
      invitationId: '7310000000000000001',
      name: 'Holiday glow push',
      products: [{ name: 'Vitamin C Glow Serum 30ml', id: '1729384756102938475' }],
      creatorHandles: ['glowwithmaya'],
      creatorIds: ['7493018462751930368'],
      commissionRate: { kind: 'exact', value: 0.15, unit: 'percent', raw: '15%' },
      validFrom: '2026-11-01',
      validTo: '2026-12-31',
      status: 'ongoing',
      statusText: 'Ongoing',
    });
  });

  it('puts the active tab status (count removed) on every row', () => {
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['ongoing']));
    expect(new Set(rows.map((row) => row.statusText))).toEqual(new Set(['Ongoing']));
  });

  it('keeps several products and creators, with their +N overflows', () => {
    expect(byName(rows, 'Kitchen heroes Q4')).toMatchObject({
      products: [
        { name: 'Cast Iron Skillet 10"', id: '1729384756102938480' },
        { name: 'Silicone Spatula Set', id: '1729384756102938481' },
      ],
      creatorHandles: ['chef.marcus', 'budget.bites', 'Sunny.Side.Kitchen'],
      moreCreators: 3,
      commissionRate: { kind: 'range', min: 0.1, max: 0.2, unit: 'percent', raw: '10%-20%' },
      validFrom: '2026-10-15',
      validTo: '2027-01-15',
    });
    expect(byName(rows, 'Bundle blitz')).toMatchObject({
      products: [{ id: '1729384756102938493' }, { id: '1729384756102938494' }, { id: '1729384756102938495' }],
      moreProducts: 2,
    });
    const onlyOverflow = byName(rows, 'Ưu đãi mẹ và bé');
    expect(onlyOverflow.creatorHandles).toEqual([]);
    expect(onlyOverflow.moreCreators).toBe(5);
    expect(byName(rows, 'Creator loyalty — tier 2').creatorIds).toEqual(['7493018462751930368', '7493018462751930399']);
  });

  it('finds the invitation id in an ID line, a detail link or the row checkbox', () => {
    expect(byName(rows, 'Pet week').invitationId).toBe('7310000000000000010');
    expect(byName(rows, 'Fitness January preview').invitationId).toBe('7310000000000000007');
  });

  it('leaves `--` rate and validity out, and reads a validity split over two lines', () => {
    const open = byName(rows, 'Open-ended seeding');
    expect(open.commissionRate).toBeUndefined();
    expect(open.validFrom).toBeUndefined();
    expect(open.validTo).toBeUndefined();
    expect(byName(rows, 'Black Friday warm-up')).toMatchObject({ validFrom: '2026-11-10', validTo: '2026-11-30' });
    expect(byName(rows, 'Gift guide').commissionRate).toMatchObject({ value: 0.155 });
  });

  it('keeps hostile and non-Latin names as text', () => {
    expect(rows[2]?.name).toBe('<img src=x onerror=alert(1)>');
    expect(byName(rows, 'Tech deals week').products[0]?.name).toBe('=HYPERLINK("http://x","y")');
    expect(byName(rows, 'عروض الشتاء').creatorHandles).toEqual(['nour.style']);
  });
});

describe('target collaboration, fixture B (Seller Center theme, div rows, Expiring tab, GB)', () => {
  const result = readPage(loadFixture('target-collaboration.fixture-b.html'), 'target-collaboration', 'GB');
  const rows = rowsOf(result, 'collaborations');

  it('is recognised despite reordered and reworded headers', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'target-collaboration', rowsRead: 13 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_INVITATION, count: 1 }]);
    expect(rows).toHaveLength(12);
  });

  it('reads the first row exactly: start and end columns, UK dates, tab over tag', () => {
    expect(rows[0]).toEqual({
      kind: 'target',
      invitationId: '7320000000000000001',
      name: 'Winter warmers',
      products: [{ name: 'Chai Spice Blend 250g', id: '1729000000000000001' }],
      creatorHandles: ['tea.time.tilly'],
      commissionRate: { kind: 'exact', value: 0.12, unit: 'percent', raw: '12%' },
      validFrom: '2026-11-01',
      validTo: '2026-11-30',
      status: 'expiring',
      statusText: 'Expiring',
    });
    // The tab applies even where the row's own tag says otherwise.
    expect(byName(rows, 'Knit along').status).toBe('expiring');
  });

  it('reads comma-separated creators with an inline +N, and an overflow alone', () => {
    expect(byName(rows, 'Gym bag essentials')).toMatchObject({ creatorHandles: ['lads.who.lift', 'cardiff.cars'], moreCreators: 2 });
    expect(byName(rows, 'Everyone’s invited')).toMatchObject({ creatorHandles: [], moreCreators: 4 });
  });

  it('takes the id from an ID line when the name is not a link, and leaves `--` out', () => {
    expect(byName(rows, 'Nan’s kitchen').invitationId).toBe('7320000000000000007');
    const glow = byName(rows, 'Glow UK');
    expect(glow.validFrom).toBeUndefined();
    expect(glow.validTo).toBeUndefined();
    expect(byName(rows, 'Match day merch').commissionRate).toBeUndefined();
    expect(byName(rows, 'Retro month').commissionRate).toMatchObject({ kind: 'range', min: 0.06, max: 0.09 });
  });

  it('keeps hostile names as text', () => {
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['<script>alert("x")</script>', '=1+1']));
  });
});

describe('target collaboration, other layouts', () => {
  const table = (headers: string[], cells: string[]) => `<div class="arco-table"><table>
    <thead><tr>${headers.map((header) => `<th class="arco-table-th">${header}</th>`).join('')}</tr></thead>
    <tbody><tr class="arco-table-tr">${cells.map((cell) => `<td class="arco-table-td">${cell}</td>`).join('')}</tr></tbody></table></div>`;

  it('reads a table without products or validity columns, status from its Status column', () => {
    const html = table(['Invitation', 'Creators', 'Commission', 'Status'], ['Spring push<div>ID: 7310000000000000100</div>', '@a.b @c_d', '12%', 'Pending']);
    expect(rowsOf(readPage(body(html), 'target-collaboration', 'US'), 'collaborations')).toEqual([
      {
        kind: 'target',
        invitationId: '7310000000000000100',
        name: 'Spring push',
        products: [],
        creatorHandles: ['a.b', 'c_d'],
        commissionRate: { kind: 'exact', value: 0.12, unit: 'percent', raw: '12%' },
        status: 'pending',
        statusText: 'Pending',
      },
    ]);
  });

  it('prefers a status tab to the Status column, and ignores tabs that name no status', () => {
    const tabs = (title: string) =>
      `<div class="arco-tabs"><div class="arco-tabs-header-title arco-tabs-header-title-active"><span class="arco-tabs-header-title-text">${title}</span></div></div>`;
    const html = table(['Invitation name', 'Creators', 'Status'], ['Spring push', '@a.b', 'Ongoing']);
    const read = (page: string) => rowsOf(readPage(body(page), 'target-collaboration', 'US'), 'collaborations')[0];
    expect(read(tabs('Canceled (4)') + html)).toMatchObject({ status: 'canceled', statusText: 'Canceled' });
    expect(read(tabs('All invitations') + html)).toMatchObject({ status: 'ongoing', statusText: 'Ongoing' });
    expect(read(tabs('Canceled') + tabs('Overview') + html)).toMatchObject({ status: 'canceled' });
  });

  it('keeps an unknown status as text with a null status', () => {
    const html = table(['Invitation name', 'Creators', 'Status'], ['Spring push', '@a.b', 'Draft']);
    expect(rowsOf(readPage(body(html), 'target-collaboration', 'US'), 'collaborations')[0]).toMatchObject({ status: null, statusText: 'Draft' });
  });

  it('does not take a campaign table for invitations', () => {
    const html = table(['Campaign', 'Status', 'Products', 'Commission', 'Period'], ['Spring', 'Ongoing', '4', '15%', '--']);
    expect(readPage(body(html), 'target-collaboration', 'US').status).toBe('unrecognized');
  });
});
