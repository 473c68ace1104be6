/**
 * Browser side of the team-sync bench: a first sync of a team database holding 10,000 creators and
 * 100,000 pieces into an empty member, against plain PouchDB replication of the same documents.
 * The team's server is stood for by a PouchDB database in the same page (no HTTP, so the bench
 * measures our side: replication into the local copy, then the bridge into Dexie).
 */
import { openCreatorDeskDb } from '../../../lib/db/database';
import { pullChanges } from '../../../lib/team/bridge';
import { PULL_BATCHES } from '../../../lib/team/engine';
import { TeamHistoryDb } from '../../../lib/team/history';
import { installTeamOutbox } from '../../../lib/team/outbox';
import { PouchDB } from '../../../lib/team/pouch';
import { toTeamDoc, type TeamDoc } from '../../../lib/team/team-doc';

export interface TeamSyncOptions {
  creators: number;
  pieces: number;
}

export interface TeamSyncResult {
  docs: number;
  seedMs: number;
  plainMs: number;
  /** Ours: replication into the local copy, then the bridge into Dexie. */
  oursMs: number;
  replicateMs: number;
  applyMs: number;
  stored: { creators: number; content: number };
}

const NOW = Date.parse('2026-11-30T10:00:00Z');
const exact = (value: number) => ({ kind: 'exact' as const, value, raw: value.toLocaleString('en-US') });

function teamDocs(options: TeamSyncOptions): TeamDoc[] {
  const docs: TeamDoc[] = [];
  for (let n = 0; n < options.creators; n += 1) {
    const record = {
      key: `id:${7_000_000 + n}`,
      creatorId: String(7_000_000 + n),
      handle: `creator_${n}`,
      handleDisplay: `Creator_${n}`,
      displayName: `Creator ${n}`,
      categories: ['Beauty & Personal Care'],
      metrics: { followers: exact(1_000 + n * 7), gmv: { ...exact(n * 13.5), unit: 'USD' } },
      sources: ['find-creators'],
      firstSeen: NOW - n,
      lastSeen: NOW,
      updatedAt: NOW,
    };
    docs.push(toTeamDoc('creators', record, 'Ana')!);
  }
  for (let n = 0; n < options.pieces; n += 1) {
    const creator = n % options.creators;
    const record = {
      key: `video:${9_000_000_000 + n}`,
      contentId: String(9_000_000_000 + n),
      type: 'video',
      creatorKey: `id:${7_000_000 + creator}`,
      creatorHandle: `creator_${creator}`,
      title: `Glow serum routine #${n}`,
      postDate: `2026-${String(1 + (n % 11)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      productIds: ['1729384756'],
      metrics: { views: exact(n * 3), likes: exact(n), orders: exact(n % 17) },
      firstSeen: NOW - n,
      lastSeen: NOW,
      updatedAt: NOW,
    };
    docs.push(toTeamDoc('content', record, 'Ana')!);
  }
  return docs;
}

async function runBench(options: TeamSyncOptions): Promise<TeamSyncResult> {
  const docs = teamDocs(options);
  const server = new PouchDB('bench-team-server');
  const seedStart = performance.now();
  for (let start = 0; start < docs.length; start += 5_000) await server.bulkDocs(docs.slice(start, start + 5_000));
  const seedMs = performance.now() - seedStart;
  // The same replication options the engine uses, for both.
  const replication = PULL_BATCHES;

  const plain = new PouchDB('bench-team-plain');
  const plainStart = performance.now();
  await plain.replicate.from(server, replication);
  const plainMs = performance.now() - plainStart;

  const db = openCreatorDeskDb('bench-team-member');
  installTeamOutbox(db);
  const history = new TeamHistoryDb('bench-team-history');
  const local = new PouchDB('bench-team-local');
  const oursStart = performance.now();
  await local.replicate.from(server, replication);
  const replicateMs = performance.now() - oursStart;
  await pullChanges({ db, pouch: local, history, member: 'Lee', shareCaptures: true, readOnly: false, now: Date.now });
  const oursMs = performance.now() - oursStart;
  const stored = { creators: await db.creators.count(), content: await db.content.count() };
  return { docs: docs.length, seedMs, plainMs, oursMs, replicateMs, applyMs: oursMs - replicateMs, stored };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
