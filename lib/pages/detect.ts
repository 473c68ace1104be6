/**
 * URL → which Seller Center / Affiliate Center page this is. Bundled into the content script, so it is
 * tiny and dependency-free. Shaped like Refined GitHub's github-url-detection: one detector per page
 * kind, and next to them the URLs each must and must not match (tested in detect.test.ts; unused by
 * the extension, so the bundler drops them).
 */
import { isSellerCenterHost } from './hosts';
import type { PageKind } from './page-kind';

export type DetectableKind = Exclude<PageKind, 'other'>;

export interface DetectedPage {
  kind: PageKind;
  /** Lower-case hostname; empty when the URL does not parse. */
  host: string;
  /** `shop_region` (US, GB, DE…) upper-cased, or null when absent, malformed or not on Seller Center. */
  region: string | null;
  /** The `cid` of a creator detail page. */
  creatorId?: string;
  /** The `invitation_id` of a target collaboration page. */
  invitationId?: string;
}

/**
 * The paths of each page, both families (old `/connection/…`, `/product/…` and the newer
 * `/affiliate/…`), plus Seller Center's own affiliate pages. Paths are case-sensitive on the real site.
 */
export const PAGE_PATHS: Readonly<Record<DetectableKind, readonly string[]>> = {
  'find-creators': [
    '/connection/creator',
    '/affiliate/creator/marketplace',
    '/affiliate/creator/search',
    '/affiliate/marketplace',
  ],
  'creator-detail': ['/connection/creator/detail'],
  'manage-creators': ['/connection/creator-management'],
  'target-collaboration': [
    '/connection/target-invitation',
    '/connection/target-invitation/create',
    '/connection/target-invitation/detail',
    '/affiliate/collaboration/target-invitation',
    '/affiliate/collaboration/target-invitation/create',
    '/affiliate/collaboration/target-invitation/detail',
  ],
  'open-collaboration': ['/product/open-collaboration'],
  'sample-requests': ['/product/sample-request', '/affiliate/sample/sample-request'],
  'affiliate-orders': ['/product/order', '/affiliate/orders', '/affiliate/order'],
  'creator-analysis': ['/data/creator-analysis'],
  'video-analysis': ['/insights/video-analysis'],
  // Seller Center's own pages (paths seen in public scripts that open them; not in seller-center.md).
  'account-health': ['/account/health'],
  'product-rating': ['/product/rating'],
};

/** https, a Seller Center host, default port: lookalike hosts and plain http are never Seller Center. */
function isOnSellerCenter(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && isSellerCenterHost(url.hostname);
}

/** The path without trailing slashes (`/connection/creator/` is `/connection/creator`). */
function pathOf(url: URL): string {
  return url.pathname.replace(/\/+$/, '') || '/';
}

function atPaths(kind: DetectableKind): (url: URL) => boolean {
  const paths = PAGE_PATHS[kind];
  return (url) => isOnSellerCenter(url) && paths.includes(pathOf(url));
}

export const isFindCreators = atPaths('find-creators');
export const isCreatorDetail = atPaths('creator-detail');
export const isManageCreators = atPaths('manage-creators');
export const isTargetCollaboration = atPaths('target-collaboration');
export const isOpenCollaboration = atPaths('open-collaboration');
export const isSampleRequests = atPaths('sample-requests');
export const isAffiliateOrders = atPaths('affiliate-orders');
export const isCreatorAnalysis = atPaths('creator-analysis');
export const isVideoAnalysis = atPaths('video-analysis');
export const isAccountHealth = atPaths('account-health');
export const isProductRating = atPaths('product-rating');

/** Every detector by the kind it detects. The paths are disjoint, so at most one matches a URL. */
export const DETECTORS: Readonly<Record<DetectableKind, (url: URL) => boolean>> = {
  'find-creators': isFindCreators,
  'creator-detail': isCreatorDetail,
  'manage-creators': isManageCreators,
  'target-collaboration': isTargetCollaboration,
  'open-collaboration': isOpenCollaboration,
  'sample-requests': isSampleRequests,
  'affiliate-orders': isAffiliateOrders,
  'creator-analysis': isCreatorAnalysis,
  'video-analysis': isVideoAnalysis,
  'account-health': isAccountHealth,
  'product-rating': isProductRating,
};

/** Ids go into storage keys and messages: accept only what real ids look like (digits, letters, `_`, `-`). */
function idParam(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name)?.trim();
  return value && /^[\w-]{1,64}$/.test(value) ? value : undefined;
}

export function detectPage(url: string): DetectedPage {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'other', host: '', region: null };
  }
  const host = parsed.hostname.toLowerCase();
  if (!isOnSellerCenter(parsed)) return { kind: 'other', host, region: null };

  const shopRegion = parsed.searchParams.get('shop_region')?.trim().toUpperCase() ?? '';
  const region = /^[A-Z]{2}$/.test(shopRegion) ? shopRegion : null;
  const kind = (Object.keys(DETECTORS) as DetectableKind[]).find((k) => DETECTORS[k](parsed)) ?? 'other';
  const page: DetectedPage = { kind, host, region };

  const creatorId = kind === 'creator-detail' ? idParam(parsed, 'cid') : undefined;
  if (creatorId) page.creatorId = creatorId;
  const invitationId = kind === 'target-collaboration' ? idParam(parsed, 'invitation_id') : undefined;
  if (invitationId) page.invitationId = invitationId;
  return page;
}

/**
 * URLs each detector must match and must not match. Data for the tests (and documentation of the
 * pages); every host family and both path families appear.
 */
export const detectorExamples: Readonly<Record<DetectableKind, { match: string[]; noMatch: string[] }>> = {
  'find-creators': {
    match: [
      'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
      'https://affiliate.tiktok.com/connection/creator?shop_region=GB',
      'https://affiliate.tiktok.com/connection/creator/?shop_region=DE',
      'https://affiliate.tiktokshopglobalselling.com/connection/creator?shop_region=MY',
      'https://affiliate.tiktokglobalshop.com/connection/creator?shop_region=TH',
      'https://affiliate-id.tokopedia.com/connection/creator?shop_region=ID',
      'https://affiliate-us.tiktok.com/affiliate/creator/marketplace?shop_region=US',
      'https://affiliate.tiktok.com/affiliate/creator/marketplace?shop_region=VN&tab=video',
      'https://affiliate.tiktok.com/affiliate/creator/search?shop_region=GB&keyword=skincare',
      'https://affiliate-us.tiktok.com/connection/creator?shop_region=US#filters',
      'https://seller-us.tiktok.com/affiliate/marketplace?shop_region=US',
      'https://seller-uk.tiktok.com/affiliate/marketplace?shop_region=GB',
      'https://seller.tiktokglobalshop.com/affiliate/marketplace',
      'https://seller-id.tokopedia.com/affiliate/marketplace?shop_region=ID',
    ],
    noMatch: [
      'https://affiliate-us.tiktok.com/connection/creator-management?shop_region=US',
      'https://affiliate-us.tiktok.com/connection/creator/detail?cid=7493001234567890123&shop_region=US',
      'https://affiliate-us.tiktok.com/connection/creator/rankings?shop_region=US',
      'https://affiliate-us.tiktok.com/connection/creators?shop_region=US',
      'https://affiliate-us.tiktok.com/Connection/Creator?shop_region=US',
      'https://affiliate-us.tiktok.com/affiliate/creator/marketplace/rankings?shop_region=US',
      'https://affiliate-us.tiktok.com/?next=/connection/creator',
      'https://affiliate-us.tiktok.com/affiliate/landing#/connection/creator',
      'http://affiliate-us.tiktok.com/connection/creator?shop_region=US',
      'https://affiliate-us.tiktok.com:8443/connection/creator?shop_region=US',
      'https://affiliate-us.tiktok.com.evil.example/connection/creator?shop_region=US',
      'https://evil-affiliate-us.tiktok.com/connection/creator?shop_region=US',
      'https://affiliate-us.tiktok.co/connection/creator?shop_region=US',
      'https://evil.example/connection/creator?u=https://affiliate-us.tiktok.com/connection/creator',
      'https://www.tiktok.com/connection/creator',
    ],
  },
  'creator-detail': {
    match: [
      'https://affiliate-us.tiktok.com/connection/creator/detail?cid=7493001234567890123&shop_region=US',
      'https://affiliate.tiktok.com/connection/creator/detail?cid=7493001234567890123&shop_region=GB',
      'https://affiliate.tiktokshopglobalselling.com/connection/creator/detail/?cid=1&shop_region=SG',
      'https://affiliate-id.tokopedia.com/connection/creator/detail?shop_region=ID',
    ],
    noMatch: [
      'https://affiliate-us.tiktok.com/connection/creator?cid=7493001234567890123&shop_region=US',
      'https://affiliate-us.tiktok.com/connection/creator/details?cid=1&shop_region=US',
      'https://affiliate-us.tiktok.com/connection/creator/detail/videos?cid=1&shop_region=US',
      'http://affiliate-us.tiktok.com/connection/creator/detail?cid=1',
      'https://affiliate-us.tiktok.com.evil.example/connection/creator/detail?cid=1',
    ],
  },
  'manage-creators': {
    match: [
      'https://affiliate-us.tiktok.com/connection/creator-management?shop_region=US',
      'https://affiliate.tiktok.com/connection/creator-management/?shop_region=FR',
      'https://affiliate.tiktokglobalshop.com/connection/creator-management?shop_region=PH',
      'https://affiliate-id.tokopedia.com/connection/creator-management?shop_region=ID&tab=1',
    ],
    noMatch: [
      'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
      'https://affiliate-us.tiktok.com/connection/creator-managements?shop_region=US',
      'https://affiliate-us.tiktok.com/connection/creator-management/detail?shop_region=US',
      'https://evil.example/connection/creator-management',
    ],
  },
  'target-collaboration': {
    match: [
      'https://affiliate-us.tiktok.com/connection/target-invitation?shop_region=US',
      'https://affiliate.tiktok.com/connection/target-invitation/create?shop_region=GB',
      'https://affiliate.tiktok.com/connection/target-invitation/detail?invitation_id=7312345678901234567&shop_region=ES',
      'https://affiliate-us.tiktok.com/affiliate/collaboration/target-invitation?shop_region=US',
      'https://affiliate.tiktokshopglobalselling.com/affiliate/collaboration/target-invitation/?shop_region=MY',
      'https://affiliate.tiktokglobalshop.com/affiliate/collaboration/target-invitation/create?shop_region=TH',
      'https://affiliate.tiktok.com/affiliate/collaboration/target-invitation/detail?invitation_id=7312345678901234567&shop_region=GB',
      'https://affiliate-id.tokopedia.com/connection/target-invitation?shop_region=ID',
    ],
    noMatch: [
      'https://affiliate-us.tiktok.com/connection/target-invitations?shop_region=US',
      'https://affiliate-us.tiktok.com/product/open-collaboration?shop_region=US',
      'https://affiliate-us.tiktok.com/connection/target-invitation/create/extra?shop_region=US',
      'http://affiliate-us.tiktok.com/connection/target-invitation?shop_region=US',
    ],
  },
  'open-collaboration': {
    match: [
      'https://affiliate-us.tiktok.com/product/open-collaboration?shop_region=US',
      'https://affiliate.tiktok.com/product/open-collaboration/?shop_region=IT',
      'https://affiliate.tiktokglobalshop.com/product/open-collaboration?shop_region=VN',
    ],
    noMatch: [
      'https://affiliate-us.tiktok.com/product/open-collaborations?shop_region=US',
      'https://affiliate-us.tiktok.com/connection/target-invitation?shop_region=US',
      'https://affiliate-us.tiktok.com.evil.example/product/open-collaboration',
    ],
  },
  'sample-requests': {
    match: [
      'https://affiliate-us.tiktok.com/product/sample-request?shop_region=US',
      'https://affiliate.tiktok.com/product/sample-request?shop_region=GB&tab=to_review',
      'https://affiliate-us.tiktok.com/affiliate/sample/sample-request?shop_region=US',
      'https://affiliate-id.tokopedia.com/affiliate/sample/sample-request/?shop_region=ID',
    ],
    noMatch: [
      'https://affiliate-us.tiktok.com/insights/sample-analysis?shop_region=US',
      'https://affiliate-us.tiktok.com/product/sample-requests?shop_region=US',
      'https://affiliate-us.tiktok.com/affiliate/sample?shop_region=US',
      'http://affiliate-us.tiktok.com/product/sample-request',
    ],
  },
  'affiliate-orders': {
    match: [
      'https://affiliate-us.tiktok.com/product/order?shop_region=US',
      'https://affiliate.tiktok.com/product/order/?shop_region=DE',
      'https://affiliate.tiktokshopglobalselling.com/product/order?shop_region=TH',
      'https://seller-us.tiktok.com/affiliate/orders?shop_region=US',
      'https://seller-uk.tiktok.com/affiliate/order?shop_region=GB',
      'https://seller.tiktokglobalshop.com/affiliate/orders',
      'https://seller-id.tokopedia.com/affiliate/orders?shop_region=ID',
    ],
    noMatch: [
      'https://seller-us.tiktok.com/order?shop_region=US',
      'https://affiliate-us.tiktok.com/product/orders/detail?shop_region=US',
      'https://affiliate-us.tiktok.com/insights/transaction-analysis?shop_region=US',
      'https://seller-us.tiktok.com.evil.example/affiliate/orders',
    ],
  },
  'creator-analysis': {
    match: [
      'https://affiliate-us.tiktok.com/data/creator-analysis?shop_region=US',
      'https://affiliate.tiktok.com/data/creator-analysis/?shop_region=GB',
      'https://affiliate-id.tokopedia.com/data/creator-analysis?shop_region=ID',
    ],
    noMatch: [
      'https://affiliate-us.tiktok.com/data/product-performance?shop_region=US',
      'https://affiliate-us.tiktok.com/insights/creator-analysis?shop_region=US',
      'https://evil.example/data/creator-analysis',
    ],
  },
  'video-analysis': {
    match: [
      'https://affiliate-us.tiktok.com/insights/video-analysis?shop_region=US',
      'https://affiliate.tiktok.com/insights/video-analysis/?shop_region=FR',
      'https://affiliate.tiktokglobalshop.com/insights/video-analysis?shop_region=SG',
    ],
    noMatch: [
      'https://affiliate-us.tiktok.com/insights/transaction-analysis?shop_region=US',
      'https://affiliate-us.tiktok.com/data/video-analysis?shop_region=US',
      'http://affiliate-us.tiktok.com/insights/video-analysis',
    ],
  },
  'account-health': {
    match: [
      'https://seller-us.tiktok.com/account/health?shop_region=US',
      'https://seller-my.tiktok.com/account/health?shop_region=MY&lang=en',
      'https://seller-uk.tiktok.com/account/health/?shop_region=GB',
      'https://seller.tiktokglobalshop.com/account/health',
      'https://seller-id.tokopedia.com/account/health?shop_region=ID',
    ],
    noMatch: [
      'https://seller-us.tiktok.com/account/login?shop_region=US',
      'https://seller-us.tiktok.com/account/health/violation/detail?shop_region=US',
      'https://seller-us.tiktok.com/account-health?shop_region=US',
      'http://seller-us.tiktok.com/account/health',
      'https://seller-us.tiktok.com.evil.example/account/health',
    ],
  },
  'product-rating': {
    match: [
      'https://seller-us.tiktok.com/product/rating?shop_region=US',
      'https://seller-vn.tiktok.com/product/rating',
      'https://seller-uk.tiktok.com/product/rating/?shop_region=GB&tab=all',
      'https://seller-id.tokopedia.com/product/rating?shop_region=ID',
    ],
    noMatch: [
      'https://seller-us.tiktok.com/product/ratings?shop_region=US',
      'https://seller-us.tiktok.com/product/rating/detail?shop_region=US',
      'https://seller-us.tiktok.com/product/manage?shop_region=US',
      'http://seller-us.tiktok.com/product/rating',
    ],
  },
};

/** Real Seller Center URLs that are none of the pages above. */
export const otherPageExamples: readonly string[] = [
  'https://seller-us.tiktok.com/affiliate/landing?shop_region=US',
  'https://seller-us.tiktok.com/homepage?shop_region=US',
  'https://affiliate-us.tiktok.com/?shop_region=US',
  'https://affiliate-us.tiktok.com/connection/creator/rankings?shop_region=US',
  'https://affiliate-us.tiktok.com/insights/transaction-analysis?shop_region=US',
  'https://affiliate.tiktok.com/insights/sample-analysis?shop_region=GB',
  'https://affiliate.tiktok.com/data/product-performance?shop_region=GB',
  'https://seller-uk.tiktok.com/order?shop_region=GB',
];
