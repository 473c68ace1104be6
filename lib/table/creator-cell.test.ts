import fc from 'fast-check';
import { creatorIdFromLinks, creatorIdFromRow, parseCreatorCell, parseFollowersLine } from './creator-cell';

function element(html: string): Element {
  const el = new DOMParser().parseFromString(`<body><div id="x">${html}</div></body>`, 'text/html').getElementById('x');
  if (!el) throw new Error('no element');
  return el;
}

const AVATAR = '<div class="arco-avatar" data-tid="m4b_avatar" data-e2e="e81f0ced-c73a-1f08"><img alt="" src="data:,"></div>';
const tag = (text: string, prefix = 'arco') => `<span class="${prefix}-tag"><span class="${prefix}-tag-content">${text}</span></span>`;

describe('parseCreatorCell', () => {
  it('reads a full packed cell by its data-e2e markers', () => {
    const cell = element(`${AVATAR}<div class="sc-iBYQkv">
      <div class="sc-a"><span data-e2e="fbc99397-6043-1b37">@Glow.With.Maya</span></div>
      <div data-e2e="3b9caa65-c65a-e9df">Maya ✨ Glow</div>
      <div class="sc-b">12.3K, Female 65%, 18-24</div>
      <div>${tag('Beauty &amp; Personal Care')}${tag('Fashion')}${tag('+2')}</div></div>`);
    expect(parseCreatorCell(cell, { region: 'US' })).toEqual({
      handle: 'Glow.With.Maya',
      displayName: 'Maya ✨ Glow',
      followers: { kind: 'exact', value: 12300, raw: '12.3K' },
      audience: { gender: 'female', genderShare: 0.65, ageRange: '18-24' },
      categories: ['Beauty & Personal Care', 'Fashion'],
    });
  });

  it('falls back to text shape without data-e2e markers, in any order', () => {
    const cell = element(`<div>Zoë Reads</div><div>@zoe.reads</div><div>${tag('Books', 'theme-arco')}</div><div>98.7K, 18-24</div>`);
    expect(parseCreatorCell(cell)).toEqual({
      handle: 'zoe.reads',
      displayName: 'Zoë Reads',
      followers: { kind: 'exact', value: 98700, raw: '98.7K' },
      audience: { ageRange: '18-24' },
      categories: ['Books'],
    });
  });

  it('reads a followers line split over spans', () => {
    const cell = element('<div>@a.b</div><div><span>1.2M</span>, <span>Male 58%</span>, <span>25-34</span></div>');
    expect(parseCreatorCell(cell)).toMatchObject({
      followers: { kind: 'exact', value: 1200000 },
      audience: { gender: 'male', genderShare: 0.58, ageRange: '25-34' },
    });
  });

  it('keeps hostile display names as plain text', () => {
    const cell = element('<div>@x.y</div><div data-e2e="3b9caa65-c65a-e9df">&lt;img src=x onerror=alert(1)&gt;</div>');
    expect(parseCreatorCell(cell).displayName).toBe('<img src=x onerror=alert(1)>');
    const formula = element('<div>@x.y</div><div>=HYPERLINK("http://x","y")</div>');
    expect(parseCreatorCell(formula).displayName).toBe('=HYPERLINK("http://x","y")');
  });

  it('has no handle when no @handle is shown', () => {
    const cell = element(`${AVATAR}<div>Creator unavailable</div><div>--</div>`);
    expect(parseCreatorCell(cell)).toEqual({ displayName: 'Creator unavailable', categories: [] });
  });

  it('rejects implausible handles', () => {
    expect(parseCreatorCell(element('<div>@not a handle</div>')).handle).toBeUndefined();
    expect(parseCreatorCell(element('<span data-e2e="fbc99397-6043-1b37">@ünïcode</span>')).handle).toBeUndefined();
  });

  it('takes a lone username as the handle only when asked to', () => {
    expect(parseCreatorCell(element('<div>mia.beauty.de</div>'))).toEqual({ displayName: 'mia.beauty.de', categories: [] });
    expect(parseCreatorCell(element('<div>mia.beauty.de</div>'), { bareTextIsHandle: true })).toEqual({ handle: 'mia.beauty.de', categories: [] });
    // A name with a space is never a username.
    expect(parseCreatorCell(element('<div>Oma Hilde</div>'), { bareTextIsHandle: true })).toEqual({ displayName: 'Oma Hilde', categories: [] });
  });

  it('treats `--` for every part as unknown', () => {
    const cell = element('<div>@a.b</div><div data-e2e="3b9caa65-c65a-e9df">--</div><div>--, --, --</div>');
    expect(parseCreatorCell(cell)).toEqual({ handle: 'a.b', categories: [] });
  });

  it('uses the region for a decimal-comma follower count', () => {
    expect(parseCreatorCell(element('<div>@a.b</div><div>1,5K, Female 77%</div>'), { region: 'DE' }).followers).toMatchObject({ value: 1500 });
  });
});

describe('parseFollowersLine', () => {
  it.each([
    ['12.3K, Female 65%, 18-24', { followers: 12300, audience: { gender: 'female', genderShare: 0.65, ageRange: '18-24' } }],
    ['1,5K, Female 77%, 35-44', { followers: 1500, audience: { gender: 'female', genderShare: 0.77, ageRange: '35-44' } }],
    ['3.4M, Male 70%', { followers: 3400000, audience: { gender: 'male', genderShare: 0.7 } }],
    ['98.7K, 18-24', { followers: 98700, audience: { ageRange: '18-24' } }],
    ['Female 72%, 25-34', { audience: { gender: 'female', genderShare: 0.72, ageRange: '25-34' } }],
    ['4.1K, Male --, 25-34', { followers: 4100, audience: { gender: 'male', ageRange: '25-34' } }],
    ['12.3K', { followers: 12300 }],
    ['12.3K followers', { followers: 12300 }],
    ['Followers: 230K · 65% female · 55+', { followers: 230000, audience: { gender: 'female', genderShare: 0.65, ageRange: '55+' } }],
    ['12.3K,Female 65%,18–24', { followers: 12300, audience: { gender: 'female', genderShare: 0.65, ageRange: '18-24' } }],
    ['10K-100K, Male 51%', { followersRange: [10000, 100000], audience: { gender: 'male', genderShare: 0.51 } }],
    ['--, --, --', {}],
  ])('%j', (text, expected) => {
    const result = parseFollowersLine(text);
    expect(result).not.toBeNull();
    if ('followers' in expected) expect(result?.followers).toMatchObject({ kind: 'exact', value: expected.followers });
    else if ('followersRange' in expected) {
      expect(result?.followers).toMatchObject({ kind: 'range', min: expected.followersRange[0], max: expected.followersRange[1] });
    } else expect(result?.followers).toBeUndefined();
    expect(result?.audience).toEqual('audience' in expected ? expected.audience : undefined);
  });

  it('reads the usual shape in one match exactly as segment by segment', () => {
    const line = fc
      .tuple(
        fc.stringMatching(/^\d{1,4}([.,]\d{1,3}){0,2}[KMBkmb]?$/),
        fc.constantFrom('Female', 'Male'),
        fc.stringMatching(/^\d{1,3}(\.\d{1,2})?%$/),
        fc.stringMatching(/^\d{2}-\d{2}$/),
      )
      .map((parts) => parts.join(', ').replace(/, (Female|Male), /, ', $1 '));
    fc.assert(
      fc.property(line, fc.constantFrom(null, 'US', 'DE'), (text, region) => {
        // A trailing space keeps the one-match path out: the segment-by-segment reading answers.
        expect(parseFollowersLine(text, region)).toStrictEqual(parseFollowersLine(`${text} `, region));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['Maya Glow', 'Chef, Marcus', 'Raj | Tech Deals', '$12.3K', '3.4%', 'Female Chef & Baker'])('%j is not a followers line', (text) => {
    expect(parseFollowersLine(text)).toBeNull();
  });
});

describe('creator ids', () => {
  const row = (html: string) => element(`<table><tr>${html}</tr></table>`).querySelector('tr') as Element;

  it('takes the row checkbox value', () => {
    expect(creatorIdFromRow(row('<td><label><input type="checkbox" value="7493018462751930368"></label></td><td>@a</td>'))).toBe('7493018462751930368');
  });

  it('takes a cid= link anywhere in the row, before the checkbox', () => {
    const html = '<td><input type="checkbox" value="1111111111"></td><td><a href="/connection/creator/detail?cid=7493124407715893259&amp;shop_region=US">View</a></td>';
    expect(creatorIdFromRow(row(html))).toBe('7493124407715893259');
    expect(creatorIdFromLinks(element('<a href="https://affiliate.tiktok.com/connection/creator/detail?shop_region=GB&cid=abc_123">x</a>'))).toBe('abc_123');
  });

  it('ignores checkboxes without an id-like value and empty cid links', () => {
    expect(creatorIdFromRow(row('<td><input type="checkbox" value="on"></td><td><input type="checkbox" disabled></td>'))).toBeUndefined();
    expect(creatorIdFromRow(row('<td><a href="/detail?cid=">x</a><a href="/detail?acid=1234">y</a></td>'))).toBeUndefined();
  });
});
