import type { CreatorDeskDb } from '../lib/db/database';
import { act } from 'react';
import { acceptCreatorTier } from '../lib/db/program-store';
import {
  button,
  click,
  creator,
  daysAgo,
  labelled,
  panelTestDb,
  q,
  region,
  renderPanel,
  typeInto,
  until,
  video,
  type Rendered,
} from './testing/render-panel';

let db: CreatorDeskDb;
let panel: Rendered;

beforeEach(async () => {
  db = panelTestDb();
  window.location.hash = '';
  window.localStorage.clear();
  fakeBrowser.reset();
  vi.spyOn(browser.tabs, 'query').mockImplementation((() => Promise.resolve([])) as never);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(360);
  await db.creators.bulkPut([
    creator('1', 'Mia', { followers: q(45_200) }, { displayName: '=HYPERLINK("http://x","y")' }),
    creator('2', 'Leo', { followers: q(3_000) }),
  ]);
  // Mia: 15 orders from 1,500 clicks (1%), Leo: 1 from 250 (0.4%).
  await db.content.bulkPut([
    video('id:1', daysAgo(2), { gmv: q(800, 'USD'), clicks: q(1000), orders: q(5) }),
    video('id:1', daysAgo(9), { gmv: q(400, 'USD'), clicks: q(500), orders: q(10) }),
    video('id:2', daysAgo(3), { gmv: q(50, 'USD'), clicks: q(250), orders: q(1) }),
  ]);
});

afterEach(async () => {
  await panel.unmount();
  await db.delete();
  vi.restoreAllMocks();
});

/** The count a flag shows under "Across the program" (`Low conversion: 1`). */
const actionCount = (id: string) => {
  const group = document.querySelector(`[data-testid="action-${id}"]`);
  return `${group?.querySelector('a, span')?.firstChild?.textContent}: ${group?.lastElementChild?.lastChild?.textContent}`;
};

describe('program views', () => {
  it('shows the overview: velocity, roster health, flags across the program, leaderboard', async () => {
    panel = await renderPanel(db);
    await until(() => expect(document.querySelector('[data-testid="velocity-summary"]')).not.toBeNull());
    expect(document.querySelector('[data-testid="velocity-summary"]')?.textContent).toContain('3 posts over 12 weeks');
    expect(document.querySelector('[data-testid="roster-tier1"]')?.textContent).toContain('1 placed');
    expect(document.querySelector('[data-testid="roster-prospect"]')?.textContent).toContain('1 placed');
    expect(actionCount('suggestions')).toBe('Tier suggestions waiting: 2');
    expect(actionCount('low-conversion')).toBe('Low conversion: 1');
    expect(region("This week's leaderboard").textContent).toContain('@Mia');
  });

  it('accepts a tier suggestion from the creator view, keeping the history', async () => {
    window.location.hash = '#creators/id%3A1';
    panel = await renderPanel(db);
    await until(() => expect(document.querySelector('[data-testid="tier-suggestion"]')?.textContent).toContain('Place in Tier 1'));
    expect(document.querySelector('[data-testid="tier-suggestion"]')?.textContent).toContain('45.2K followers is in the Tier 1 (nano/micro) band');
    await click(button('Accept'));
    await until(() => expect(document.querySelector('[data-testid="accepted-tier"]')?.textContent).toContain('Tier 1'));
    const program = await db.programs.get('id:1');
    expect(program?.acceptedTier).toBe('tier1');
    expect(program?.tierHistory.map((h) => h.tier)).toEqual(['tier1']);
    await until(() => expect(document.querySelector('[data-testid="tier-suggestion"]')).toBeNull());
  });

  it('saves edited agreement fields, refusing invalid ones', async () => {
    window.location.hash = '#creators/id%3A2';
    panel = await renderPanel(db);
    await until(() => labelled('Agreed posts per week'));
    await typeInto(labelled('Agreed posts per week'), '-1');
    await click(button('Save'));
    await until(() => expect(document.body.textContent).toContain('Posts per week cannot be negative.'));
    expect(labelled('Agreed posts per week').getAttribute('aria-invalid')).toBe('true');
    await typeInto(labelled('Agreed posts per week'), '3');
    await typeInto(labelled('Notes'), 'Met at the expo');
    await click(button('Save'));
    await until(() => expect(document.body.textContent).toContain('Saved.'));
    await until(() => expect(document.querySelector('[data-testid="scorecard"]')?.textContent).toContain('0.3 / 3'));
    const program = await db.programs.get('id:2');
    expect(program?.agreedPostsPerWeek).toBe(3);
    expect(program?.notes).toBe('Met at the expo');
  });

  it('sets agreement terms for everyone placed in a tier, whatever the search shows', async () => {
    await acceptCreatorTier(db, 'id:1', 'tier1');
    await acceptCreatorTier(db, 'id:2', 'tier1');
    window.location.hash = '#creators';
    panel = await renderPanel(db);
    await until(() => labelled('Search by handle or name'));
    await typeInto(labelled('Search by handle or name'), 'Leo');
    const form = document.querySelector('form[aria-label="Agreement terms for many creators"]') as HTMLFormElement;
    const target = labelled('Apply to', form) as unknown as HTMLSelectElement;
    expect([...target.options].map((o) => o.textContent)).toEqual(['The creator shown (1)', 'Everyone placed in Tier 1 (2)']);
    await act(async () => {
      target.value = 'tier1';
      target.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await typeInto(labelled('Agreed commission (%)', form), '15');
    await click(button('Apply to 2 creators', form));
    await until(() => expect(form.querySelector('[role="status"]')?.textContent).toBe('Applied to 2 creators.'));
    expect((await db.programs.bulkGet(['id:1', 'id:2'])).map((p) => p?.agreedCommissionRate)).toEqual([0.15, 0.15]);
  });

  it('changing a setting updates the flags', async () => {
    window.location.hash = '#settings';
    panel = await renderPanel(db);
    await until(() => labelled('Flag conversion on clicks below'));
    expect(labelled('Flag conversion on clicks below').value).toBe('1');
    await typeInto(labelled('Flag conversion on clicks below'), '0.3');
    await click(button('Save settings'));
    await until(() => expect(document.body.textContent).toContain('Saved. Flags, suggestions and lists now use these settings.'));
    await click(document.querySelector<HTMLAnchorElement>('nav a[href="#overview"]')!);
    window.location.hash = '#overview';
    await until(() => expect(actionCount('low-conversion')).toBe('Low conversion: 0'));

    window.location.hash = '#settings';
    await until(() => button('Reset to defaults'));
    await click(button('Reset to defaults'));
    await click(button('Yes, reset'));
    await until(() => expect(labelled('Flag conversion on clicks below').value).toBe('1'));
  });

  it('exports the scorecards as CSV with the issue columns and neutralised names', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    panel = await renderPanel(db);
    await until(() => expect(button('CSV file of every scorecard').disabled).toBe(false));
    await click(button('CSV file of every scorecard'));
    await until(() => expect(blobs).toHaveLength(1));
    expect(downloads[0]).toMatch(/^creator-scorecards-\d{4}-\d{2}-\d{2}-28d\.csv$/);
    const text = await blobs[0]!.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Creator ID,Handle,Display name,Followers,Current tier,Suggested tier,Suggestion reason,Agreed posts per week,Posts,Output rate (%),Currency,GMV,Orders,Clicks,Conversion rate (%),Revenue per post,Est. commission,Agreed commission rate (%),Flat fees,Sample cost,Spark Ads spend,Total cost,Commission-to-revenue (%),Hook retention (%),Repeat purchase rate (%),Samples received,Net contribution,GMV per sample dollar,Spark Ads return,Last post date,Flags,' +
        ['GMV', 'Orders', 'Posts', 'Clicks', 'Est. commission'].map((m) => `${m} source,${m} period,${m} captured at`).join(','),
    );
    expect(lines[1]).toMatch(/^1,Mia,"'=HYPERLINK\(""http:\/\/x"",""y""\)",45200,,Tier 1,45\.2K followers is in the Tier 1/);
    expect(lines[1]).toMatch(/,2,,[A-Z]{3},1200,15,1500,1,600,/); // conversion 1% written as a percentage
    expect(lines[2]).toMatch(/^2,Leo,,3000,,Prospect,/);
    expect(lines[2]).toMatch(/,Low conversion,/);
    await until(() => expect(document.body.textContent).toContain('(2 creators).'));

    // The second choice: a workbook.
    await click(button('Excel workbook of every scorecard'));
    await until(() => expect(blobs).toHaveLength(2));
    expect(downloads[1]).toMatch(/-28d\.xlsx$/);
  });
});
