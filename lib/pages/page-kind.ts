/** What a Seller Center / Affiliate Center page is, as far as Creator Desk cares. */
export const PAGE_KINDS = [
  'find-creators',
  'creator-detail',
  'manage-creators',
  'target-collaboration',
  'open-collaboration',
  'sample-requests',
  'affiliate-orders',
  'creator-analysis',
  'video-analysis',
  'account-health',
  'product-rating',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * Page kinds Creator Desk has a table adapter for, in the adapters' order. Declared here so the side
 * panel can name them without loading the DOM adapters; lib/adapters' tests keep it equal to theirs.
 */
export const CAPTURED_PAGE_KINDS = [
  'find-creators',
  'manage-creators',
  'creator-analysis',
  'video-analysis',
  'target-collaboration',
  'open-collaboration',
  'sample-requests',
  'affiliate-orders',
  'account-health',
  'product-rating',
] as const satisfies readonly PageKind[];

export const PAGE_KIND_LABELS: Record<PageKind, string> = {
  'find-creators': 'Find creators',
  'creator-detail': 'Creator detail',
  'manage-creators': 'Manage creators',
  'target-collaboration': 'Target collaboration',
  'open-collaboration': 'Open collaboration',
  'sample-requests': 'Sample requests',
  'affiliate-orders': 'Affiliate orders',
  'creator-analysis': 'Creator analysis',
  'video-analysis': 'Video analysis',
  'account-health': 'Account health',
  'product-rating': 'Product rating',
  other: 'Other page',
};
