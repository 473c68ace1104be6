/**
 * The Affiliate Center API paths whose JSON Creator Desk reads (see shared/seller-center.md, "The
 * page's own data"). Dependency-free: the page-world script imports this list, so it must stay tiny.
 * Anything else the page fetches is never cloned or read.
 */
export const PAGE_DATA_ENDPOINTS = {
  'find-creators': '/api/v1/oec/affiliate/creator/marketplace/find',
  'creator-profile': '/api/v1/oec/affiliate/creator/marketplace/profile',
  'manage-creators': '/api/v1/oec/affiliate/crm/creator/list',
  'sample-requests': '/api/v1/affiliate/sample/group/list',
  'target-invitations': '/api/v1/oec/affiliate/seller/invitation_group/search',
  'target-invitation-detail': '/api/v1/oec/affiliate/seller/invitation_group/detail',
  'affiliate-orders': '/api/v1/affiliate/orders',
} as const;

export type PageDataEndpoint = keyof typeof PAGE_DATA_ENDPOINTS;

export const PAGE_DATA_PATHS: readonly string[] = Object.values(PAGE_DATA_ENDPOINTS);

/** The endpoint a request path belongs to (exact path, trailing slashes ignored), or undefined. */
export function endpointForPath(path: string): PageDataEndpoint | undefined {
  const clean = path.replace(/\/+$/, '');
  for (const [name, endpointPath] of Object.entries(PAGE_DATA_ENDPOINTS)) {
    if (endpointPath === clean) return name as PageDataEndpoint;
  }
  return undefined;
}
