/**
 * Text out of table cells. Always `textContent`, never `innerText`: innerText forces a layout, and
 * the content script reads large tables while the page is busy rendering them.
 */
import type { Quantity } from '../parse/quantity';
import { parseQuantity, type ParseOptions } from '../parse/values';

/** Elements that start a new line of text (what a reader would see as separate lines). */
const BLOCK_TAGS = new Set([
  'DIV', 'P', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'TD', 'TH',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Whitespace other than single spaces between words: only such text needs the replace. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

export function collapseSpaces(text: string): string {
  const trimmed = text.trim();
  return LOOSE_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** True for the page's "not applicable" marks. */
export function isDash(text: string): boolean {
  // Most texts are values or names: one look at the first character settles them. Only `-`, and
  // what trim() may remove or `–`/`—` (all ≥ U+2000 but for U+00A0 and U+1680), go on to the test.
  const first = text.charCodeAt(0);
  if (first > 32 && first !== 45 && first !== 0xa0 && first !== 0x1680 && first < 0x2000) return false;
  return /^[-–—]{1,3}$/.test(text.trim());
}

/**
 * The cell's whole text, whitespace collapsed; null when the cell is missing or blank. Arco puts the
 * value in `.arco-table-cell-wrap-value`; its siblings (indent, expand icon) hold no text, so the
 * cell's own textContent is the same text without a lookup per cell.
 */
export function cellText(cell: Element | null | undefined): string | null {
  if (!cell) return null;
  const text = collapseSpaces(cell.textContent ?? '');
  return text === '' ? null : text;
}

/**
 * The lines of text in an element, split where blocks (and `<br>`, and `data-e2e` components,
 * which the page styles as blocks) begin and end. Elements for which `skip` is true are left out.
 */
export function textLines(root: Element, skip?: (element: Element, e2e: string | null) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    // Nested blocks flush at every edge: most flushes find nothing.
    if (current === '') return;
    const line = collapseSpaces(current);
    if (line !== '') lines.push(line);
    current = '';
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      // Read once: every DOM property read is a call into the browser.
      const type = child.nodeType;
      if (type === 3) {
        current += child.nodeValue ?? '';
      } else if (type === 1) {
        const element = child as Element;
        // Upper case for HTML elements in an HTML document; only other documents need converting.
        const name = element.tagName;
        const tag = name.charCodeAt(0) >= 97 ? name.toUpperCase() : name;
        if (tag === 'BR') {
          flush();
          continue;
        }
        if (SKIPPED_TAGS.has(tag)) continue;
        const e2e = element.getAttribute('data-e2e');
        if (skip?.(element, e2e)) continue;
        const block = BLOCK_TAGS.has(tag) || e2e !== null;
        if (block) flush();
        // A leaf's text in one call rather than a walk over its text nodes.
        if (element.firstElementChild === null) current += element.textContent ?? '';
        else visit(element);
        if (block) flush();
      }
    }
  };
  visit(root);
  flush();
  return lines;
}

/** The last region's parse options: every cell of a table asks for the same one. */
let lastOptions: { region: string | null; options: ParseOptions | undefined } = { region: null, options: undefined };
function parseOptions(region: string | null): ParseOptions | undefined {
  if (lastOptions.region !== region) lastOptions = { region, options: region ? { region } : undefined };
  return lastOptions.options;
}

/**
 * A metric cell's value. Usually the whole text (`$12.3K`); when a cell adds a note (a trend
 * arrow, "vs last period"), the first line that parses is taken. Null for `--`, blanks and text
 * that is not a number: unknown is never 0.
 */
export function cellQuantity(cell: Element | null | undefined, region: string | null): Quantity | null {
  const text = cellText(cell);
  if (text === null || isDash(text)) return null;
  const options = parseOptions(region);
  const whole = parseQuantity(text, options);
  if (whole !== null || !cell) return whole;
  for (const line of textLines(cell)) {
    if (line === text || isDash(line)) continue;
    const quantity = parseQuantity(line, options);
    if (quantity !== null) return quantity;
  }
  return null;
}
