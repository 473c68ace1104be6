/** First team sync of 10,000 creators and 100,000 pieces, against plain PouchDB replication of the same documents. */
import path from 'node:path';
import type { TeamSyncOptions, TeamSyncResult } from '../browser/team-sync';
import { BLANK_PAGE, openBenchPage } from '../support/bench-browser';
import { bundleForBrowser } from '../support/bundle';
import { round } from '../support/stats';
import { withBaseline, type Bench } from '../types';

/** The size; `TEAM_SYNC_SCALE=0.1` runs a tenth of it (a quick look on a busy machine). */
const SCALE = Number(process.env.TEAM_SYNC_SCALE ?? 1) || 1;
const OPTIONS: TeamSyncOptions = { creators: Math.round(10_000 * SCALE), pieces: Math.round(100_000 * SCALE) };
/** Applying every document to Dexie (validated, rollups kept) on top of the replication itself. */
const RATIO_BUDGET = 3;
/** A first sync a member waits for once, when joining. */
const BUDGET_MS = 120_000;

export const teamSyncBench: Bench = {
  id: 'team-sync',
  title: 'Team sync',
  method:
    `A team database of ${OPTIONS.creators.toLocaleString('en-US')} creators and ${OPTIONS.pieces.toLocaleString('en-US')} pieces ` +
    '(one document each, as lib/team writes them), synced into a member with an empty database, in a page of headless Chromium. ' +
    'The team server is a PouchDB database in the same page (no HTTP: network and server time are left out, equal for both). ' +
    'Ours: PouchDB replication into the local copy, then the bridge into Dexie (each document checked against its schema, ' +
    'merged with what is stored, rollups kept). Baseline, same page and run: plain PouchDB replication of the same documents ' +
    'into another database, with the same batch options. The ratio is ours / baseline; stored counts are checked.',
  async run(ctx) {
    const script = await bundleForBrowser(path.join(ctx.root, 'tests/bench/browser/team-sync.ts'));
    const bench = await openBenchPage(await ctx.browsers.plain(), { html: BLANK_PAGE, script });
    try {
      ctx.log('team-sync: seeding the team database and syncing (a few minutes)…');
      const result = await bench.page.evaluate(
        (options) => (window as unknown as { runBench(o: TeamSyncOptions): Promise<TeamSyncResult> }).runBench(options),
        OPTIONS,
      );
      if (result.stored.creators !== OPTIONS.creators || result.stored.content !== OPTIONS.pieces) {
        throw new Error(`first sync stored ${JSON.stringify(result.stored)}, expected ${OPTIONS.creators} creators and ${OPTIONS.pieces} pieces`);
      }
      const row = {
        id: 'team-sync.first',
        label: `First team sync, ${OPTIONS.creators.toLocaleString('en-US')} creators + ${OPTIONS.pieces.toLocaleString('en-US')} pieces`,
        value: round(result.oursMs / 1000, 1),
        unit: 's',
        budget: { kind: 'max' as const, limit: BUDGET_MS / 1000 },
        detail: `replication ${round(result.replicateMs / 1000, 1)} s + into Dexie ${round(result.applyMs / 1000, 1)} s; ${result.docs.toLocaleString('en-US')} documents`,
        status: 'measured' as const,
      };
      return [withBaseline(row, round(result.plainMs / 1000, 1), 'plain PouchDB replication of the same documents', RATIO_BUDGET)];
    } finally {
      await bench.close();
    }
  },
};
