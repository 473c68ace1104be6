import { CAPTURED_PAGE_KINDS, PAGE_KINDS, type PageKind } from '../pages/page-kind';
import { normaliseHeader } from '../table/header-text';
import { PAGE_ADAPTERS, adaptersFor, matchTables, readPage, readRowElement, readRows, type TableMatch } from './index';
import { NO_ORDER_ID, NO_ORDER_TIME } from './affiliate-orders';
import { NO_PRODUCT_ID } from './open-collaboration';
import { NO_SAMPLE_CREATOR, NO_SAMPLE_PRODUCT } from './sample-requests';
import { NO_CREATOR } from './shared';
import { NO_INVITATION } from './target-collaboration';
import { loadFixture } from './testing';
import { NO_VIDEO_ID } from './video-analysis';

const FIXTURES: { file: string; kind: PageKind; region: string; rowsRead: number; rows: number; reason: string }[] = [
  { file: 'find-creators.fixture-a.html', kind: 'find-creators', region: 'US', rowsRead: 16, rows: 15, reason: NO_CREATOR },
  { file: 'find-creators.fixture-b.html', kind: 'find-creators', region: 'GB', rowsRead: 14, rows: 13, reason: NO_CREATOR },
  { file: 'manage-creators.fixture-a.html', kind: 'manage-creators', region: 'US', rowsRead: 14, rows: 13, reason: NO_CREATOR },
  { file: 'manage-creators.fixture-b.html', kind: 'manage-creators', region: 'MY', rowsRead: 13, rows: 12, reason: NO_CREATOR },
  { file: 'creator-analysis.fixture-a.html', kind: 'creator-analysis', region: 'US', rowsRead: 15, rows: 14, reason: NO_CREATOR },
  { file: 'creator-analysis.fixture-b.html', kind: 'creator-analysis', region: 'DE', rowsRead: 14, rows: 13, reason: NO_CREATOR },
  { file: 'video-analysis.fixture-a.html', kind: 'video-analysis', region: 'US', rowsRead: 16, rows: 15, reason: NO_VIDEO_ID },
  { file: 'video-analysis.fixture-b.html', kind: 'video-analysis', region: 'GB', rowsRead: 13, rows: 12, reason: NO_VIDEO_ID },
  { file: 'target-collaboration.fixture-a.html', kind: 'target-collaboration', region: 'US', rowsRead: 14, rows: 13, reason: NO_INVITATION },
  { file: 'target-collaboration.fixture-b.html', kind: 'target-collaboration', region: 'GB', rowsRead: 13, rows: 12, reason: NO_INVITATION },
  { file: 'open-collaboration.fixture-a.html', kind: 'open-collaboration', region: 'US', rowsRead: 14, rows: 13, reason: NO_PRODUCT_ID },
  { file: 'open-collaboration.fixture-b.html', kind: 'open-collaboration', region: 'DE', rowsRead: 12, rows: 11, reason: NO_PRODUCT_ID },
  { file: 'sample-requests.fixture-a.html', kind: 'sample-requests', region: 'US', rowsRead: 13, rows: 12, reason: NO_SAMPLE_CREATOR },
  { file: 'sample-requests.fixture-b.html', kind: 'sample-requests', region: 'GB', rowsRead: 13, rows: 12, reason: NO_SAMPLE_PRODUCT },
  { file: 'affiliate-orders.fixture-a.html', kind: 'affiliate-orders', region: 'US', rowsRead: 15, rows: 14, reason: NO_ORDER_TIME },
  { file: 'affiliate-orders.fixture-b.html', kind: 'affiliate-orders', region: 'GB', rowsRead: 13, rows: 12, reason: NO_ORDER_ID },
];

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

function matchesOf(root: ParentNode, kind: PageKind): TableMatch[] {
  const found = matchTables(root, kind);
  if (!Array.isArray(found)) throw new Error('no match');
  return found;
}

describe('adapters', () => {
  it('has one adapter per supported page and none for the others', () => {
    expect(adaptersFor('find-creators').map((a) => a.id)).toEqual(['find-creators']);
    expect(adaptersFor('manage-creators').map((a) => a.id)).toEqual(['manage-creators']);
    expect(adaptersFor('creator-analysis').map((a) => a.id)).toEqual(['creator-analysis']);
    expect(adaptersFor('video-analysis').map((a) => a.id)).toEqual(['video-analysis']);
    expect(adaptersFor('target-collaboration').map((a) => a.id)).toEqual(['target-collaboration']);
    expect(adaptersFor('open-collaboration').map((a) => a.id)).toEqual(['open-collaboration']);
    expect(adaptersFor('sample-requests').map((a) => a.id)).toEqual(['sample-requests']);
    expect(adaptersFor('affiliate-orders').map((a) => a.id)).toEqual(['affiliate-orders']);
    expect(adaptersFor('other')).toEqual([]);
    expect(adaptersFor('creator-detail')).toEqual([]);
  });

  it.each(PAGE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s: no header wording names two fields', (_id, adapter) => {
    const owner = new Map<string, string>();
    for (const column of adapter.columns) {
      for (const header of column.headers) {
        const key = normaliseHeader(header);
        expect(owner.get(key) ?? column.field, `"${header}" in ${column.field} and ${owner.get(key)}`).toBe(column.field);
        owner.set(key, column.field);
      }
    }
  });
});

describe.each(FIXTURES)('$file', ({ file, kind, region, rowsRead, rows, reason }) => {
  const doc = loadFixture(file);

  it('is read by its page adapter with the expected counts', () => {
    const result = readPage(doc, kind, region);
    expect(result).toMatchObject({ status: 'recognized', adapter: kind, rowsRead, rejected: [{ reason, count: 1 }] });
    expect(result.status === 'recognized' && result.rows).toHaveLength(rows);
  });

  it('gives the same rows read in slices as read at once', () => {
    const [match, ...others] = matchesOf(doc, kind);
    expect(others).toEqual([]);
    if (!match) throw new Error('no match');
    expect(match.rowCount).toBe(rowsRead);
    const whole = readRows(match, 0, match.rowCount, { region });
    const slices = [readRows(match, 0, 5, { region }), readRows(match, 5, 10, { region }), readRows(match, 10, 1000, { region })];
    expect(slices.flatMap((slice) => slice.rows)).toEqual(whole.rows);
    expect(slices.flatMap((slice) => slice.rejected).reduce((sum, r) => sum + r.count, 0)).toBe(1);
    expect(readRows(match, 8, 3, { region })).toEqual({ rows: [], rejected: [] });
  });

  it('reads nothing on pages without an adapter', () => {
    expect(readPage(doc, 'other', region)).toEqual({ status: 'no-table' });
  });

  it('has a demo rows container named in its header comment', () => {
    const comment = Array.from(doc.childNodes).find((node) => node.nodeType === 8)?.textContent ?? '';
    const container = /Rows container: (.+)/.exec(comment)?.[1]?.trim() ?? '';
    const rowSelector = /One row: (.+)/.exec(comment)?.[1]?.trim() ?? '';
    expect(/Serve at: https:\/\/\S+shop_region=[A-Z]{2}/.test(comment)).toBe(true);
    const rowsThere = doc.querySelector(container)?.querySelectorAll(`:scope > ${rowSelector}`) ?? [];
    expect(rowsThere.length).toBe(rowsRead);
  });

  it('loads nothing from outside the page (no scripts, no remote resources)', () => {
    expect(doc.querySelectorAll('script, iframe')).toHaveLength(0);
    // The one link allowed: the shared fixture stylesheet, which the test harness serves on the page's own host.
    const links = Array.from(doc.querySelectorAll('link'), (link) => `${link.rel} ${link.getAttribute('href')}`);
    expect(links).toEqual(['stylesheet /__creator-desk-fixtures__/fixture-arco.css']);
    for (const element of Array.from(doc.querySelectorAll('[src]'))) expect(element.getAttribute('src')).toMatch(/^data:/);
  });
});

describe('unrecognised tables', () => {
  it('reports the headers of a table whose required columns are missing, and reads nothing', () => {
    const doc = loadFixture('unknown-layout.fixture.html');
    const headers = ['Campaign', 'Status', 'Products', 'Commission', 'Period', 'Action'];
    expect(matchTables(doc, 'find-creators')).toEqual({ unrecognized: [headers] });
    expect(readPage(doc, 'find-creators', 'US')).toEqual({ status: 'unrecognized', headers });
    for (const kind of PAGE_KINDS) expect(readPage(doc, kind, 'US').status).not.toBe('recognized');
  });

  it('does not read a page with the wrong adapter', () => {
    const doc = loadFixture('find-creators.fixture-a.html');
    expect(readPage(doc, 'video-analysis', 'US')).toMatchObject({ status: 'unrecognized', headers: expect.arrayContaining(['Creator', 'GMV']) });
  });

  it('needs more than the creator column', () => {
    const html = `<div class="arco-table"><table><thead><tr><th>Creator</th><th>Notes</th></tr></thead>
      <tbody><tr><td>@a.b</td><td>x</td></tr></tbody></table></div>`;
    expect(readPage(body(html), 'find-creators', 'US')).toEqual({ status: 'unrecognized', headers: ['Creator', 'Notes'] });
  });

  it('returns only the recognised tables when a page has several', () => {
    const known = `<div class="arco-table"><table><thead><tr><th>Creator</th><th>GMV</th></tr></thead>
      <tbody><tr><td>@a.b</td><td>$1</td></tr></tbody></table></div>`;
    const unknown = `<div class="arco-table"><table><thead><tr><th>Campaign</th></tr></thead><tbody><tr><td>x</td></tr></tbody></table></div>`;
    const matches = matchesOf(body(unknown + known), 'find-creators');
    expect(matches.map((match) => match.table.headers)).toEqual([['Creator', 'GMV']]);
  });
});

describe('no table yet', () => {
  it('is null while there is no Arco table or its header has not rendered', () => {
    expect(matchTables(body('<div class="arco-spin">Loading</div>'), 'find-creators')).toBeNull();
    expect(matchTables(body('<div class="arco-table"><table><tbody></tbody></table></div>'), 'find-creators')).toBeNull();
    expect(readPage(body(''), 'find-creators', 'US')).toEqual({ status: 'no-table' });
  });

  it('recognises a table with headers but no rows yet (empty placeholder row)', () => {
    const html = `<div class="arco-table"><table><thead><tr><th class="arco-table-th">Creator</th><th class="arco-table-th">GMV</th></tr></thead>
      <tbody><tr class="arco-table-tr arco-table-empty-row"><td class="arco-table-td" colspan="2"><div class="arco-table-no-data">No data</div></td></tr></tbody></table></div>`;
    expect(readPage(body(html), 'find-creators', 'US')).toEqual({
      status: 'recognized', adapter: 'find-creators', entity: 'creators', rows: [], rowsRead: 0, rejected: [],
    });
  });
});

describe('row reading details', () => {
  it('reads one row element (for callers that track rows already read)', () => {
    const doc = loadFixture('find-creators.fixture-a.html');
    const [match] = matchesOf(doc, 'find-creators');
    const element = match?.table.rows[1];
    if (!match || !element) throw new Error('no row');
    expect(readRowElement(match, element, { region: 'US' })).toMatchObject({ row: { handle: 'chef.marcus' } });
  });

  it('lines up body cells when a selection column has no header cell', () => {
    const html = `<div class="arco-table"><table><thead><tr><th>Creator</th><th>GMV</th></tr></thead><tbody>
      <tr><td class="arco-table-td arco-table-operation arco-table-checkbox"><input type="checkbox" value="7493018462751930368"></td><td>@maya</td><td>$12.3K</td></tr>
    </tbody></table></div>`;
    const result = readPage(body(html), 'find-creators', 'US');
    expect(result.status === 'recognized' && result.rows).toEqual([
      { creatorId: '7493018462751930368', handle: 'maya', metrics: { gmv: { kind: 'exact', value: 12300, unit: 'USD', raw: '$12.3K' } } },
    ]);
  });

  it('never keys on styled-components classes', () => {
    const doc = loadFixture('find-creators.fixture-a.html');
    // Build-specific classes: styled-components names and their hashed companions.
    for (const element of Array.from(doc.querySelectorAll('[class*="sc-"], [class*="wrapper-row__"]'))) {
      const kept = Array.from(element.classList).filter((name) => name.startsWith('arco-') || name.startsWith('theme-arco-'));
      element.setAttribute('class', kept.join(' '));
    }
    const result = readPage(doc, 'find-creators', 'US');
    expect(result).toMatchObject({ status: 'recognized', rowsRead: 16 });
    expect(result.status === 'recognized' && result.rows[0]).toMatchObject({ handle: 'glowwithmaya', displayName: 'Maya ✨ Glow' });
  });
});

describe('CAPTURED_PAGE_KINDS', () => {
  it('lists exactly the page kinds the adapters read, in their order', () => {
    expect([...CAPTURED_PAGE_KINDS]).toEqual([...new Set(PAGE_ADAPTERS.flatMap((adapter) => adapter.pageKinds))]);
  });
});
