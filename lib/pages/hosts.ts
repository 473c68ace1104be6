/**
 * Every host Seller Center and the Affiliate Center are served from (see shared/seller-center.md).
 * The manifest's host permissions and content-script matches are generated from this one list.
 */
export const SELLER_CENTER_HOSTS = [
  // Seller Center
  'seller-us.tiktok.com',
  'seller-uk.tiktok.com',
  'seller-eu.tiktok.com',
  'seller-th.tiktok.com',
  'seller-vn.tiktok.com',
  'seller-id.tiktok.com',
  'seller-my.tiktok.com',
  'seller-ph.tiktok.com',
  'seller-sg.tiktok.com',
  'seller.tiktok.com',
  'seller.tiktokglobalshop.com',
  'seller-us.tiktokglobalshop.com',
  'seller.us.tiktokshopglobalselling.com',
  'seller-id.tokopedia.com',
  // Affiliate Center
  'affiliate-us.tiktok.com',
  'affiliate.tiktok.com',
  'affiliate.tiktokshopglobalselling.com',
  'affiliate.tiktokglobalshop.com',
  'affiliate-id.tokopedia.com',
] as const;

export type SellerCenterHost = (typeof SELLER_CENTER_HOSTS)[number];

export const SELLER_CENTER_MATCHES: string[] = SELLER_CENTER_HOSTS.map((host) => `https://${host}/*`);

export function isSellerCenterHost(hostname: string): boolean {
  return (SELLER_CENTER_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

/** True for an https URL on one of the hosts above; anything unparsable is not Seller Center. */
export function isSellerCenterUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && isSellerCenterHost(parsed.hostname);
  } catch {
    return false;
  }
}
