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
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

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
  other: 'Other page',
};
