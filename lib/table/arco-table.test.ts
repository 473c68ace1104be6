import { classAttribute, findArcoTables, rowCells } from './arco-table';
import { cellText } from './cell-text';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

const th = (p: string, title: string) =>
  `<th class="${p}-table-th"><div class="${p}-table-th-item"><span class="${p}-table-th-item-title">${title}</span><svg></svg></div></th>`;
const td = (p: string, text: string) =>
  `<td class="${p}-table-td"><div class="${p}-table-cell"><span class="${p}-table-cell-wrap-value">${text}</span></div></td>`;
const divTd = (p: string, text: string) =>
  `<div class="${p}-table-td"><div class="${p}-table-cell"><span class="${p}-table-cell-wrap-value">${text}</span></div></div>`;

function trTable(p = 'arco', extraRows = ''): string {
  return `<div class="${p}-table"><div class="${p}-table-container"><table>
    <thead><tr class="${p}-table-tr"><th class="${p}-table-th ${p}-table-checkbox"><input type="checkbox"></th>${th(p, 'Creator')}${th(p, 'GMV')}</tr></thead>
    <tbody>
      <tr class="${p}-table-tr"><td class="${p}-table-td"><input type="checkbox" value="1"></td>${td(p, '@a')}${td(p, '$1')}</tr>
      ${extraRows}
      <tr class="${p}-table-tr"><td class="${p}-table-td"><input type="checkbox" value="2"></td>${td(p, '@b')}${td(p, '$2')}</tr>
    </tbody></table></div></div>`;
}

describe('findArcoTables', () => {
  it('reads headers and <tr> rows of an arco table', () => {
    const [table, ...others] = findArcoTables(body(trTable()));
    expect(others).toEqual([]);
    expect(table?.headers).toEqual(['', 'Creator', 'GMV']);
    expect(table?.rows.map((row) => cellText(rowCells(row)[1]))).toEqual(['@a', '@b']);
  });

  it('reads the Seller Center theme-arco prefix', () => {
    const [table] = findArcoTables(body(`<div id="GEC-main">${trTable('theme-arco')}</div>`));
    expect(table?.headers).toEqual(['', 'Creator', 'GMV']);
    expect(table?.rows).toHaveLength(2);
  });

  it('reads a fixed header rendered as its own table next to the body table', () => {
    const html = `<div class="arco-table"><div class="arco-table-container">
      <div class="arco-table-header"><table><thead><tr>${th('arco', 'Creator')}${th('arco', 'Items sold')}</tr></thead></table></div>
      <div class="arco-table-body"><table><tbody>
        <tr class="arco-table-tr">${td('arco', '@a')}${td('arco', '12')}</tr>
      </tbody></table></div></div></div>`;
    const [table] = findArcoTables(body(html));
    expect(table?.headers).toEqual(['Creator', 'Items sold']);
    expect(table?.rows.map((row) => rowCells(row).map(cellText))).toEqual([['@a', '12']]);
  });

  it('uses only the first header section when the body repeats a hidden one', () => {
    const html = `<div class="arco-table">
      <div class="arco-table-header"><table><thead><tr>${th('arco', 'Creator')}${th('arco', 'GMV')}</tr></thead></table></div>
      <div class="arco-table-body"><table><thead aria-hidden="true"><tr>${th('arco', 'Creator')}${th('arco', 'GMV')}</tr></thead><tbody>
        <tr class="arco-table-tr">${td('arco', '@a')}${td('arco', '$1')}</tr>
      </tbody></table></div></div>`;
    const [table] = findArcoTables(body(html));
    expect(table?.headers).toEqual(['Creator', 'GMV']);
    expect(table?.rows).toHaveLength(1);
  });

  it('reads div rows (virtualised lists) under a header table', () => {
    const p = 'theme-arco';
    const html = `<div class="${p}-table"><div class="${p}-table-header"><table><thead><tr>${th(p, 'Creator')}${th(p, 'GMV')}</tr></thead></table></div>
      <div class="${p}-table-body"><div role="rowgroup">
        <div class="${p}-table-tr">${divTd(p, '@a')}${divTd(p, '£1')}</div>
        <div class="${p}-table-tr sc-AxjAm wrapper-row__StyledTr-sc-1">${divTd(p, '@b')}${divTd(p, '£2')}</div>
      </div></div></div>`;
    const [table] = findArcoTables(body(html));
    expect(table?.headers).toEqual(['Creator', 'GMV']);
    expect(table?.rows.map((row) => rowCells(row).map(cellText))).toEqual([['@a', '£1'], ['@b', '£2']]);
  });

  it('reads a div header row and div cells wrapped in an extra element', () => {
    const p = 'arco';
    const html = `<div class="${p}-table">
      <div class="${p}-table-tr"><div class="${p}-table-th">Creator</div><div class="${p}-table-th">GMV</div></div>
      <div class="${p}-table-tr"><div class="sc-wrap">${divTd(p, '@a')}${divTd(p, '$1')}</div></div></div>`;
    const [table] = findArcoTables(body(html));
    expect(table?.headers).toEqual(['Creator', 'GMV']);
    expect(table?.rows.map((row) => rowCells(row).map(cellText))).toEqual([['@a', '$1']]);
  });

  it('skips empty, no-data, expanded-content, measure, aria-hidden and summary rows', () => {
    const extra = `
      <tr class="arco-table-tr arco-table-expand-content"><td class="arco-table-td" colspan="3">details</td></tr>
      <tr class="arco-table-tr arco-table-empty-row"><td class="arco-table-td" colspan="3"><div class="arco-table-no-data">No data</div></td></tr>
      <tr class="arco-table-tr"><td class="arco-table-td" colspan="3"><div class="arco-table-no-data">No data</div></td></tr>
      <tr class="arco-table-measure-row" aria-hidden="true"><td></td><td></td><td></td></tr>
      <tr aria-hidden="true"><td>x</td><td>y</td><td>z</td></tr>
      <tr class="arco-table-summary-row"><td>Total</td><td></td><td>$3</td></tr>`;
    const html = trTable('arco', extra).replace('</tbody>', '</tbody><tfoot><tr class="arco-table-tr"><td>Total</td><td></td><td>$3</td></tr></tfoot>');
    const [table] = findArcoTables(body(html));
    expect(table?.rows.map((row) => cellText(rowCells(row)[1]))).toEqual(['@a', '@b']);
  });

  it('keeps a nested table (inside an expanded row) apart from its parent', () => {
    const nested = `<tr class="arco-table-tr arco-table-expand-content"><td class="arco-table-td" colspan="3">
      <div class="arco-table"><table><thead><tr>${th('arco', 'Product')}</tr></thead><tbody><tr class="arco-table-tr">${td('arco', 'Serum')}</tr></tbody></table></div>
    </td></tr>`;
    const [outer, inner] = findArcoTables(body(trTable('arco', nested)));
    expect(outer?.headers).toEqual(['', 'Creator', 'GMV']);
    expect(outer?.rows).toHaveLength(2);
    expect(inner?.headers).toEqual(['Product']);
    expect(inner?.rows.map((row) => cellText(rowCells(row)[0]))).toEqual(['Serum']);
  });

  it('lays out grouped headers and takes each column’s lowest header', () => {
    const html = `<div class="arco-table"><table><thead>
      <tr><th class="arco-table-th" rowspan="2">Creator</th><th class="arco-table-th" colspan="2">Sales</th><th class="arco-table-th" rowspan="2">Videos</th></tr>
      <tr><th class="arco-table-th">GMV</th><th class="arco-table-th">Items sold</th></tr>
    </thead><tbody><tr class="arco-table-tr">${td('arco', '@a')}${td('arco', '$1')}${td('arco', '2')}${td('arco', '3')}</tr></tbody></table></div>`;
    const [table] = findArcoTables(body(html));
    expect(table?.headers).toEqual(['Creator', 'GMV', 'Items sold', 'Videos']);
  });

  it('leaves out tables in inactive tab panes and hidden containers', () => {
    const html = `
      <div class="arco-tabs-content-item arco-tabs-content-item-active">${trTable()}</div>
      <div class="arco-tabs-content-item">${trTable()}</div>
      <div style="display: none">${trTable()}</div>
      <div hidden>${trTable()}</div>`;
    expect(findArcoTables(body(html))).toHaveLength(1);
  });

  it('keeps document order when a table mixes <tr> and div rows', () => {
    const p = 'arco';
    const html = `<div class="${p}-table"><table><thead><tr>${th(p, 'Creator')}</tr></thead>
      <tbody><tr class="${p}-table-tr">${td(p, '@a')}</tr></tbody></table>
      <div class="${p}-table-tr">${divTd(p, '@b')}</div>
      <table><tbody><tr class="${p}-table-tr">${td(p, '@c')}</tr></tbody></table></div>`;
    const [table] = findArcoTables(body(html));
    expect(table?.rows.map((row) => cellText(rowCells(row)[0]))).toEqual(['@a', '@b', '@c']);
  });

  it('finds nothing on a page without Arco tables', () => {
    expect(findArcoTables(body('<table><tr><th>Creator</th></tr><tr><td>@a</td></tr></table>'))).toEqual([]);
  });

  it('accepts the table element itself as the root', () => {
    const table = body(trTable()).querySelector('.arco-table');
    expect(table && findArcoTables(table)).toHaveLength(1);
  });
});

describe('rowCells', () => {
  it('keeps column positions across a colspan', () => {
    const row = body(`<table><tr><td colspan="2">a</td><td>b</td></tr></table>`).querySelector('tr');
    const cells = row ? rowCells(row) : [];
    expect(cells.map((cell) => cell?.textContent ?? null)).toEqual(['a', null, 'b']);
  });

  it('drops a leading selection cell the header does not count, and nothing else', () => {
    const row = body(
      `<table><tr><td class="arco-table-td arco-table-checkbox"><input type="checkbox"></td><td>@a</td><td>1</td></tr></table>`,
    ).querySelector('tr');
    expect((row ? rowCells(row, 2) : []).map((cell) => cell?.textContent ?? null)).toEqual(['@a', '1']);
    expect(row ? rowCells(row, 3) : []).toHaveLength(3);
    const plain = body(`<table><tr><td>x</td><td>@a</td><td>1</td></tr></table>`).querySelector('tr');
    expect((plain ? rowCells(plain, 2) : []).map((cell) => cell?.textContent ?? null)).toEqual(['x', '@a', '1']);
  });
});

describe('classAttribute', () => {
  it('reads the class of HTML and SVG elements; none is empty or null', () => {
    const root = body(`<span class="arco-tag  x"></span><i></i><svg class="arco-tag"><g></g></svg>`);
    expect(classAttribute(root.querySelector('span')!)).toBe('arco-tag  x');
    expect(classAttribute(root.querySelector('i')!) ?? '').toBe('');
    expect(classAttribute(root.querySelector('svg')!)).toBe('arco-tag');
    expect(classAttribute(root.querySelector('g')!) ?? '').toBe('');
  });
});
