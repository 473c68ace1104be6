/**
 * Silent on the page: nothing of ours may post to, dispatch on or leave marks on the Seller Center
 * page that names or reveals the extension. A listener installed in the page's own world before any
 * of its scripts records every window message, the custom events wxt's content-script wrapper would
 * dispatch, and every attribute or node added to the DOM once parsed; the test fails on anything that carries
 * the extension's id, its origin or its name.
 */
import type { Page } from '@playwright/test';
import { demoPage } from '../support/demo-pages';
import { serveSellerCenter } from '../support/seller-center-routes';
import { appendRows } from '../support/simulate-table';
import { expect, expectStored, test } from './fixtures';

const findCreators = demoPage('find-creators.fixture-a.html');

/** Runs in the page's main world before its own scripts; records what the page could observe. */
function installPageListener(extensionId: string): void {
  const seen: string[] = [];
  const revealing = (text: string) => {
    const lower = text.toLowerCase();
    return lower.includes(extensionId) || lower.includes('chrome-extension://') || lower.includes('wxt:');
  };
  const describe = (value: unknown): string => {
    try {
      return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  (window as unknown as { __silentCheck: { seen: string[]; messages: number } }).__silentCheck = { seen, messages: 0 };
  window.addEventListener('message', (event) => {
    (window as unknown as { __silentCheck: { messages: number } }).__silentCheck.messages += 1;
    const text = describe(event.data);
    if (revealing(text)) seen.push(`window message: ${text.slice(0, 200)}`);
  });
  // The event names wxt's content-script context uses (`<id>:<entrypoint>:wxt:…`), on window and document.
  for (const entrypoint of ['content', 'page-capture']) {
    for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
      const type = `${extensionId}:${entrypoint}:${name}`;
      window.addEventListener(type, () => seen.push(`window event: ${type}`));
      document.addEventListener(type, () => seen.push(`document event: ${type}`));
    }
  }
  // From the end of parsing on (the fixture's own markup names the project; the capture script
  // starts at document_idle, after that).
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) {
        const name = record.attributeName ?? '';
        const value = record.target.getAttribute(name) ?? '';
        if (revealing(`${name}=${value}`)) seen.push(`attribute: ${name}=${value.slice(0, 200)}`);
      }
      for (const node of record.addedNodes) {
        const html = node instanceof Element ? node.outerHTML : (node.textContent ?? '');
        if (revealing(html)) seen.push(`node: ${html.slice(0, 200)}`);
      }
    }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document, { subtree: true, childList: true, attributes: true }));
}

async function observed(page: Page): Promise<{ seen: string[]; messages: number }> {
  return page.evaluate(() => (window as unknown as { __silentCheck: { seen: string[]; messages: number } }).__silentCheck);
}

/** Everything the page can read about itself at the end: attributes, globals, stylesheets. */
async function pageMarks(page: Page, extensionId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const marks: string[] = [];
    const revealing = (text: string) => text.includes(id) || text.includes('chrome-extension://') || /wxt/i.test(text);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (revealing(`${attribute.name}=${attribute.value}`)) marks.push(`${element.tagName} ${attribute.name}`);
      }
    }
    for (const key of Object.getOwnPropertyNames(window)) if (revealing(key) || /creator/i.test(key)) marks.push(`window.${key}`);
    return marks;
  }, extensionId);
}

test('the capture script posts, dispatches and marks nothing the page can see', async ({ ext }) => {
  await ext.context.addInitScript(installPageListener, ext.extensionId);
  await serveSellerCenter(ext.context, [findCreators]);
  const page = await ext.context.newPage();
  await page.goto(findCreators.url);
  await expectStored(ext, 'creators', 15); // the capture script ran
  await appendRows(page, findCreators.rows, 5, 'late');
  await expectStored(ext, 'creators', 20);
  // An in-app route change, the moment wxt's location watcher would announce itself.
  await page.evaluate(() => history.pushState({}, '', `${location.pathname}?tab=2&shop_region=US`));
  await page.waitForTimeout(800);

  const { seen } = await observed(page);
  expect(seen).toEqual([]);
  expect(await pageMarks(page, ext.extensionId)).toEqual([]);
});

test('the page listener notices a message that names the extension', async ({ ext }) => {
  // Proof that the check above can fail: the same listener flags a message carrying the id.
  await ext.context.addInitScript(installPageListener, ext.extensionId);
  await serveSellerCenter(ext.context, [findCreators]);
  const page = await ext.context.newPage();
  await page.goto(findCreators.url);
  await page.evaluate((id) => window.postMessage({ type: `${id}:content:wxt:content-script-started` }, '*'), ext.extensionId);
  await page.evaluate((id) => document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`)), ext.extensionId);
  await page.evaluate((id) => document.body.setAttribute('data-ext', `chrome-extension://${id}/`), ext.extensionId);
  await expect.poll(async () => (await observed(page)).seen.length).toBe(3);
  expect(await pageMarks(page, ext.extensionId)).toEqual(['BODY data-ext']);
});
