import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createTemplate, loadCheckSettings } from '../../lib/db/brief-store';
import type { CreatorDeskDb } from '../../lib/db/database';
import { AnalysisProvider } from '../analysis/AnalysisContext';
import { ScorecardWindowProvider } from '../analysis/scorecard-window';
import { NowProvider } from '../common/now';
import { DbProvider } from '../db/DbContext';
import { button, click, creator, exact, labelled, panelTestDb, region, typeInto, until, video } from '../testing/render-panel';
import { BriefsView } from './BriefsView';

let db: CreatorDeskDb;
let container: HTMLDivElement;
let root: Root;
const writes: string[] = [];

beforeEach(async () => {
  db = panelTestDb();
  writes.length = 0;
  localStorage.clear();
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void writes.push(text) },
  });
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  await db.delete();
  window.location.hash = '';
});

async function show(hash: string) {
  window.location.hash = hash;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <DbProvider db={db}>
        <NowProvider>
          <ScorecardWindowProvider>
            <AnalysisProvider>
              <BriefsView />
            </AnalysisProvider>
          </ScorecardWindowProvider>
        </NowProvider>
      </DbProvider>,
    ),
  );
}

/** Like `until`, for checks that read the database. */
async function eventually(check: () => Promise<void>, timeoutMs = 4000) {
  const started = Date.now();
  for (;;) {
    try {
      await act(check);
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}

function findings(): string {
  return container.querySelector('[aria-live="polite"]')?.textContent ?? '';
}

describe('brief builder view', () => {
  it('creates a template from an angle starter and opens it in the editor', async () => {
    await show('#briefs?new=social-proof');
    await until(() => labelled('Product', container));
    await typeInto(labelled('Product', container), 'Glow Serum');
    await click(button('Create template', container));
    await until(() => expect(window.location.hash).toMatch(/^#briefs\/edit\//));
    await act(async () => window.dispatchEvent(new HashChangeEvent('hashchange')));
    await until(() => expect(container.textContent).toContain('Edit brief template'));
    expect((await db.briefTemplates.toArray())[0]?.brief.hookAngle).toBe('social-proof');
  });

  it('flags "link in bio" and "cures acne", fixes them, saves versions and reopens an old one', async () => {
    const t = await createTemplate(db, { productName: 'Glow Serum', starter: 'problem-agitation' }, { id: 't1' });
    await show(`#briefs/edit/${t.id}`);
    await until(() => labelled('Call to action', container));
    await typeInto(labelled('Product truth 1', container), 'Fragrance-free');
    await typeInto(labelled('Hook direction', container), 'Open on the breakout that cures acne overnight');
    await typeInto(labelled('Call to action', container), 'link in bio');
    await until(() => {
      expect(findings()).toContain('"link in bio" is too passive');
      expect(findings()).toContain('"cures" is a medical claim');
    });
    // Highlighted as text, never as markup.
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(expect.arrayContaining(['cures', 'link in bio']));

    const checks = region('Checks', container);
    await click([...checks.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Replace with'))!);
    expect((labelled('Call to action', container) as HTMLInputElement).value).toBe('Grab it directly from my TikTok Shop');
    await typeInto(labelled('Hook direction', container), 'Open on the breakout you hide every morning');
    await until(() => {
      expect(findings()).not.toContain('link in bio');
      expect(findings()).not.toContain('medical claim');
    });

    await click(button('Save', container));
    await until(() => expect(container.textContent).toContain('Saved as version 2.'));

    await click(button('Copy as Markdown', container));
    await until(() => expect(writes.at(-1)).toContain('## 4. Call to action\n\nGrab it directly from my TikTok Shop'));

    await typeInto(labelled('Call to action', container), "I'll have the link pinned");
    await click(button('Save', container));
    await until(() => expect(container.textContent).toContain('Saved as version 3.'));

    await click(button('Open version 2', container));
    const v2 = container.querySelector('[role="region"][aria-label="Version 2"]');
    expect(v2?.textContent).toContain('Grab it directly from my TikTok Shop');
    await click(button('Restore version 2', container));
    await until(() => expect(container.textContent).toContain('Restored version 2 as version 4.'));
    expect((labelled('Call to action', container) as HTMLInputElement).value).toBe('Grab it directly from my TikTok Shop');
    expect((await db.briefTemplates.get('t1'))?.versions).toHaveLength(4);
  });

  it('keeps unsaved edits across leaving the view and a reload, until discarded', async () => {
    const t = await createTemplate(db, { productName: 'Serum' }, { id: 't5' });
    await show(`#briefs/edit/${t.id}`);
    await until(() => labelled('Hook direction', container));
    await typeInto(labelled('Hook direction', container), 'I did not expect this');
    expect(container.textContent).toContain('Unsaved changes');
    // Leave the view (or reload the panel): the editor unmounts.
    await act(async () => root.unmount());
    container.remove();
    await show(`#briefs/edit/${t.id}`);
    await until(() => expect((labelled('Hook direction', container) as HTMLInputElement).value).toBe('I did not expect this'));
    expect(container.querySelector('[data-testid="draft-restored"]')?.textContent).toContain('are back');
    expect((await db.briefTemplates.get('t5'))?.brief.hookText).toBe('');
    await click(button('Discard them', container));
    await until(() => expect((labelled('Hook direction', container) as HTMLInputElement).value).toBe(''));
    expect(container.querySelector('[data-testid="draft-restored"]')).toBeNull();
  });

  it('asks before copying a brief with must-fix findings, and names them', async () => {
    const t = await createTemplate(db, { productName: 'Serum' }, { id: 't6' });
    await show(`#briefs/edit/${t.id}`);
    await until(() => labelled('Hook direction', container));
    await typeInto(labelled('Hook direction', container), 'Clinically proven to cure acne');
    await until(() => expect(findings()).toContain('cure'));
    await click(button('Copy for WhatsApp', container));
    const confirm = () => container.querySelector('[data-testid="confirm-must-fix"]');
    await until(() => expect(confirm()?.textContent).toContain('Copy for WhatsApp anyway?'));
    expect(confirm()?.textContent).toMatch(/Hook[^:]*“[^”]*cure[^”]*”/i);
    expect(document.activeElement).toBe(confirm());
    await click(button('Cancel and fix', container));
    expect(confirm()).toBeNull();
    expect(writes).toHaveLength(0);
    expect(container.textContent).toContain('Not sent: fix the findings listed under Checks first.');
  });

  it('marks a claim as substantiated instead of removing it', async () => {
    const t = await createTemplate(db, { productName: 'Serum' }, { id: 't2' });
    await show(`#briefs/edit/${t.id}`);
    await until(() => labelled('Hook direction', container));
    await typeInto(labelled('Hook direction', container), 'Clinically proven to hydrate');
    await until(() => expect(findings()).toContain('needs a study'));
    await click(button('Mark as substantiated', container));
    await until(() => expect(findings()).not.toContain('needs a study'));
    expect(container.textContent).toContain('Marked as substantiated');
  });

  it('personalises for a creator and tags their posts with the brief', async () => {
    const t = await createTemplate(db, { productName: 'Serum', starter: 'curiosity-gap' }, { id: 't3' });
    await db.creators.put(creator('7', 'maya.glow', {}, { displayName: 'Maya' }));
    await db.content.put(video('id:7', '2026-05-01', { gmv: exact(120, 'USD'), orders: exact(4), clicks: exact(50) }, { title: 'Morning routine' }));
    await show(`#briefs/edit/${t.id}`);
    await until(() => expect(container.querySelector('option[value="id:7"]')).not.toBeNull());
    const select = labelled('Creator', container) as unknown as HTMLSelectElement;
    await act(async () => {
      select.value = 'id:7';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => labelled('Morning routine', container));
    await click(labelled('Morning routine', container));
    await eventually(async () => expect((await db.content.toArray())[0]?.briefId).toBe('t3@v1'));
    await until(() => expect(container.textContent).toContain('Curiosity gap (8% of clicks became orders)'));
    await click(button('Copy as plain text', container));
    // The starter leaves parts to fill in: copying asks first and names what is still to fix.
    await until(() => expect(container.querySelector('[data-testid="confirm-must-fix"]')?.textContent).toMatch(/still has \d+ problems? marked Must fix/));
    expect(writes).toHaveLength(0);
    await click(button('Copy as plain text anyway', container));
    await until(() => expect(writes.at(-1)).toContain('For: Maya (@maya.glow)'));
    // The template itself is not personalised.
    expect((await db.briefTemplates.get('t3'))?.brief.personalisation).toBeUndefined();
  });

  it('stores competitor names and custom rules from the check rules tab', async () => {
    await show('#briefs/rules');
    await until(() => labelled('Competitor name', container));
    await typeInto(labelled('Competitor name', container), 'GlowCo');
    await click(button('Add', container));
    await eventually(async () => expect((await loadCheckSettings(db)).competitors).toEqual(['GlowCo']));
    await typeInto(labelled('Phrase to flag', container), 'dm me');
    await typeInto(labelled('Why it is a problem', container), 'Sends buyers away from the shop.');
    await click(button('Add rule', container));
    await eventually(async () => expect((await loadCheckSettings(db)).customRules[0]?.patterns).toEqual(['dm me']));
    await click(labelled('Miracle claims', container));
    await eventually(async () => expect((await loadCheckSettings(db)).disabledRuleIds).toEqual(['claim-miracle']));
  });

  it('fills in creator updates and builds the weekly shout-out from the leaderboard', async () => {
    await db.creators.put(creator('7', 'maya.glow', {}, { displayName: 'Maya' }));
    await show('#briefs/updates');
    await until(() => labelled('Product', container));
    await typeInto(labelled('Product', container), 'Glow Serum');
    const text = () => container.querySelector('[data-testid="update-text"]')?.textContent ?? '';
    await until(() => expect(text()).toContain('*Glow Serum* just landed in our TikTok Shop'));
    expect(text()).toContain('Hi everyone,');
    await until(() => expect(container.querySelector('[data-testid="shoutout-text"]')?.textContent).toContain('Weekly shout-out'), 8000);
    await click(button('Copy shout-out', container));
    await until(() => expect(writes.at(-1)).toContain('Weekly shout-out'));
    // Copying records it in the outreach log.
    await eventually(async () => expect(await db.outreach.toArray()).toMatchObject([{ kind: 'shout-out', summary: 'Weekly shout-out', status: 'copied' }]));
  });

  it('shows conversion and revenue per post by hook angle, unknown as unknown', async () => {
    await createTemplate(db, { productName: 'Serum', starter: 'curiosity-gap' }, { id: 'a' });
    await createTemplate(db, { productName: 'Serum', starter: 'social-proof' }, { id: 'b' });
    await db.content.bulkPut([
      video('id:7', '2026-05-01', { gmv: exact(120, 'USD'), orders: exact(4), clicks: exact(50) }, { briefId: 'a@v1' }),
      video('id:7', '2026-05-02', { gmv: exact(80, 'USD'), orders: exact(1), clicks: exact(50) }, { briefId: 'a@v1' }),
      video('id:8', '2026-05-03', {}, { briefId: 'b' }),
      video('id:8', '2026-05-04', {}),
    ]);
    await show('#briefs/results');
    await until(() => expect(container.querySelector('table')).not.toBeNull());
    const rows = [...container.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Social proof', '1', '—unknown', '—unknown'],
      ['Curiosity gap', '2', '5%', '$100'],
    ]);
    expect(container.textContent).toContain('Curiosity gap converts best so far: 5% of clicks became orders.');
    // The count of stored posts is a query of its own: it may answer after the table.
    await until(() => expect(container.textContent).toContain('3 posts tagged of 4 stored'));
  });
});
