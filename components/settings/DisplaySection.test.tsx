import { act } from 'react';
import type { CreatorDeskDb } from '../../lib/db/database';
import { displayLocale, setDisplayLocale } from '../../lib/format/locale';
import { labelled, panelTestDb, renderPanel, until, type Rendered } from '../testing/render-panel';

let db: CreatorDeskDb;
let panel: Rendered;

beforeEach(() => {
  db = panelTestDb();
  window.location.hash = '#settings';
});
afterEach(async () => {
  await panel.unmount();
  await db.delete();
  setDisplayLocale(null);
  window.location.hash = '';
});

describe('numbers and dates', () => {
  it('follow the browser, or the locale the seller picks, everywhere in the panel', async () => {
    panel = await renderPanel(db);
    await until(() => labelled('Format numbers, money and dates as', panel.container), 10_000);
    expect(displayLocale()).toBe('en-US');
    const select = labelled('Format numbers, money and dates as', panel.container) as unknown as HTMLSelectElement;
    await act(async () => {
      select.value = 'de-DE';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(displayLocale()).toBe('de-DE'));
    expect((await db.settings.get('display'))?.values).toEqual({ locale: 'de-DE' });
    // The view was drawn again in German: the example shows a decimal comma.
    await until(() => expect(panel.container.textContent).toMatch(/1\.234,50\s\$ · 20\.11\.2026/), 10_000);
    expect(panel.container.textContent).toContain('Default 5.000 followers');
  }, 30_000);

  it('the shop currency the seller sets is the panel’s money, and stays set with the locale', async () => {
    panel = await renderPanel(db);
    await until(() => labelled('Shop currency', panel.container), 10_000);
    const select = labelled('Shop currency', panel.container) as unknown as HTMLSelectElement;
    await act(async () => {
      select.value = 'MYR';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(panel.container.textContent).toContain('Saved: money is in'));
    expect((await db.settings.get('display'))?.values).toEqual({ locale: null });
    expect((await db.settings.get('shop'))?.values).toEqual({ currency: 'MYR' });
    await until(() => expect(panel.container.textContent).toMatch(/e\.g\. RM\s?1,234\.50/));
    expect(panel.container.textContent).toContain('Every figure is in MYR');
  }, 30_000);
});
