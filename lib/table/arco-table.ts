/**
 * Finding and walking Arco Design tables (Affiliate Center `arco-…`, Seller Center `theme-arco-…`).
 *
 * Arco renders a table as `.arco-table` > … > `<table>` with `<thead>`/`<tbody>`; with a fixed header
 * the header is a separate `.arco-table-header` table next to the `.arco-table-body` one; virtualised
 * lists use div rows (`div.arco-table-tr` > `div.arco-table-td`). All of these are handled here.
 * Only class names from Arco itself are used: styled-components classes change with every build.
 */
import { collapseSpaces } from './cell-text';

/** An Arco table's root element, in both class spellings. */
export const TABLE_ROOT = '.arco-table, .theme-arco-table';
const ROW = 'tr, .arco-table-tr, .theme-arco-table-tr';
const HEADER_CELL = 'th, .arco-table-th, .theme-arco-table-th';
const BODY_CELL = 'td, .arco-table-td, .theme-arco-table-td';
const HEADER_TITLE = '.arco-table-th-item-title, .theme-arco-table-th-item-title';
const HEADER_SECTION = 'thead, .arco-table-thead, .theme-arco-table-thead, .arco-table-header, .theme-arco-table-header';
const NO_DATA = '.arco-table-no-data, .theme-arco-table-no-data, .arco-empty, .theme-arco-empty';
/** Tables the seller cannot see: inactive tab panes, hidden elements. */
const HIDDEN =
  '[hidden], [style*="display: none"], [style*="display:none"], ' +
  '.arco-tabs-content-item:not(.arco-tabs-content-item-active), ' +
  '.theme-arco-tabs-content-item:not(.theme-arco-tabs-content-item-active)';
/** Rows that are not data: expanded content, empty placeholders, measure and summary rows. */
const NON_DATA_ROW_CLASS = /expand-content|empty-row|measure|placeholder|summary/;
/** Body cells of columns Arco may render without a header cell. */
const UNHEADED_CELL_CLASS = /(operation|checkbox|selection|expand-icon)/;

export interface ArcoTable {
  /** The `.arco-table` / `.theme-arco-table` element. */
  element: Element;
  /** Header text per column, in column order ('' for selection, expand and action columns). */
  headers: string[];
  /** Data rows in document order (header, empty, expanded-content and measure rows left out). */
  rows: Element[];
}

/** Every visible Arco table under `root` (the root itself included), outermost first. */
export function findArcoTables(root: ParentNode): ArcoTable[] {
  const elements: Element[] = [];
  if (isElement(root) && root.matches(TABLE_ROOT)) elements.push(root);
  elements.push(...tableRootsUnder(root));
  return elements
    .filter((element) => element.closest(HIDDEN) === null)
    .map((element) => readArcoTable(element, elements.some((other) => other !== element && element.contains(other))));
}

/**
 * The table roots under `root`, in document order. Class collections, not a selector scan: the
 * page holds thousands of cells, and a selector list has no fast path.
 */
function tableRootsUnder(root: ParentNode): Element[] {
  if (!isElement(root) && !isDocument(root)) return Array.from(root.querySelectorAll(TABLE_ROOT));
  const arco = Array.from(root.getElementsByClassName('arco-table'));
  const theme = Array.from(root.getElementsByClassName('theme-arco-table'));
  if (theme.length === 0) return arco;
  if (arco.length === 0) return theme;
  return sortInDocumentOrder([...new Set([...arco, ...theme])]);
}

/** `hasNested`: whether a table root lies inside this one (looked up when not given). */
export function readArcoTable(element: Element, hasNested?: boolean): ArcoTable {
  const owned = ownedFilter(element, hasNested ?? tableRootsUnder(element).length > 0);
  return { element, headers: readHeaders(element, owned), rows: readDataRows(element, owned) };
}

/**
 * The cells of a row by column index; a cell spanning several columns occupies its first index and
 * leaves the others null. With `headerCount` (the table's `headers.length`), leading selection or
 * expand cells that have no header cell are dropped, so index i is the column of `headers[i]`.
 */
export function rowCells(row: Element, headerCount?: number): (Element | null)[] {
  const cells: (Element | null)[] = [];
  let direct = 0;
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    if (!isCell(child)) continue;
    direct += 1;
    pushSpanned(cells, child);
  }
  if (direct === 0) {
    // Some builds wrap div cells in an extra element: fall back to the row's own descendant cells.
    for (const cell of Array.from(row.querySelectorAll(BODY_CELL))) {
      if (cell.parentElement?.closest(ROW) === row) pushSpanned(cells, cell);
    }
  }
  const extra = headerCount === undefined ? 0 : leadingUnheadedCells(cells, headerCount);
  return extra === 0 ? cells : cells.slice(extra);
}

/** Leading body cells the header does not count (a selection or expand column rendered without a `th`). */
function leadingUnheadedCells(cells: readonly (Element | null)[], headerCount: number): number {
  const extra = cells.length - headerCount;
  if (extra <= 0) return 0;
  for (let index = 0; index < extra; index++) {
    const cell = cells[index];
    if (cell && !UNHEADED_CELL_CLASS.test(cell.getAttribute('class') ?? '')) return 0;
  }
  return extra;
}

function pushSpanned(cells: (Element | null)[], cell: Element): void {
  cells.push(cell);
  for (let extra = span(cell, 'colspan') - 1; extra > 0; extra--) cells.push(null);
}

// Tag name and classList checks rather than matches(): these run for every cell of every row.
// `tagName` is upper case for HTML elements in an HTML document; the lower case covers XHTML.
function isCell(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'TD' || tag === 'TH' || tag === 'td' || tag === 'th') return true;
  const classes = element.classList;
  return (
    classes.contains('arco-table-td') || classes.contains('theme-arco-table-td') ||
    classes.contains('arco-table-th') || classes.contains('theme-arco-table-th')
  );
}

function isHeaderCell(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'TH' || tag === 'th') return true;
  // A `<td>` is a body cell whatever its classes (the header classes are for div cells).
  if (tag === 'TD' || tag === 'td') return false;
  // The class attribute first: most cells carry no header class at all.
  const names = classAttribute(element);
  if (names === null || !names.includes('arco-table-th')) return false;
  const classes = element.classList;
  return classes.contains('arco-table-th') || classes.contains('theme-arco-table-th');
}

/** A filter keeping elements that belong to `table` rather than to a table nested inside it. */
function ownedFilter(table: Element, hasNested: boolean): (element: Element) => boolean {
  if (!hasNested) return () => true;
  return (element) => element.closest(TABLE_ROOT) === table;
}

/**
 * Header texts per leaf column. Grouped headers (several header rows with colspan/rowspan) are laid
 * out on a grid and each column takes the text of its lowest header cell. Only the first header
 * section is used, so a table whose body repeats a hidden header is not counted twice.
 */
function readHeaders(table: Element, owned: (element: Element) => boolean): string[] {
  // The header comes before the body: look in the first header section only when there is one,
  // rather than scanning every row of a long body for header cells.
  const firstSection = table.querySelector(HEADER_SECTION);
  const scope = firstSection && owned(firstSection) ? firstSection : table;
  let headerCells = Array.from(scope.querySelectorAll(HEADER_CELL)).filter(owned);
  if (headerCells.length === 0 && scope !== table) headerCells = Array.from(table.querySelectorAll(HEADER_CELL)).filter(owned);
  const first = headerCells[0];
  if (!first) return [];
  const section = first.closest(HEADER_SECTION) ?? first.parentElement;
  const rows: Element[] = [];
  for (const cell of headerCells) {
    const row = cell.parentElement;
    if (!row || rows.includes(row)) continue;
    const rowSection = cell.closest(HEADER_SECTION) ?? row;
    if (section && rowSection !== section && !section.contains(row)) continue;
    rows.push(row);
  }

  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (!isCell(cell)) continue;
      const line = grid[rowIndex] ?? [];
      while (line[column] !== undefined) column += 1;
      const text = headerText(cell);
      const colspan = span(cell, 'colspan');
      const rowspan = span(cell, 'rowspan');
      for (let down = 0; down < rowspan && rowIndex + down < grid.length; down++) {
        const target = grid[rowIndex + down] ?? [];
        for (let across = 0; across < colspan; across++) target[column + across] = text;
      }
      column += colspan;
    }
  });
  const leaves = grid[grid.length - 1] ?? [];
  return Array.from({ length: leaves.length }, (_, column) => leaves[column] ?? '');
}

function headerText(cell: Element): string {
  const title = cell.querySelector(HEADER_TITLE) ?? cell;
  return collapseSpaces(title.textContent ?? '');
}

/** Row candidates in document order; tag and class collections are much cheaper than a selector scan. */
function rowCandidates(table: Element): Element[] {
  const trs = Array.from(table.getElementsByTagName('tr'));
  const divRowsOf = (className: string) => Array.from(table.getElementsByClassName(className)).filter((row) => !isTag(row, 'TR', 'tr'));
  const arcoDivRows = divRowsOf('arco-table-tr');
  const themeDivRows = divRowsOf('theme-arco-table-tr');
  const kinds = [trs, arcoDivRows, themeDivRows].filter((rows) => rows.length > 0);
  if (kinds.length === 0) return [];
  if (kinds.length === 1) return kinds[0] ?? [];
  // Mixed row kinds (rare): merge them back into document order.
  return sortInDocumentOrder([...new Set(kinds.flat())]);
}

function sortInDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

function readDataRows(table: Element, owned: (element: Element) => boolean): Element[] {
  const rows: Element[] = [];
  for (const row of rowCandidates(table)) {
    if (!owned(row) || !isDataRow(row)) continue;
    rows.push(row);
  }
  return rows;
}

function isDataRow(row: Element): boolean {
  if (NON_DATA_ROW_CLASS.test(classAttribute(row) ?? '')) return false;
  if (row.getAttribute('aria-hidden') === 'true') return false;
  if (isTag(row, 'TR', 'tr')) {
    const section = row.parentElement;
    if (section && (isTag(section, 'THEAD', 'thead') || isTag(section, 'TFOOT', 'tfoot'))) return false;
  } else if (row.closest(HEADER_SECTION)) {
    return false;
  }
  let cellCount = 0;
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    // A `<td>` settles it at once (nearly every cell); others go through the full checks.
    const tag = child.tagName;
    if (tag !== 'TD' && tag !== 'td') {
      if (!isCell(child)) continue;
      if (isHeaderCell(child)) return false;
    }
    cellCount += 1;
  }
  if (cellCount === 0 && row.querySelector(BODY_CELL) === null) return false;
  // A "no data" placeholder is one cell spanning the table: only then is the (costlier) look inside needed.
  return cellCount > 1 || row.querySelector(NO_DATA) === null;
}

/**
 * The element's class attribute ('' or null when it has none). HTML elements reflect it as `className`,
 * a cheaper read than `getAttribute` (no attribute name to look up); other elements (SVG's
 * `className` is an object) read the attribute. An absent and an empty attribute both hold no class.
 */
export function classAttribute(element: Element): string | null {
  const names: unknown = element.className;
  return typeof names === 'string' ? names : element.getAttribute('class');
}

/** Tag name test without a case conversion: upper case in HTML documents, lower case in XHTML. */
function isTag(element: Element, upper: string, lower: string): boolean {
  const tag = element.tagName;
  return tag === upper || tag === lower;
}

function span(cell: Element, attribute: 'colspan' | 'rowspan'): number {
  const text = cell.getAttribute(attribute);
  if (text === null) return 1;
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, 1000) : 1;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

function isDocument(node: ParentNode): node is Document {
  return (node as Node).nodeType === 9;
}
