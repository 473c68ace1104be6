import type { ContentPiece } from '../model/entities';
import type { AffiliateOrder } from '../model/program';
import { acceptedLinkedOrders, linkedOrdersByCurrency, linkOrderLine } from './contributions';
import type { ContentLinks } from './fields';

function line(orderId: string, creatorKey: string | undefined, currency: AffiliateOrder['currency'], extra: Partial<AffiliateOrder> = {}): AffiliateOrder {
  return {
    key: `${orderId}:${creatorKey}:${currency}`,
    orderId,
    creatorKey,
    contentType: 'video',
    contentId: 'v1',
    paymentAmount: 10,
    currency,
    status: 'Completed',
    createdAt: 0,
    firstSeen: 0,
    lastSeen: 0,
    updatedAt: 0,
    ...extra,
  } as AffiliateOrder;
}

function linksOf(lines: AffiliateOrder[]): ContentLinks | undefined {
  const links = new Map<string, ContentLinks>();
  for (const l of lines) linkOrderLine(links, l, 1);
  return links.get('video:v1');
}

const piece = { key: 'video:v1', contentId: 'v1', type: 'video', creatorKey: 'id:1', metrics: {} } as unknown as ContentPiece;
const sum = (counts: Map<string, number>, accepted: (c: string) => boolean) => [...counts].reduce((n, [c, k]) => n + (accepted(c) ? k : 0), 0);

describe('acceptedLinkedOrders', () => {
  const links = linksOf([
    line('A', 'id:1', 'USD'),
    line('A', 'id:1', 'USD', { skuId: '2', key: 'A2' }), // a second SKU line: still one order
    line('B', 'id:1', 'GBP'),
    line('C', 'id:1', undefined),
    line('D', 'id:12', 'USD'), // another creator whose key starts with the owner's
    line('E', 'id:', 'USD'),
    line('F', undefined, 'USD', { creatorHandle: 'mia' }),
  ]);

  it('counts the distinct orders of the piece’s own creator in the accepted currencies, as linkedOrdersByCurrency does', () => {
    const usdOrNone = (c: string) => c === '' || c === 'USD';
    expect(acceptedLinkedOrders('id:1', links, usdOrNone)).toBe(2); // A and C
    expect(acceptedLinkedOrders('id:1', links, () => true)).toBe(3);
    expect(acceptedLinkedOrders('id:1', links, () => false)).toBe(0);
    expect(acceptedLinkedOrders('id:12', links, usdOrNone)).toBe(1);
    expect(acceptedLinkedOrders('h:mia', links, usdOrNone)).toBe(1);
    expect(acceptedLinkedOrders('id:', links, usdOrNone)).toBe(1);
    for (const accepted of [usdOrNone, (c: string) => c === 'GBP', () => true]) {
      expect(acceptedLinkedOrders('id:1', links, accepted)).toBe(sum(linkedOrdersByCurrency(piece, links), accepted));
    }
  });

  it('counts as linkedOrdersByCurrency does whatever order the currencies come in', () => {
    const currencies = ['USD', 'GBP', undefined, 'EUR'] as const;
    for (let round = 0; round < 20; round++) {
      const lines = Array.from({ length: 12 }, (_, i) => line(`O${(i * 7 + round) % 9}`, (i + round) % 5 === 0 ? 'id:2' : 'id:1', currencies[(i * round + i) % 4]));
      const links = linksOf(lines);
      for (const accepted of [(c: string) => c === '' || c === 'USD', (c: string) => c === 'GBP', (c: string) => c !== 'EUR', () => true]) {
        expect(acceptedLinkedOrders('id:1', links, accepted)).toBe(sum(linkedOrdersByCurrency(piece, links), accepted));
      }
    }
  });

  it('counts nothing without links', () => {
    expect(acceptedLinkedOrders('id:1', undefined, () => true)).toBe(0);
    expect(acceptedLinkedOrders('id:1', { piece: 'video:v1', lines: {} }, () => true)).toBe(0);
  });
});
