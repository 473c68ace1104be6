/**
 * The status tab a table sits under (Target collaboration: Ongoing / Expiring / Canceled; Sample
 * requests: To review … Canceled). The active tab's title applies to every row of the table: rows
 * themselves often do not repeat it.
 *
 * Arco renders tabs as `.arco-tabs` with `span.arco-tabs-header-title-text` titles and the active one
 * inside `.arco-tabs-header-title-active`. The table is either inside the tabs (content panes) or
 * after a tabs header that only switches the query; so the search walks up from the table and looks
 * at each ancestor and at the tabs before it, nearest first. A page can stack several tab bars
 * (`Products | Creators` above the status tabs): the nearest one whose title means something wins.
 */
import { TABLE_ROOT } from '../table/arco-table';
import { collapseSpaces } from '../table/cell-text';

const TABS = '.arco-tabs, .theme-arco-tabs';
const ACTIVE_TITLE = '.arco-tabs-header-title-active, .theme-arco-tabs-header-title-active';
const TITLE_TEXT = '.arco-tabs-header-title-text, .theme-arco-tabs-header-title-text';

export interface TabReading<S> {
  status: S;
  /** The tab title as shown, counts removed (`Ongoing (12)` → `Ongoing`). */
  text: string;
}

/**
 * The first active tab title, from the table of `element` outwards, that `meaning` recognises.
 * Null when no tab bar around the table has one (then the row's own status cell decides).
 */
export function activeTabStatus<S>(element: Element, meaning: (title: string) => S | null): TabReading<S> | null {
  const start = element.closest(TABLE_ROOT) ?? element;
  for (let node: Element | null = start; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.matches(TABS)) {
      const found = readActive(node, meaning);
      if (found) return found;
    }
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const tabs = sibling.matches(TABS) ? sibling : sibling.querySelector(TABS);
      const found = tabs ? readActive(tabs, meaning) : null;
      if (found) return found;
    }
  }
  return null;
}

function readActive<S>(tabs: Element, meaning: (title: string) => S | null): TabReading<S> | null {
  const active = tabs.querySelector(ACTIVE_TITLE);
  if (!active) return null;
  const text = tabTitle(active.querySelector(TITLE_TEXT) ?? active);
  const status = text === '' ? null : meaning(text);
  return status === null ? null : { status, text };
}

/** Title text without the count badge pages add: `Ongoing (12)`, `To review 3`, `Shipped·4`. */
export function tabTitle(element: Element): string {
  return collapseSpaces(element.textContent ?? '')
    .replace(/\s*[(（[]\s*\d[\d,.]*\+?\s*[)）\]]\s*$/, '')
    .replace(/[\s·•:]*\d[\d,.]*\+?$/, '')
    .trim();
}
