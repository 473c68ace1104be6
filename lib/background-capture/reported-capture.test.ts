/**
 * Issue #11's defects, reproduced through the real path: fixture page → adapter → content message →
 * background store → analysis. Each failed before reported figures were kept with their period.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../adapters';
import { loadFixture } from '../adapters/testing';
import { computeScorecards, indexProgram, parseSettings, periodScorecard, type Scorecard } from '../analytics/index';
import { loadProgramData } from '../analysis-store/load-program-data';
import { localTime, freshDbPerTest } from '../db/test-helpers';
import { countManagedCreators } from '../db/managed-creators';
import { storeImportedRows } from '../db/store-import';
import { importExportFile } from '../import';
import type { PageKind } from '../pages/page-kind';
import { handleContentMessage } from './handle-capture';
import { datePeriodText } from '../page-capture/period-text';
import { createMemoryTabStatusStore } from '../tab-status/tab-status';

const db = freshDbPerTest();
const NOW = localTime(2026, 11, 20, 10);

/** The US Manage creators fixture as a German shop shows it: € amounts with decimal commas. */
function germanShop(doc: Document): Document {
  const html = doc.documentElement.outerHTML.replace(/\$([\d,]+)(?:\.(\d+))?([KM]?)/g, (_, whole: string, decimals: string | undefined, suffix: string) => {
    const german = whole.replace(/,/g, '.') + (decimals ? `,${decimals}` : '');
    return `${german}${suffix} €`;
  });
  return new DOMParser().parseFromString(html, 'text/html');
}

async function capture(doc: Document, kind: PageKind, region: string, url: string): Promise<void> {
  const result = readPage(doc, kind, region);
  if (result.status !== 'recognized') throw new Error(`not recognised: ${result.status}`);
  const message = { type: 'capture', url, kind, region, periodText: datePeriodText(doc), result };
  const deps = { db: db(), tabStatus: createMemoryTabStatusStore(), now: () => NOW };
  expect(await handleContentMessage(message, { tabId: 1, url }, deps)).toEqual({ ok: true });
}

async function scorecards(windowDays: number): Promise<Map<string, Scorecard>> {
  const data = await loadProgramData(db(), () => {});
  const cards = computeScorecards(indexProgram(data), { asOf: NOW, settings: parseSettings({}), windowDays });
  return new Map(cards.map((card) => [card.handle ?? card.creatorKey, card]));
}

const MANAGE_US = 'https://affiliate-us.tiktok.com/connection/creator-management?shop_region=US';
const ORDERS_US = 'https://affiliate-us.tiktok.com/product/order?shop_region=US';

describe('Manage creators figures are kept with their 90 days', () => {
  it('chef.marcus: the 90-day scorecard shows the page’s $88.1K and 18 videos, not the one captured order', async () => {
    await capture(loadFixture('manage-creators.fixture-a.html'), 'manage-creators', 'US', MANAGE_US);
    await capture(loadFixture('affiliate-orders.fixture-a.html'), 'affiliate-orders', 'US', ORDERS_US);
    const marcus = (await scorecards(90)).get('chef.marcus')!;
    expect([marcus.gmv, marcus.videos, marcus.lives, marcus.posts]).toEqual([88_100, 18, 6, 24]);
    expect(marcus.commission).toBe(8_800);
    expect(marcus.sources.gmv).toMatchObject({
      kind: 'reported',
      sources: ['manage-creators'],
      from: '2026-08-23',
      to: '2026-11-20',
      capturedAt: NOW,
    });
    // The captured order line disagrees: shown beside, never summed in.
    expect(marcus.alternatives).toContainEqual(expect.objectContaining({ metric: 'gmv', value: 35.1 }));
    expect(marcus.revenuePerPost).toBeCloseTo(88_100 / 24);
  });

  it('keeps one report per creator and capture day, and a new one the next day', async () => {
    await capture(loadFixture('manage-creators.fixture-a.html'), 'manage-creators', 'US', MANAGE_US);
    await capture(loadFixture('manage-creators.fixture-a.html'), 'manage-creators', 'US', MANAGE_US);
    const reports = await db().reported.toArray();
    expect(reports).toHaveLength(13); // 14 rows, 1 rejected
    expect(new Set(reports.map((r) => `${r.period.from}…${r.period.to} @${r.capturedDay}`))).toEqual(new Set(['2026-08-23…2026-11-20 @2026-11-20']));
  });

  it('a German shop: every creator’s GMV in euros, in the 90-day scorecard', async () => {
    const url = 'https://affiliate.tiktok.com/connection/creator-management?shop_region=DE';
    const doc = germanShop(loadFixture('manage-creators.fixture-a.html'));
    const rows = readPage(doc, 'manage-creators', 'DE');
    await capture(doc, 'manage-creators', 'DE', url);
    const cards = await scorecards(90);
    if (rows.status !== 'recognized' || rows.entity !== 'creators') throw new Error('not read');
    for (const row of rows.rows) {
      const card = cards.get(row.handle?.toLowerCase() ?? '') ?? [...cards.values()].find((c) => c.creatorKey === `id:${row.creatorId}`)!;
      const shown = row.metrics.gmv?.kind === 'exact' ? row.metrics.gmv.value : null;
      expect(card.gmv).toBe(shown);
      if (shown !== null) expect(card.currency).toBe('EUR');
    }
    expect(cards.get('chef.marcus')!.gmv).toBe(88_100);
  });

  it('“Creators you manage” counts the creators captured from Manage creators', async () => {
    await capture(loadFixture('manage-creators.fixture-a.html'), 'manage-creators', 'US', MANAGE_US);
    await capture(loadFixture('affiliate-orders.fixture-a.html'), 'affiliate-orders', 'US', ORDERS_US);
    expect(await countManagedCreators(db())).toBe(13);
  });
});

describe('orders and rounding', () => {
  it('exactly 10% commission is 10%, not flagged below the 10%–30% range', async () => {
    await capture(loadFixture('affiliate-orders.fixture-a.html'), 'affiliate-orders', 'US', ORDERS_US);
    const marcus = (await scorecards(28)).get('chef.marcus')!;
    expect([marcus.gmv, marcus.commission]).toEqual([35.1, 3.51]);
    expect(marcus.commissionToRevenue).toBe(0.1);
    expect(marcus.flags.map((f) => f.kind)).not.toContain('commission-ratio-out-of-range');
  });

  it('a refunded order is no order: counted in refunds', async () => {
    await capture(loadFixture('affiliate-orders.fixture-a.html'), 'affiliate-orders', 'US', ORDERS_US);
    const ellie = (await scorecards(28)).get('eco.ellie')!;
    expect([ellie.orders, ellie.gmv]).toEqual([0, 0]);
    expect(ellie.sources.orders).toMatchObject({ kind: 'line-items', sources: ['orders'], parts: 1 });
  });
});

describe('import files are kept with the period they state', () => {
  it('newface.nina: the scorecard for the November file’s period shows its $612.40 from 24 orders, and a consistent conversion', async () => {
    const name = 'creators-november.csv';
    const bytes = readFileSync(join(process.cwd(), 'lib/import/fixtures', name));
    const outcome = await importExportFile({ name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    if ('error' in outcome || outcome.kind !== 'creators') throw new Error('not imported');
    expect(outcome.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    await storeImportedRows(db(), { kind: 'creators', rows: outcome.rows }, { now: NOW, period: outcome.period! });
    // A captured order of hers must not replace the file's figures for its period.
    await capture(loadFixture('affiliate-orders.fixture-a.html'), 'affiliate-orders', 'US', ORDERS_US);

    const index = indexProgram(await loadProgramData(db(), () => {}));
    const november = computeScorecards(index, { asOf: localTime(2026, 11, 30, 12), settings: parseSettings({}), windowDays: 30 });
    const nina = november.find((c) => c.handle === 'newface.nina')!;
    expect([nina.gmv, nina.orders, nina.posts, nina.commission, nina.refundedGmv]).toEqual([612.4, 24, 6, 61.24, 25.5]);
    expect(nina.sources.gmv).toMatchObject({ kind: 'reported', sources: ['import:creators'], from: '2026-11-01', to: '2026-11-30' });
    // Conversion from the file's own orders and clicks (2% × 60,000 = 1,200): 2%, not a mix.
    expect([nina.clicks, nina.conversionRate]).toEqual([1_200, 0.02]);
    expect(periodScorecard(index, nina.creatorKey, { from: '2026-11-01', to: '2026-11-30' }, parseSettings({}))?.gmv).toBe(612.4);
    // Another window is not the file's period: unknown, not $0.
    const week = computeScorecards(index, { asOf: localTime(2026, 11, 30, 12), settings: parseSettings({}), windowDays: 7 });
    expect(week.find((c) => c.handle === 'newface.nina')!.gmv).toBeNull();
  });
});
