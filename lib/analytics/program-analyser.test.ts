import { DEFAULT_SETTINGS, indexProgram, rollupsOfRecords, suggestTiers } from './index';
import { at, creator, order, piece, program, q } from './test-helpers';
import { ProgramAnalyser, guessCurrency } from './program-analyser';
import { withPrograms } from './with-programs';

const asOf = at(2026, 11, 20);
const data = {
  creators: [creator('id:1', { followers: q(45_000) }), creator('h:leo', { followers: q(200_000) })],
  content: [piece('id:1', '2026-11-18', { gmv: { kind: 'exact', value: 10, unit: 'GBP', raw: '£10' } as const })],
};

describe('withPrograms', () => {
  it('gives the same analysis as indexing with the programs', () => {
    const programs = [program('id:1', { acceptedTier: 'tier1' }), program('h:nobody', { acceptedTier: 'tier2' })];
    const attached = withPrograms(indexProgram(data), programs);
    const direct = indexProgram({ ...data, programs });
    expect(attached.entries.map((e) => [e.key, e.program?.acceptedTier ?? null])).toEqual(
      direct.entries.map((e) => [e.key, e.program?.acceptedTier ?? null]),
    );
    const options = { asOf, settings: DEFAULT_SETTINGS };
    expect(suggestTiers(attached, options)).toEqual(suggestTiers(direct, options));
  });

  it('resolves a handle-keyed program to the creator with that handle', () => {
    const base = indexProgram({ creators: [creator('id:9', {}, { handle: 'mia' })] });
    const attached = withPrograms(base, [program('h:mia', { acceptedTier: 'tier1' })]);
    expect(attached.entries).toHaveLength(1);
    expect(attached.byKey.get('id:9')?.program?.acceptedTier).toBe('tier1');
  });

  it('keeps untouched entries as they were', () => {
    const base = indexProgram(data);
    const attached = withPrograms(base, [program('id:1')]);
    expect(attached.byKey.get('h:leo')).toBe(base.byKey.get('h:leo'));
    expect(attached.byKey.get('id:1')).not.toBe(base.byKey.get('id:1'));
  });
});

describe('ProgramAnalyser', () => {
  it('recomputes only what changed', () => {
    const analyser = new ProgramAnalyser();
    const programs = [program('id:1')];
    const first = analyser.analyse({ data, programs, settings: DEFAULT_SETTINGS, asOf, windowDays: 28 });
    const sameAgain = analyser.analyse({ data, programs, settings: DEFAULT_SETTINGS, asOf, windowDays: 28 });
    expect(sameAgain.scorecards).toBe(first.scorecards);
    expect(sameAgain.suggestions).toBe(first.suggestions);

    const otherWindow = analyser.analyse({ data, programs, settings: DEFAULT_SETTINGS, asOf, windowDays: 7 });
    expect(otherWindow.scorecards).not.toBe(first.scorecards);
    expect(otherWindow.suggestions).toBe(first.suggestions);
    expect(otherWindow.scorecards[0]?.window.days).toBe(7);

    const accepted = [program('id:1', { acceptedTier: 'tier1' })];
    const afterAccept = analyser.analyse({ data, programs: accepted, settings: DEFAULT_SETTINGS, asOf, windowDays: 7 });
    expect(afterAccept.index.cells).toBe(first.index.cells); // the heavy index is reused
    expect(afterAccept.suggestionByKey.get('id:1')).toBeUndefined();
    expect(afterAccept.suggestionByKey.get('h:leo')?.toTier).toBe('tier2');
  });

  it('takes the currency from captured GMV when no order names one', () => {
    expect(guessCurrency(data)).toBe('GBP');
    expect(new ProgramAnalyser().analyse({ data, programs: [], settings: DEFAULT_SETTINGS, asOf, windowDays: 28 }).index.currency).toBe('GBP');
    expect(guessCurrency({ creators: [] })).toBeUndefined();
  });

  it('takes the shop currency the seller set over the one the orders and pages suggest', () => {
    const analyser = new ProgramAnalyser();
    const unitless = { content: [piece('id:1', '2026-11-18', { gmv: q(10) })] };
    const input = { programs: [], settings: DEFAULT_SETTINGS, asOf, windowDays: 28 };
    // Amounts without a currency and no orders: no currency at all, until the seller says it.
    expect(analyser.analyse({ ...input, data: unitless }).index.currency).toBeNull();
    const set = analyser.analyse({ ...input, data: unitless, shopCurrency: 'MYR' });
    expect(set.index.currency).toBe('MYR');
    expect(set.scorecardByKey.get('id:1')).toMatchObject({ currency: 'MYR', gmv: 10 });
    // Set against what the pages suggest: the seller's word wins; unset again, the pages decide.
    expect(analyser.analyse({ ...input, data, shopCurrency: 'USD' }).index.currency).toBe('USD');
    expect(analyser.analyse({ ...input, data, shopCurrency: null }).index.currency).toBe('GBP');
  });
});

describe('ProgramAnalyser, Spark Ads videos read after the Overview', () => {
  const creators = [creator('id:1'), creator('id:2')];
  const content = [
    piece('id:1', '2026-11-10', { clicks: q(400), orders: q(12), views: q(9_000) }, { contentId: 'a' }),
    piece('id:2', '2026-11-12', { clicks: q(250) }, { contentId: 'b' }),
    piece('id:2', '2026-11-15', { clicks: q(150), orders: q(1) }, { contentId: 'c' }),
  ];
  const orders = [order('id:2', at(2026, 11, 13), 30, { contentType: 'video', contentId: 'b' })];
  const rollups = rollupsOfRecords(content, orders);
  const overview = { creators, rollups: { ...rollups, sparkPieces: null } };
  const withVideos = { ...overview, rollups: { ...overview.rollups, sparkPieces: rollups.sparkPieces } };
  const input = { programs: [program('id:1')], settings: DEFAULT_SETTINGS, asOf, windowDays: 28 };

  it('adds them to the index it has, with the same analysis as an index built with them', () => {
    const analyser = new ProgramAnalyser();
    const first = analyser.analyse({ ...input, data: overview });
    expect(first.sparkAds).toEqual([]);
    const second = analyser.analyse({ ...input, data: withVideos });
    const direct = new ProgramAnalyser().analyse({ ...input, data: withVideos });
    expect(second.sparkAds.map((c) => c.contentKey)).toEqual(['video:a', 'video:c', 'video:b']);
    expect(second.sparkAds).toEqual(direct.sparkAds);
    expect(second.scorecards).toEqual(direct.scorecards);
    // Built once: the cells and the analyses that do not read the videos are kept.
    expect(second.index.cells).toBe(first.index.cells);
    expect(second.suggestions).toBe(first.suggestions);
    expect(second.velocity).toBe(first.velocity);
  });

  it('builds the index again when a video names a creator the index does not have', () => {
    const analyser = new ProgramAnalyser();
    const first = analyser.analyse({ ...input, data: overview });
    const stranger = piece('id:9', '2026-11-14', { clicks: q(300), orders: q(3) }, { contentId: 'z' });
    const more = { ...overview, rollups: { ...overview.rollups, sparkPieces: [...rollups.sparkPieces!, { piece: stranger }] } };
    const second = analyser.analyse({ ...input, data: more });
    expect(second.index.cells).not.toBe(first.index.cells);
    expect(second.sparkAds.map((c) => c.contentKey)).toContain('video:z');
    expect(second.index.byKey.has('id:9')).toBe(true);
  });
});
