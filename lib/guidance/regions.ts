/**
 * Which Affiliate Center address opens a page for the seller's shop region (seller-center.md:
 * `affiliate-us.tiktok.com` for the US, `affiliate-id.tokopedia.com` for Indonesia,
 * `affiliate.tiktok.com` for the UK, EU and the rest of South-East Asia; every address carries
 * `?shop_region=XX`).
 */
import { PAGE_PATHS, type DetectableKind } from '../pages/detect';

export const SHOP_REGIONS = ['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'IE', 'TH', 'VN', 'MY', 'PH', 'SG', 'ID'] as const;
export type ShopRegion = (typeof SHOP_REGIONS)[number];

export const SHOP_REGION_NAMES: Record<ShopRegion, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  DE: 'Germany',
  FR: 'France',
  IT: 'Italy',
  ES: 'Spain',
  IE: 'Ireland',
  TH: 'Thailand',
  VN: 'Vietnam',
  MY: 'Malaysia',
  PH: 'Philippines',
  SG: 'Singapore',
  ID: 'Indonesia',
};

const AFFILIATE_HOSTS: Partial<Record<ShopRegion, string>> = {
  US: 'affiliate-us.tiktok.com',
  ID: 'affiliate-id.tokopedia.com',
};
const DEFAULT_AFFILIATE_HOST = 'affiliate.tiktok.com';

export function isShopRegion(value: unknown): value is ShopRegion {
  return typeof value === 'string' && (SHOP_REGIONS as readonly string[]).includes(value);
}

/** `UK` is how people write it; Seller Center writes `GB`. */
export function toShopRegion(value: string | null | undefined): ShopRegion | null {
  const upper = value?.trim().toUpperCase();
  const region = upper === 'UK' ? 'GB' : upper;
  return isShopRegion(region) ? region : null;
}

/** The region a browser locale names (`en-GB` → GB), when it is a TikTok Shop region. */
export function regionFromLocale(locale: string | undefined): ShopRegion | null {
  if (!locale) return null;
  try {
    return toShopRegion(new Intl.Locale(locale).maximize().region);
  } catch {
    return null;
  }
}

/** Seller Center's own hosts (seller-center.md): one per market, Europe shares `seller-eu`. */
const SELLER_HOSTS: Record<ShopRegion, string> = {
  US: 'seller-us.tiktok.com',
  GB: 'seller-uk.tiktok.com',
  DE: 'seller-eu.tiktok.com',
  FR: 'seller-eu.tiktok.com',
  IT: 'seller-eu.tiktok.com',
  ES: 'seller-eu.tiktok.com',
  IE: 'seller-eu.tiktok.com',
  TH: 'seller-th.tiktok.com',
  VN: 'seller-vn.tiktok.com',
  MY: 'seller-my.tiktok.com',
  PH: 'seller-ph.tiktok.com',
  SG: 'seller-sg.tiktok.com',
  ID: 'seller-id.tokopedia.com',
};

/** Pages only Seller Center has (not the Affiliate Center). */
const SELLER_CENTER_PAGES: ReadonlySet<DetectableKind> = new Set(['account-health', 'product-rating']);

/** The address that opens `kind` for a shop in `region` (Affiliate Center, or Seller Center for its own pages). */
export function affiliatePageUrl(kind: DetectableKind, region: ShopRegion): string {
  const host = SELLER_CENTER_PAGES.has(kind) ? SELLER_HOSTS[region] : (AFFILIATE_HOSTS[region] ?? DEFAULT_AFFILIATE_HOST);
  return `https://${host}${PAGE_PATHS[kind][0]}?shop_region=${region}`;
}
