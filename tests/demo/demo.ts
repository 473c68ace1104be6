/**
 * The demo: a beauty shop's creator program, sixteen weeks in, on the day the demo runs.
 * 1. The program so far (55 creators, their posts, orders, samples, collaborations, the seller's
 *    tiers, agreed rates and briefs; generated relative to today by ./story) is restored through
 *    the Data view, as a seller restores a backup.
 * 2. Chromium with the built extension browses today's Find creators and Sample requests pages at
 *    their real Affiliate Center addresses: five newcomers and their sample requests are captured.
 * 3. The side panel is photographed view by view (400 px, light and dark), at 320 and 600 px, and
 *    as five 1280×800 Chrome Web Store screenshots; the summary says what to look at in each.
 * With a display the browser stays open for you to explore; without one it runs headless and
 * writes everything into a folder whose path it prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { captureDemoPages } from '../support/capture-demo';
import { countStore } from '../support/extension-db';
import { openPanelView, restoreBackupInPanel } from '../support/panel';
import { screenshotWholePanel } from '../support/panel-screenshot';
import { demoBackupText } from './story/backup';
import { generateDemoProgram, type DemoStory } from './story/program';
import { writeDemoPages } from './story/pages';
import { storeScreenshots } from './store-screenshots';

const STORES = ['creators', 'content', 'snapshots', 'collaborations', 'samples', 'orders', 'programs', 'briefTemplates', 'captureLog'];

export async function runDemo(): Promise<void> {
  const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.env.HEADLESS === '1';
  const asOf = Date.now();
  const outDir = path.resolve('demo-output', new Date(asOf).toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(outDir, { recursive: true });

  const { tables, story } = generateDemoProgram(asOf);
  const backupFile = path.join(outDir, 'demo-program-backup.json');
  fs.writeFileSync(backupFile, demoBackupText(tables, asOf));
  const pages = writeDemoPages(path.join(outDir, 'pages'), asOf);

  const ext = await launchWithExtension({ headless });
  const shots: [file: string, lookAt: string][] = [];
  const shot = (file: string, lookAt: string) => shots.push([file, lookAt]);

  try {
    const panel = await openPanelView(ext, 'data', 400);
    await restoreBackupInPanel(panel, backupFile);

    // Today's pages, visited in a tab that stays open for exploring when the browser is shown.
    const tab = await ext.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await captureDemoPages(ext, {
      pages,
      tab,
      async afterCapture(page, demo, index) {
        await waitForQuiet(ext);
        const file = `page-${index + 1}-${slug(demo.name)}.png`;
        await page.screenshot({ path: path.join(outDir, file) });
        shot(file, `${demo.name} at ${demo.url}: the page as the seller sees it; Creator Desk read its table as the page loaded.`);
      },
    });

    for (const [view, lookAt] of viewNotes(story)) {
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        await openPanelView(ext, view, 400, panel);
        const file = `panel-${view}-400-${scheme}.png`;
        await screenshotWholePanel(panel, path.join(outDir, file));
        shot(file, lookAt);
      }
    }
    for (const width of [320, 600]) {
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        for (const view of ['overview', 'creators', 'briefs', 'data']) {
          await openPanelView(ext, view, width, panel);
          const file = `panel-${view}-${width}-${scheme}.png`;
          await screenshotWholePanel(panel, path.join(outDir, file));
          shot(file, `The ${view} view at ${width} px (${scheme}): labels, badges and the nav fit without cutting words.`);
        }
      }
    }
    await panel.emulateMedia({ colorScheme: null });

    for (const [file, lookAt] of await storeScreenshots(ext, tab, pages, outDir, story)) shot(file, lookAt);
    await openPanelView(ext, 'overview', 400, panel);

    const summary = [
      `Creator Desk demo — ${new Date(asOf).toString()}`,
      '',
      'The story: Northwind Beauty (US) is sixteen weeks into its creator program.',
      `  Ready for promotion: @${story.star} (posts every week, best revenue per post in Tier 1).`,
      `  Slipping: @${story.slippingPartner} (Tier 2, below the agreed rate for a month: demotion suggested).`,
      `  Zombies (active collaboration, silent 30+ days): ${story.zombies.map((h) => `@${h}`).join(', ')}.`,
      `  Rising: ${story.rising.map((h) => `@${h}`).join(', ')}; falling behind: ${story.falling.map((h) => `@${h}`).join(', ')}.`,
      `  SPF 50 launch samples stored: ${story.overdueSamples.length} overdue (no post 14 days after shipping), ${story.awaitingSamples.length} still within 14 days.`,
      `  Briefs: ${story.briefs.map((b) => `"${b.name}" (${b.taggedPosts} tagged posts)`).join('; ')}.`,
      `  Found today on Find creators: ${story.newcomers.map((h) => `@${h}`).join(', ')}.`,
      '',
      'Stored in the extension (IndexedDB):',
    ];
    for (const store of STORES) summary.push(`  ${store}: ${await countStore(ext.worker, store)}`);
    summary.push('', 'Screenshots — what to look at:');
    for (const [file, lookAt] of shots) summary.push(`  ${file}`, `      ${lookAt}`);
    summary.push('', `The program restored in step 1: ${path.basename(backupFile)} (restore it yourself from the Data view).`);
    fs.writeFileSync(path.join(outDir, 'summary.txt'), `${summary.join('\n')}\n`);
    console.log(`\n${summary.join('\n')}\n`);
    console.log(`Screenshots and summary: ${outDir}`);

    if (!headless) {
      console.log('The browser stays open: browse the demo pages and the side panel. Close it to finish.');
      await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
    }
  } finally {
    await ext.close().catch(() => undefined);
  }
}

/** Each panel view and what it shows of the story. */
function viewNotes(story: DemoStory): [view: string, lookAt: string][] {
  return [
    ['overview', `Content velocity over 12 weeks (rising as recruits ramp up), roster health per tier (Tier 1 below its 50–200 target), the action list (tier suggestions; behind pace: ${story.falling.length + 1 + story.zombies.length}; zombies: ${story.zombies.length}; low conversion; weak hooks) and this week's leaderboard.`],
    ['creators', `The roster with tier, suggestion and flags: @${story.star} suggested for Tier 2, @${story.slippingPartner} for demotion, zombies flagged.`],
    ['spark-ads', `Spark Ads candidates ranked by click-to-purchase conversion (not views): @${story.star}'s videos lead.`],
    ['briefs', `The brief library: two live briefs with posts tagged to them and the draft "${story.riskyBrief}", whose claims the checks mark Must fix.`],
    ['settings', 'Every playbook threshold, editable; unsaved edits survive leaving the view.'],
    ['data', 'What was captured today (Find creators, Sample requests), import and backup.'],
  ];
}

/** Until the capture log stops growing (the content script debounces, then writes). */
async function waitForQuiet(ext: ExtensionBrowser): Promise<void> {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await countStore(ext.worker, 'captureLog');
    if (now === last) return;
    last = now;
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
