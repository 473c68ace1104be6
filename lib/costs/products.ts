/**
 * The products a seller can enter a sample cost for: every product seen in sample requests or
 * affiliate orders, with the name last seen on a sample request (orders carry only the id).
 * Products that were sampled come first (most samples first), then the ones only ordered.
 */
import type { AffiliateOrder, SampleRequest } from '../model/program';
import type { EnteredMoney } from '../model/review';

export interface SeenProduct {
  productId: string;
  name: string | null;
  samples: number;
  orderLines: number;
  /** The sample cost entered for it; null when none. */
  cost: EnteredMoney | null;
}

export function productsSeen(
  samples: Iterable<Pick<SampleRequest, 'productId' | 'productName'>>,
  orders: Iterable<Pick<AffiliateOrder, 'productId'>>,
  costs: ReadonlyMap<string, EnteredMoney>,
): SeenProduct[] {
  const byId = new Map<string, SeenProduct>();
  const get = (productId: string) => {
    let product = byId.get(productId);
    if (!product) {
      product = { productId, name: null, samples: 0, orderLines: 0, cost: costs.get(productId) ?? null };
      byId.set(productId, product);
    }
    return product;
  };
  for (const s of samples) {
    if (!s.productId) continue;
    const product = get(s.productId);
    product.samples++;
    if (s.productName) product.name = s.productName;
  }
  for (const o of orders) if (o.productId) get(o.productId).orderLines++;
  return [...byId.values()].sort(
    (a, b) => b.samples - a.samples || b.orderLines - a.orderLines || (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') || (a.productId < b.productId ? -1 : 1),
  );
}
