import { isSellerCenterUrl } from './hosts';

describe('isSellerCenterUrl', () => {
  it.each([
    'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
    'https://seller-uk.tiktok.com/affiliate/landing?shop_region=GB',
    'https://affiliate-id.tokopedia.com/product/order?shop_region=ID',
  ])('accepts %s', (url) => expect(isSellerCenterUrl(url)).toBe(true));

  it.each([
    undefined,
    '',
    'not a url',
    'http://affiliate-us.tiktok.com/connection/creator',
    'https://www.tiktok.com/@someone',
    'https://affiliate-us.tiktok.com.evil.example/connection/creator',
    'https://evil.example/?u=https://affiliate-us.tiktok.com/',
    'chrome-extension://abc/sidepanel.html',
  ])('rejects %s', (url) => expect(isSellerCenterUrl(url)).toBe(false));
});
