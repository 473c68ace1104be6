import {
  DETECTORS,
  PAGE_PATHS,
  detectPage,
  detectorExamples,
  otherPageExamples,
  type DetectableKind,
} from './detect';
import { SELLER_CENTER_HOSTS } from './hosts';
import { PAGE_KINDS } from './page-kind';

const kinds = Object.keys(DETECTORS) as DetectableKind[];

/** Every example URL, whichever list it is in. */
const allExamples = [
  ...kinds.flatMap((kind) => [...detectorExamples[kind].match, ...detectorExamples[kind].noMatch]),
  ...otherPageExamples,
];

function matchingKinds(url: string): DetectableKind[] {
  const parsed = new URL(url);
  return kinds.filter((kind) => DETECTORS[kind](parsed));
}

it('has a detector, paths and examples for every page kind but "other"', () => {
  expect([...kinds].sort()).toEqual(PAGE_KINDS.filter((kind) => kind !== 'other').sort());
  expect(Object.keys(PAGE_PATHS).sort()).toEqual([...kinds].sort());
  expect(Object.keys(detectorExamples).sort()).toEqual([...kinds].sort());
});

describe.each(kinds)('%s', (kind) => {
  const detector = DETECTORS[kind];

  it.each(detectorExamples[kind].match)('matches %s', (url) => {
    expect(detector(new URL(url))).toBe(true);
    expect(detectPage(url).kind).toBe(kind);
  });

  it.each(detectorExamples[kind].noMatch)('does not match %s', (url) => {
    expect(detector(new URL(url))).toBe(false);
    expect(detectPage(url).kind).not.toBe(kind);
  });

  it('has a match example for each of its paths', () => {
    for (const path of PAGE_PATHS[kind]) {
      const examplePaths = detectorExamples[kind].match.map((url) => new URL(url).pathname.replace(/\/+$/, ''));
      expect(examplePaths).toContain(path);
    }
  });

  it.each(PAGE_PATHS[kind])('detects %s on every Seller Center host, with or without a trailing slash', (path) => {
    for (const host of SELLER_CENTER_HOSTS) {
      expect(detectPage(`https://${host}${path}?shop_region=US`).kind).toBe(kind);
      expect(detectPage(`https://${host}${path}/`).kind).toBe(kind);
      expect(detectPage(`https://${host.toUpperCase()}${path}`).kind).toBe(kind);
    }
  });

  it.each(PAGE_PATHS[kind])('never detects %s off Seller Center', (path) => {
    for (const url of [
      `http://affiliate-us.tiktok.com${path}`,
      `https://affiliate-us.tiktok.com.evil.example${path}`,
      `https://evilaffiliate-us.tiktok.com${path}`,
      `https://tiktok.com${path}`,
      `https://localhost${path}`,
      `file://${path}`,
      `chrome-extension://abcdefghijklmnop${path}`,
    ]) {
      expect(detector(new URL(url))).toBe(false);
      expect(detectPage(url).kind).toBe('other');
    }
  });

  it.each(PAGE_PATHS[kind])('is case-sensitive about %s', (path) => {
    expect(detectPage(`https://affiliate-us.tiktok.com${path.toUpperCase()}`).kind).toBe('other');
  });
});

it.each(allExamples)('%s resolves to at most one kind, the one detectPage reports', (url) => {
  const matches = matchingKinds(url);
  expect(matches.length).toBeLessThanOrEqual(1);
  expect(detectPage(url).kind).toBe(matches[0] ?? 'other');
});

it.each(otherPageExamples)('%s is another page', (url) => {
  expect(matchingKinds(url)).toEqual([]);
  expect(detectPage(url).kind).toBe('other');
});

it('covers every host family and both path families in the match examples', () => {
  const matchUrls = kinds.flatMap((kind) => detectorExamples[kind].match).map((url) => new URL(url));
  const hosts = new Set(matchUrls.map((url) => url.hostname));
  for (const host of [
    'affiliate-us.tiktok.com',
    'affiliate.tiktok.com',
    'affiliate.tiktokshopglobalselling.com',
    'affiliate.tiktokglobalshop.com',
    'affiliate-id.tokopedia.com',
    'seller-us.tiktok.com',
    'seller-uk.tiktok.com',
    'seller.tiktokglobalshop.com',
    'seller-id.tokopedia.com',
  ]) {
    expect(hosts).toContain(host);
  }
  const paths = matchUrls.map((url) => url.pathname);
  expect(paths.some((path) => path.startsWith('/connection/'))).toBe(true);
  expect(paths.some((path) => path.startsWith('/affiliate/creator/'))).toBe(true);
  expect(paths.some((path) => path.startsWith('/affiliate/collaboration/'))).toBe(true);
  expect(paths.some((path) => path.startsWith('/affiliate/sample/'))).toBe(true);
});

describe('detectPage', () => {
  it('reports host, region and the creator id of a creator detail page', () => {
    expect(
      detectPage('https://affiliate-us.tiktok.com/connection/creator/detail?cid=7493001234567890123&shop_region=US'),
    ).toEqual({ kind: 'creator-detail', host: 'affiliate-us.tiktok.com', region: 'US', creatorId: '7493001234567890123' });
  });

  it('reports the invitation id of a target collaboration detail page', () => {
    expect(
      detectPage('https://affiliate.tiktok.com/connection/target-invitation/detail?invitation_id=7312345678901234567&shop_region=gb'),
    ).toEqual({ kind: 'target-collaboration', host: 'affiliate.tiktok.com', region: 'GB', invitationId: '7312345678901234567' });
  });

  it('gives no ids on pages they do not belong to, or when they are malformed', () => {
    expect(detectPage('https://affiliate-us.tiktok.com/connection/creator?cid=123&invitation_id=9')).toEqual({
      kind: 'find-creators',
      host: 'affiliate-us.tiktok.com',
      region: null,
    });
    expect(detectPage('https://affiliate-us.tiktok.com/connection/creator/detail?cid=').creatorId).toBeUndefined();
    expect(detectPage('https://affiliate-us.tiktok.com/connection/creator/detail?cid=%3Cscript%3E').creatorId).toBeUndefined();
    expect(detectPage(`https://affiliate-us.tiktok.com/connection/creator/detail?cid=${'1'.repeat(65)}`).creatorId).toBeUndefined();
  });

  it.each([
    ['https://affiliate-us.tiktok.com/connection/creator?shop_region=US', 'US'],
    ['https://affiliate.tiktok.com/connection/creator?shop_region=gb', 'GB'],
    ['https://affiliate.tiktok.com/connection/creator?shop_region=%20de%20', 'DE'],
    ['https://affiliate.tiktok.com/connection/creator?foo=1&shop_region=TH#x', 'TH'],
    ['https://affiliate.tiktok.com/connection/creator', null],
    ['https://affiliate.tiktok.com/connection/creator?shop_region=', null],
    ['https://affiliate.tiktok.com/connection/creator?shop_region=USA', null],
    ['https://affiliate.tiktok.com/connection/creator?shop_region=U1', null],
    ['https://affiliate.tiktok.com/connection/creator?shop_region=%3Cb%3E', null],
    ['https://affiliate.tiktok.com/connection/creator?region=US', null],
    ['https://seller-us.tiktok.com/affiliate/landing?shop_region=US', 'US'],
    ['https://evil.example/connection/creator?shop_region=US', null],
  ])('reads region of %s as %s', (url, region) => {
    expect(detectPage(url).region).toBe(region);
  });

  it.each(['', 'not a url', '/connection/creator', 'affiliate-us.tiktok.com/connection/creator', 'https://', '\u0000'])(
    'treats unparsable %j as another page without throwing',
    (url) => {
      expect(detectPage(url)).toEqual({ kind: 'other', host: '', region: null });
    },
  );

  it('reports the host of pages off Seller Center, lower-cased', () => {
    expect(detectPage('https://WWW.TikTok.com/@someone')).toEqual({ kind: 'other', host: 'www.tiktok.com', region: null });
  });
});
