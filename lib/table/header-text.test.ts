import { headerKeys, normaliseHeader } from './header-text';

describe('normaliseHeader', () => {
  it.each([
    ['Avg. video views', 'avg video views'],
    ['avg video views', 'avg video views'],
    ['  AVG.   Video-Views ', 'avg video views'],
    ['Average video views', 'avg video views'],
    ['Est. commission', 'est commission'],
    ['Estimated commission', 'est commission'],
    ['Affiliate-attributed GMV', 'creator attributed gmv'],
    ['Creator-attributed GMV', 'creator attributed gmv'],
    ['Affiliate followers', 'creator followers'],
    ['GMV', 'gmv'],
    ['Products & showcase', 'products and showcase'],
    ['LIVE streams', 'live streams'],
    ['Ｇ Ｍ Ｖ', 'g m v'],
    ['Thời gian đăng', 'thời gian đăng'],
    ['ยอดขาย', 'ยอดขาย'],
    ['', ''],
  ])('%j → %j', (text, key) => expect(normaliseHeader(text)).toBe(key));

  it('keeps a lone "Affiliate" word as it is', () => {
    expect(normaliseHeader('Affiliate')).toBe('affiliate');
  });
});

describe('headerKeys', () => {
  it('adds a key without a parenthesised note', () => {
    expect(headerKeys('Est. commission (USD)')).toEqual(['est commission usd', 'est commission']);
    expect(headerKeys('GMV（last 30 days）')).toEqual(['gmv last 30 days', 'gmv']);
  });
  it('gives one key when there is no note', () => {
    expect(headerKeys('Items sold')).toEqual(['items sold']);
  });
});
