import { checklistProgress } from './checklist';
import { affiliatePageUrl, regionFromLocale, toShopRegion } from './regions';
import { VIEW_SOURCES } from './sources';

describe('page links for the seller’s region', () => {
  it('opens the US, Indonesian and shared Affiliate Center hosts with shop_region', () => {
    expect(affiliatePageUrl('find-creators', 'US')).toBe('https://affiliate-us.tiktok.com/connection/creator?shop_region=US');
    expect(affiliatePageUrl('video-analysis', 'GB')).toBe('https://affiliate.tiktok.com/insights/video-analysis?shop_region=GB');
    expect(affiliatePageUrl('sample-requests', 'ID')).toBe('https://affiliate-id.tokopedia.com/product/sample-request?shop_region=ID');
  });

  it('reads a region from a browser locale or a typed code', () => {
    expect(regionFromLocale('en-GB')).toBe('GB');
    expect(regionFromLocale('th')).toBe('TH');
    expect(regionFromLocale('ja-JP')).toBeNull();
    expect(regionFromLocale('not a locale')).toBeNull();
    expect(toShopRegion('uk')).toBe('GB');
    expect(toShopRegion('XX')).toBeNull();
  });

  it('names at least one page and what each view shows', () => {
    for (const sources of Object.values(VIEW_SOURCES)) {
      expect(sources.pages.length).toBeGreaterThan(0);
      expect(sources.shows.length).toBeGreaterThan(10);
    }
  });
});

describe('first-run checklist', () => {
  const none = { creators: 0, content: 0, orders: 0, samples: 0, collaborations: 0, programs: 0 };
  it('ticks each step as its data arrives', () => {
    expect(checklistProgress(none).completed).toBe(0);
    const some = checklistProgress({ ...none, creators: 3, orders: 1 });
    expect(some.steps.filter((s) => s.complete).map((s) => s.id)).toEqual(['creators', 'orders']);
    expect(checklistProgress({ creators: 1, content: 1, orders: 1, samples: 1, collaborations: 1, programs: 1 })).toMatchObject({ completed: 6, total: 6 });
  });
});

describe('what an import feeds', () => {
  it('lists the views that take each export file', async () => {
    const { viewsFedBy } = await import('./sources');
    expect(viewsFedBy('video-data')).toEqual(['overview', 'creators', 'spark-ads', 'briefs']);
    expect(viewsFedBy('creator-data')).toEqual(['creators']);
    expect(viewsFedBy('affiliate-orders')).toEqual(['overview', 'creators', 'spark-ads']);
  });
});
