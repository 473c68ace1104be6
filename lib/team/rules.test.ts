import { captureTimes } from './capture-times';
import { mergeCaptured, mergeCapturedVersions, resolveVersions } from './conflict-rules';
import { docIdFor, sharedTableOfDocId } from './shared-tables';
import { parseIncoming } from './incoming';
import { toTeamDoc, type TeamDoc } from './team-doc';
import { databaseUrl, originPattern, validateTeamSettings, withoutSecrets, type TeamSettingsInput } from './settings';

describe('document ids from natural keys', () => {
  it('names each shared record by its key, the same in every browser', () => {
    expect(docIdFor('creators', 'id:7493')).toBe('creator:id:7493');
    expect(docIdFor('creators', 'h:glowwithmia')).toBe('creator:h:glowwithmia');
    expect(docIdFor('content', 'video:7301')).toBe('content:video:7301');
    expect(docIdFor('orders', '5770:1729-sku')).toBe('order:5770:1729-sku');
    expect(docIdFor('snapshots', ['id:7493', '2026-11-30'])).toBe('snapshot:id:7493:2026-11-30');
    expect(docIdFor('reported', 'id:1\u0000manage-creators\u00002026-09-01\u00002026-11-29\u00002026-11-30')).toBe(
      'reported:id:1|manage-creators|2026-09-01|2026-11-29|2026-11-30',
    );
    expect(docIdFor('programs', 'id:7493')).toBe('program:id:7493');
    expect(docIdFor('eligibility', 'product:1729\u00002026-11-30')).toBe('eligibility:product:1729|2026-11-30');
    expect(sharedTableOfDocId('program:id:7493')?.table).toBe('programs');
  });

  it('shares team settings but not one person’s display settings, the capture log or the outbox', () => {
    expect(docIdFor('settings', 'brief-checks')).toBe('settings:brief-checks');
    expect(docIdFor('settings', 'eligibility')).toBe('settings:eligibility');
    expect(docIdFor('settings', 'shop')).toBe('settings:shop');
    expect(docIdFor('settings', 'display')).toBeNull();
    expect(docIdFor('settings', 'page-data')).toBeNull();
    expect(docIdFor('captureLog', 1)).toBeNull();
    expect(docIdFor('teamOutbox', 'x')).toBeNull();
  });
});

const creator = (lastSeen: number, metrics: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  key: 'id:1',
  creatorId: '1',
  handle: 'mia',
  categories: [],
  metrics,
  sources: ['find-creators'],
  firstSeen: lastSeen,
  lastSeen,
  updatedAt: lastSeen,
  ...extra,
});
const q = (value: number) => ({ kind: 'exact', value, raw: String(value) });

describe('captured records: the newest capture per field', () => {
  it('takes each metric from the newest capture that has it, and keeps what only an older one saw', () => {
    const older = creator(100, { followers: q(1000), gmv: q(50) }, { sources: ['manage-creators'], displayName: 'Mia' });
    const newer = creator(200, { followers: q(1200) }, { displayName: 'Mia K.' });
    const merged = mergeCaptured('creators', [newer, older]);
    expect(merged.metrics).toEqual({ followers: q(1200), gmv: q(50) });
    expect(merged.displayName).toBe('Mia K.');
    expect(merged.firstSeen).toBe(100);
    expect(merged.lastSeen).toBe(200);
    expect(merged.sources).toEqual(['manage-creators', 'find-creators']);
  });

  it('merges status histories as a union in time order', () => {
    const a = { id: 's1', status: 'shipped', statusHistory: [{ status: 'requested', at: 1 }, { status: 'shipped', at: 5 }], lastSeen: 5 };
    const b = { id: 's1', status: 'content-pending', statusHistory: [{ status: 'requested', at: 1 }, { status: 'content-pending', at: 9 }], lastSeen: 9 };
    const merged = mergeCaptured('samples', [a, b]);
    expect(merged.status).toBe('content-pending');
    expect(merged.statusHistory).toEqual([{ status: 'requested', at: 1 }, { status: 'shipped', at: 5 }, { status: 'content-pending', at: 9 }]);
  });

  it('decides a captured conflict with no loser to confirm', () => {
    const a = toTeamDoc('creators', creator(100, { followers: q(1) }), 'Ana')!;
    const b = toTeamDoc('creators', creator(200, { gmv: q(2) }), 'Lee')!;
    const { winner, losers } = resolveVersions([{ ...a, _rev: '2-a' }, { ...b, _rev: '2-b' }]);
    expect(losers).toEqual([]);
    expect(winner.data?.metrics).toEqual({ followers: q(1), gmv: q(2) });
    expect(winner.by).toBe('Lee');
  });
});

describe('captured records: each field by its own capture time', () => {
  it('takes a field captured later from a record captured earlier', () => {
    // Ana's record was captured at 200, but its GMV dates from 50; Lee's GMV is from 150.
    const ana = { data: creator(200, { followers: q(1200), gmv: q(50) }), seen: { 'metrics.gmv': 50 } };
    const lee = { data: creator(150, { followers: q(1100), gmv: q(70) }) };
    const merged = mergeCapturedVersions('creators', [ana, lee]);
    expect(merged.data.metrics).toEqual({ followers: q(1200), gmv: q(70) });
    expect(merged.seen['metrics.gmv']).toBe(150);
    expect(merged.seen['metrics.followers']).toBe(200);
    expect(merged.data.lastSeen).toBe(200);
  });

  it('picks the same value in every browser when two captures have the same time', () => {
    const a = { data: creator(100, { followers: q(1000) }, { displayName: 'Mia' }) };
    const b = { data: creator(100, { followers: q(1100) }, { displayName: 'Mia K.' }) };
    const ab = mergeCapturedVersions('creators', [a, b]);
    const ba = mergeCapturedVersions('creators', [b, a]);
    expect(ab).toEqual(ba);
    expect(JSON.stringify(ab.data)).toBe(JSON.stringify(ba.data));
  });

  it('treats a field one side does not have (or has as null) as unknown: the other side’s value stays, nothing becomes 0', () => {
    const older = { data: creator(100, { followers: q(1000), gmv: q(50) }, { displayName: 'Mia' }) };
    const newer = { data: creator(300, { views: q(9) }, { displayName: null }) };
    const merged = mergeCapturedVersions('creators', [newer, older]);
    expect(merged.data.metrics).toEqual({ followers: q(1000), gmv: q(50), views: q(9) });
    expect(merged.data.displayName).toBe('Mia');
    expect(merged.seen).toMatchObject({ 'metrics.followers': 100, 'metrics.gmv': 100, 'metrics.views': 300 });
    expect(merged.data).not.toHaveProperty('audience');
    const unknownBoth = mergeCapturedVersions('creators', [{ data: creator(1, {}, { displayName: null }) }, { data: creator(2, {}) }]);
    expect(unknownBoth.data.displayName).toBeNull();
    expect(unknownBoth.data.metrics).toEqual({});
  });

  it('dates a pushed record’s fields against the team’s version: unchanged fields keep their time, changed ones are this capture’s', () => {
    const base = { data: creator(100, { followers: q(1000), gmv: q(50) }, { displayName: 'Mia' }), seen: { 'metrics.gmv': 40 } };
    const next = creator(200, { followers: q(1300), gmv: q(50) }, { displayName: 'Mia' });
    expect(captureTimes('creators', next, base)).toEqual({ 'metrics.gmv': 40, displayName: 100, key: 100, creatorId: 100, handle: 100, categories: 100 });
    expect(captureTimes('creators', next, undefined)).toBeUndefined();
  });

  it('carries only capture times older than the record’s in the decided document', () => {
    const a: TeamDoc = { ...toTeamDoc('creators', creator(200, { followers: q(1) }), 'Ana')!, _rev: '2-a' };
    const b: TeamDoc = { ...toTeamDoc('creators', creator(100, { gmv: q(2) }), 'Lee')!, _rev: '2-b' };
    const { winner } = resolveVersions([a, b]);
    expect(winner.seen).toEqual({ 'metrics.gmv': 100 });
    expect(winner.at).toBe(200);
  });
});

describe('shop eligibility figures: merged like captures', () => {
  const day = (extra: Record<string, unknown>, updatedAt: number) => ({ id: 'shop\u00002026-11-30', subject: 'shop', day: '2026-11-30', sources: ['typed'], updatedAt, ...extra });

  it('keeps each figure from its latest report, adds violation days and sources up, and never invents a figure', () => {
    const ana = day({ storeRating: 4.1, counterfeitChecked: true, counterfeitDays: ['2026-11-02'], sources: ['account-health'] }, 100);
    const lee = day({ storeRating: 4.3, counterfeitDays: ['2026-10-20', '2026-11-02'] }, 200);
    const merged = mergeCaptured('eligibility', [lee, ana]);
    expect(merged).toMatchObject({ storeRating: 4.3, counterfeitChecked: true, counterfeitDays: ['2026-10-20', '2026-11-02'], sources: ['account-health', 'typed'], updatedAt: 200 });
    expect(merged).not.toHaveProperty('reviews');
    const doc = toTeamDoc('eligibility', merged, 'Ana')!;
    expect(doc._id).toBe('eligibility:shop|2026-11-30');
    expect(parseIncoming(doc)?.data).toMatchObject({ storeRating: 4.3 });
  });
});

describe('team decisions: the newest edit wins, the other is kept', () => {
  const program = (at: number, tier: number) => ({ creatorKey: 'id:1', acceptedTier: tier, agreedPostsPerWeek: null, flatFeePerPost: null, tierHistory: [], dismissedSuggestions: [], compliance: { flagged: false }, updatedAt: at });

  it('keeps the newest edit and returns the other as the loser', () => {
    const ana: TeamDoc = { ...toTeamDoc('programs', program(100, 2), 'Ana')!, _rev: '3-ffff' };
    const lee: TeamDoc = { ...toTeamDoc('programs', program(200, 3), 'Lee')!, _rev: '3-0000' };
    const { winner, losers } = resolveVersions([ana, lee]);
    expect(winner.by).toBe('Lee');
    expect(winner.data?.acceptedTier).toBe(3);
    expect(losers.map((loser) => loser.by)).toEqual(['Ana']);
  });

  it('breaks a tie by revision id, so every browser picks the same', () => {
    const one: TeamDoc = { ...toTeamDoc('programs', program(100, 2), 'Ana')!, _rev: '3-aaaa' };
    const two: TeamDoc = { ...toTeamDoc('programs', program(100, 3), 'Lee')!, _rev: '3-bbbb' };
    expect(resolveVersions([one, two]).winner.by).toBe('Lee');
    expect(resolveVersions([two, one]).winner.by).toBe('Lee');
  });
});

describe('documents from the server', () => {
  it('applies only our documents whose id matches their key and whose record passes its schema', () => {
    const good = toTeamDoc('outreach', { id: 'o1', creatorKeys: ['id:1'], kind: 'other', channel: 'email', summary: 'Hi', text: 'Hello', at: 1, status: 'sent', origin: 'manual', updatedAt: 1 }, 'Ana')!;
    expect(parseIncoming(good)?.data?.summary).toBe('Hi');
    expect(parseIncoming({ ...good, _id: 'outreach:o2' })).toBeNull();
    expect(parseIncoming({ ...good, table: 'captureLog' })).toBeNull();
    expect(parseIncoming({ ...good, data: { ...good.data, kind: '<img onerror=x>' } })).toBeNull();
    expect(parseIncoming({ ...good, data: { ...good.data, id: 'o2' } })).toBeNull();
    expect(parseIncoming({ _id: 'outreach:o1', _deleted: true, table: 'outreach', key: 'o1', by: 'Ana', at: 2 })?._deleted).toBe(true);
    expect(parseIncoming('x')).toBeNull();
    const captured = toTeamDoc('creators', creator(200, { gmv: q(2) }), 'Ana')!;
    expect(parseIncoming({ ...captured, seen: { 'metrics.gmv': 100, bad: 'x', worse: null } })?.seen).toEqual({ 'metrics.gmv': 100 });
    expect(parseIncoming({ ...captured, seen: 'x' })?.seen).toBeUndefined();
  });
});

describe('team settings', () => {
  const input: TeamSettingsInput = {
    enabled: true,
    serverUrl: 'https://couch.example.com/',
    database: 'acme-program',
    memberName: 'Ana',
    username: 'ana',
    password: 's3cret',
    shareCaptures: true,
  };

  it('accepts HTTPS, and http only for localhost', () => {
    const ok = validateTeamSettings(input);
    expect(ok.ok && ok.settings.serverUrl).toBe('https://couch.example.com');
    expect(validateTeamSettings({ ...input, serverUrl: 'http://localhost:5984' }).ok).toBe(true);
    expect(validateTeamSettings({ ...input, serverUrl: 'http://127.0.0.1:5984' }).ok).toBe(true);
    expect(validateTeamSettings({ ...input, serverUrl: 'http://couch.example.com' })).toEqual({ ok: false, errors: { serverUrl: expect.stringMatching(/https/) } });
    expect(validateTeamSettings({ ...input, serverUrl: 'ftp://x' }).ok).toBe(false);
    expect(validateTeamSettings({ ...input, serverUrl: 'couch' }).ok).toBe(false);
    expect(validateTeamSettings({ ...input, serverUrl: 'https://ana:pw@couch.example.com' })).toEqual({ ok: false, errors: { serverUrl: expect.stringMatching(/own fields/) } });
  });

  it('checks the database name by CouchDB’s rule and asks for a member name', () => {
    const result = validateTeamSettings({ ...input, database: 'Acme Program', memberName: ' ' });
    expect(result).toEqual({ ok: false, errors: { database: expect.stringMatching(/Lower-case/), memberName: expect.stringMatching(/name/) } });
    expect(validateTeamSettings({ ...input, database: '_users' }).ok).toBe(false);
  });

  it('asks for this server only, and never shows the password', () => {
    const result = validateTeamSettings({ ...input, serverUrl: 'https://couch.example.com:6984/couch/' });
    if (!result.ok) throw new Error('valid');
    expect(originPattern(result.settings)).toBe('https://couch.example.com:6984/*');
    expect(databaseUrl(result.settings)).toBe('https://couch.example.com:6984/couch/acme-program');
    expect(JSON.stringify(withoutSecrets(result.settings))).not.toContain('s3cret');
  });
});
