import { matchColumns, type ColumnSpec } from './columns';

type Field = 'creator' | 'gmv' | 'itemsSold' | 'views' | 'video' | 'videoId';
const specs: ColumnSpec<Field>[] = [
  { field: 'creator', headers: ['Creator', 'Creator name'], required: true },
  { field: 'gmv', headers: ['Creator-attributed GMV', 'GMV'] },
  { field: 'itemsSold', headers: ['Items sold'] },
  { field: 'views', headers: ['Avg. video views'] },
];

describe('matchColumns', () => {
  it('finds columns by normalised header text, whatever the order', () => {
    const result = matchColumns(['', 'Avg video views', 'ITEMS SOLD', 'creator', 'Gmv'], specs);
    expect(result.index).toEqual({ creator: 3, gmv: 4, itemsSold: 2, views: 1 });
    expect(result.found).toBe(4);
    expect(result.missing).toEqual([]);
  });

  it('accepts the old "Affiliate-…" and the new "Creator-…" wording', () => {
    expect(matchColumns(['Creator', 'Affiliate-attributed GMV'], specs).index.gmv).toBe(1);
    expect(matchColumns(['Creator', 'Creator-attributed GMV'], specs).index.gmv).toBe(1);
    expect(matchColumns(['Creator', 'GMV'], specs).index.gmv).toBe(1);
  });

  it('prefers the earliest-listed wording when several headers match one field', () => {
    const result = matchColumns(['Creator', 'GMV', 'Creator-attributed GMV'], specs);
    expect(result.index.gmv).toBe(2);
  });

  it('ignores extra columns and tolerates missing optional ones', () => {
    const result = matchColumns(['Creator', 'Avg. LIVE viewers', 'Action'], specs);
    expect(result.index).toEqual({ creator: 0 });
    expect(result.found).toBe(1);
    expect(result.missing).toEqual([]);
  });

  it('reports missing required columns', () => {
    expect(matchColumns(['GMV', 'Items sold'], specs).missing).toEqual(['creator']);
  });

  it('matches a header carrying a parenthesised note', () => {
    expect(matchColumns(['Creator', 'GMV (USD)'], specs).index.gmv).toBe(1);
  });

  it('needs one column of each required group', () => {
    const grouped: ColumnSpec<Field>[] = [
      { field: 'video', headers: ['Video'], required: 'video' },
      { field: 'videoId', headers: ['Video ID'], required: 'video' },
      { field: 'gmv', headers: ['GMV'] },
    ];
    expect(matchColumns(['Video ID', 'GMV'], grouped).missing).toEqual([]);
    expect(matchColumns(['Video', 'GMV'], grouped).missing).toEqual([]);
    expect(matchColumns(['Title', 'GMV'], grouped).missing).toEqual(['group:video']);
  });

  it('never matches empty headers', () => {
    const result = matchColumns(['', '', 'Creator'], [{ field: 'x', headers: [''] }, ...specs]);
    expect(result.index).toEqual({ creator: 2 });
  });
});
