/**
 * Makes a static fixture behave like the live page: rows arriving in batches as the seller scrolls,
 * and pagination replacing the rows. New rows are clones of the fixture's rows given new handles and
 * ids, so each batch holds creators (or videos) the extension has not seen yet.
 */
import type { Page } from '@playwright/test';

export interface TableSelectors {
  /** Element the rows live in (a tbody, or the div that holds div rows). */
  container: string;
  /** One data row inside it. */
  row: string;
}

/** Append `count` new rows (as infinite scroll does), tagged with `tag` so each batch is unique. */
export function appendRows(page: Page, selectors: TableSelectors, count: number, tag: string): Promise<void> {
  return renewRows(page, { selectors, count, tag, mode: 'append' });
}

/** Replace every row with a new page of as many rows (what clicking "next page" does). */
export function nextPage(page: Page, selectors: TableSelectors, tag: string): Promise<void> {
  return renewRows(page, { selectors, count: 0, tag, mode: 'replace' });
}

interface RenewOptions {
  selectors: TableSelectors;
  /** Rows to add (append mode); replace mode renews every row. */
  count: number;
  tag: string;
  mode: 'append' | 'replace';
}

function renewRows(page: Page, options: RenewOptions): Promise<void> {
  return page.evaluate(({ selectors, count, tag, mode }) => {
    // (Runs in the page.) Clone existing rows, renaming what identifies them.
    const container = document.querySelector(selectors.container);
    if (!container) throw new Error(`No rows container ${selectors.container}`);
    const templates = [...container.querySelectorAll(selectors.row)];
    if (templates.length === 0) throw new Error('No rows to clone');
    const total = mode === 'replace' ? templates.length : count;
    const fresh: Element[] = [];
    for (let i = 0; i < total; i++) {
      const clone = templates[i % templates.length]!.cloneNode(true) as Element;
      // Digits only, unique per (tag, i): ids stay numeric like the real ones.
      const idSuffix = `${[...tag].map((c) => c.charCodeAt(0) % 10).join('')}${String(i).padStart(4, '0')}`;
      const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        node.nodeValue = node.nodeValue!.replace(/@([A-Za-z0-9_.]+)/g, (_m, handle: string) => `@${handle.slice(0, 18)}_${tag}${i}`.slice(0, 30));
        if (/^\s*ID:\s*\d+\s*$/.test(node.nodeValue)) node.nodeValue = `${node.nodeValue.trim()}${idSuffix}`;
      }
      // Display names too, so even a row without handle or id is a different row.
      for (const name of clone.querySelectorAll('[data-e2e="3b9caa65-c65a-e9df"]')) name.append(` ${tag}${i}`);
      for (const box of clone.querySelectorAll('input[type="checkbox"][value]')) {
        box.setAttribute('value', `${box.getAttribute('value')}${idSuffix}`);
      }
      for (const link of clone.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href')!;
        link.setAttribute('href', href.replace(/(cid=|\/video\/)(\d+)/, (_m, key: string, id: string) => `${key}${id}${idSuffix}`));
      }
      fresh.push(clone);
    }
    // Arco re-renders rows on a page change: new elements replace the old ones, as React does.
    if (mode === 'replace') for (const row of templates) row.remove();
    container.append(...fresh);
    if (mode === 'replace') {
      const active = document.querySelector('.arco-pagination-item-active');
      const next = active?.nextElementSibling;
      if (active && next?.classList.contains('arco-pagination-item')) {
        active.classList.remove('arco-pagination-item-active');
        next.classList.add('arco-pagination-item-active');
      }
    }
  }, options);
}
