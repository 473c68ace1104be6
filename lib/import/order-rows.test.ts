import { OrderRowMapper, orderContentType } from './order-rows';

describe('orderContentType', () => {
  it('reads each wording the same way every time it comes back', () => {
    const wordings: [string | null, string][] = [['VIDEO', 'video'], ['Short video', 'video'], ['LIVE', 'live'], ['Live streams', 'live'], ['Showcase', 'showcase'], ['Product card', 'showcase'], ['', 'other'], [null, 'other'], ['Ads', 'other']];
    for (let round = 0; round < 3; round++) for (const [text, type] of wordings) expect(orderContentType(text)).toBe(type);
  });
});

const HEADERS = ['Order ID', 'Product ID', 'SKU ID', 'Payment Amount', 'Price', 'Currency', 'Creator Username', 'Content Type', 'Content ID', 'Order Status', 'Payment method', 'Time Created'];

describe('OrderRowMapper', () => {
  it('sets optional fields only where the file has a value, and reads the currency from the amounts', async () => {
    const mapper = new OrderRowMapper(HEADERS, 'US');
    mapper.add(['576000000000000001', '1729000000000000001', '1730000000000000001', '$12.50', '$12.50', '', '@Maya', 'VIDEO', '7300000000000000001', 'Completed', '--', '03/25/2026 14:05:09']);
    mapper.add(['576000000000000002', '', '', '--', '--', 'GBP', '', 'LIVE', '', '', '', '03/26/2026 09:00:00']);
    const [first, second] = await mapper.finish();
    expect(first).toEqual({
      orderId: '576000000000000001',
      productId: '1729000000000000001',
      skuId: '1730000000000000001',
      creatorHandle: 'maya',
      contentType: 'video',
      contentId: '7300000000000000001',
      paymentAmount: 12.5,
      price: 12.5,
      currency: 'USD',
      quantity: null,
      commissionRate: null,
      estCommission: null,
      actualCommission: null,
      estCommissionBase: null,
      actualCommissionBase: null,
      shopAdsCommissionRate: null,
      estShopAdsCommission: null,
      actualShopAdsCommission: null,
      refunded: null,
      status: 'Completed',
      createdAt: new Date(2026, 2, 25, 14, 5, 9).getTime(),
    });
    expect(second).toMatchObject({ orderId: '576000000000000002', contentType: 'live', currency: 'GBP', paymentAmount: null });
    for (const name of ['productId', 'skuId', 'creatorHandle', 'contentId', 'status', 'paymentMethod']) expect(second).not.toHaveProperty(name);
  });

  it('leaves the currency out when the amounts name two', async () => {
    const mapper = new OrderRowMapper(HEADERS, 'US');
    mapper.add(['576000000000000003', '', '', '$12.50', '£10.00', '', '', 'VIDEO', '', '', '', '03/25/2026 14:05:09']);
    const [row] = await mapper.finish();
    expect(row).not.toHaveProperty('currency');
  });
});
