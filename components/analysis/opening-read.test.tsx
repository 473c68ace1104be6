import Dexie from 'dexie';
import { DEFAULT_SETTINGS } from '../../lib/analytics/index';
import { ProgramAnalyser } from '../../lib/analytics/program-analyser';
import { analysisCacheDbName, openAnalysisCache } from '../../lib/analysis-store/analysis-cache';
import { summaryOfAnalysis } from '../../lib/analysis-store/analysis-summary';
import { loadProgramData } from '../../lib/analysis-store/load-program-data';
import { readOnOpening, startOpeningRead } from '../../lib/analysis-store/opening-read';
import { velocitySummary } from '../overview/VelocitySection';
import { NOW, creator, daysAgo, panelTestDb, q, renderPanel, until, video } from '../testing/render-panel';

// The opening read is once per page (module state): one panel opening per file.
describe('opening the panel with the opening read', () => {
  it('shows the saved Overview in its first render, marked, then the fresh analysis', async () => {
    const db = panelTestDb();
    window.location.hash = '#overview';
    window.localStorage.clear();
    await db.creators.bulkPut([creator('1', 'Mia', { followers: q(45_200) }), creator('2', 'Leo')]);
    await db.content.bulkPut([
      video('id:1', daysAgo(2), { views: q(12_000), clicks: q(1_500), orders: q(15), gmv: q(1_200, 'USD') }),
      video('id:2', daysAgo(9), { views: q(900) }),
    ]);
    const data = await loadProgramData(db, () => {});
    const fresh = new ProgramAnalyser().analyse({ data, programs: [], settings: DEFAULT_SETTINGS, asOf: NOW, windowDays: 28 });
    const cache = openAnalysisCache(db.name);
    await cache.write(summaryOfAnalysis(fresh, new Map()), NOW);
    cache.close();
    // What the panel's first script does, for this test's database.
    await startOpeningRead(() => readOnOpening(indexedDB, null, db.name));

    // Everything above the velocity numbers in the layout, with what it says (the saved analysis'
    // notice floats over the panel: not in the layout).
    const above = () => {
      const texts: (string | null)[] = [];
      for (let at = document.querySelector('[data-testid="velocity-summary"]'); at && at !== document.body; at = at.parentElement) {
        for (let sibling = at.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
          if (sibling.getAttribute('data-testid') !== 'analysis-cached') texts.unshift(sibling.textContent);
        }
      }
      return texts;
    };
    const seen: { notice: boolean; summary: string | null; above: (string | null)[] }[] = [];
    const record = new MutationObserver(() => {
      const summary = document.querySelector('[data-testid="velocity-summary"]');
      if (summary) seen.push({ notice: document.querySelector('[data-testid="analysis-cached"]') !== null, summary: summary.textContent, above: above() });
    });
    record.observe(document.body, { childList: true, subtree: true, characterData: true });
    const panel = await renderPanel(db);
    // No read to wait for: the first render has the saved numbers, and the weekly sections above them.
    expect(panel.container.querySelector('[data-testid="analysis-cached"]')).not.toBeNull();
    expect(panel.container.querySelector('[data-testid="velocity-summary"]')?.textContent).toBe(velocitySummary(fresh.velocity));
    const firstAbove = above();
    expect(firstAbove.some((text) => text?.startsWith('This week'))).toBe(true);
    expect(firstAbove.some((text) => text?.startsWith('Program phase and budget'))).toBe(true);
    // The shop eligibility line too (nothing checked yet here), from the opening read.
    expect(firstAbove).toContain('Shop eligibility: not checked yet. Check it.');
    await until(() => expect(panel.container.querySelector('[data-testid="analysis-cached"]')).toBeNull());
    // The fresh analysis says the same above the velocity section: nothing appears or moves there.
    await until(() => expect(above()).toEqual(firstAbove));
    record.disconnect();
    expect(seen[0]).toEqual({ notice: true, summary: velocitySummary(fresh.velocity), above: firstAbove });
    expect(seen.at(-1)).toEqual({ notice: false, summary: velocitySummary(fresh.velocity), above: firstAbove });

    await panel.unmount();
    await Dexie.delete(analysisCacheDbName(db.name));
    await db.delete();
  });
});
