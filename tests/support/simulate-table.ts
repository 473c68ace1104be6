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

/** Rows container and row selector for both Arco markups our fixtures use. */
export const ARCO_TR: TableSelectors = { container: '.arco-table-body tbody, .arco-table tbody', row: 'tr.arco-table-tr' };

/** Append `count` new rows (as infinite scroll does), tagged with `tag` so each batch is unique. */
export async function appendRows(page: Page, selectors: TableSelectors, count: number, tag: string): Promise<void> {
  await page.evaluate(
    ({ selectors, count, tag }) => {
      // (Runs in the page.) Clone existing rows, renaming what identifies them.
      const container = document.querySelector(selectors.container);
      if (!container) throw new Error(`No rows container ${selectors.container}`);
      const templates = [...container.querySelectorAll(selectors.row)];
      if (templates.length === 0) throw new Error('No rows to clone');
      const fresh: Element[] = [];
      for (let i = 0; i < count; i++) {
        const clone = templates[i % templates.length]!.cloneNode(true) as Element;
        const suffix = `${tag}${i}`;
        // Digits only, unique per (tag, i): ids stay numeric like the real ones.
        const idSuffix = `${[...tag].map((c) => c.charCodeAt(0) % 10).join('')}${String(i).padStart(4, '0')}`;
        const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          node.nodeValue = node.nodeValue!.replace(/@([A-Za-z0-9_.]+)/g, (_m, handle: string) => `@${handle.slice(0, 20)}_${suffix}`.slice(0, 30));
        }
        for (const box of clone.querySelectorAll('input[type="checkbox"][value]')) {
          box.setAttribute('value', `${box.getAttribute('value')}${idSuffix}`);
        }
        for (const link of clone.querySelectorAll('a[href]')) {
          link.setAttribute('href', link.getAttribute('href')!.replace(/(cid=|\/video\/)(\d+)/, (_m, key: string, id: string) => `${key}${id}${idSuffix}`));
        }
        for (const node of clone.querySelectorAll('*')) {
          if (node.children.length === 0 && /^ID:\s*\d+$/.test(node.textContent ?? '')) node.textContent = `${node.textContent}${idSuffix}`;
        }
        fresh.push(clone);
      }
      container.append(...fresh);
    },
    { selectors, count, tag },
  );
}

/** Replace every row with a new page of rows (what clicking "next page" does). */
export async function nextPage(page: Page, selectors: TableSelectors, tag: string): Promise<void> {
  await page.evaluate(
    ({ selectors, tag }) => {
      const container = document.querySelector(selectors.container);
      if (!container) throw new Error(`No rows container ${selectors.container}`);
      const rows = [...container.querySelectorAll(selectors.row)];
      for (const row of rows) {
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          node.nodeValue = node.nodeValue!.replace(/@([A-Za-z0-9_.]+)/g, (_m, handle: string) => `@${handle.slice(0, 20)}_${tag}`.slice(0, 30));
        }
        for (const box of row.querySelectorAll('input[type="checkbox"][value]')) box.setAttribute('value', `${box.getAttribute('value')}9`);
        // Arco re-renders rows on page change: replace the element, as React would.
        row.replaceWith(row.cloneNode(true));
      }
      const active = document.querySelector('.arco-pagination-item-active');
      const next = active?.nextElementSibling;
      if (active && next?.classList.contains('arco-pagination-item')) {
        active.classList.remove('arco-pagination-item-active');
        next.classList.add('arco-pagination-item-active');
      }
    },
    { selectors, tag },
  );
}
