import { NO_RATED_PRODUCT, NO_REVIEW_COUNTS } from './product-rating';
import { readPage } from './index';
import { loadFixture, rowsOf } from './testing';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

describe('product rating, fixture (Seller Center US, layout inferred)', () => {
  const result = readPage(loadFixture('product-rating.fixture.html'), 'product-rating', 'US');
  const rows = rowsOf(result, 'eligibility');

  it('is recognised as eligibility rows, one per product with an id', () => {
    expect(result).toMatchObject({ status: 'recognized', adapter: 'product-rating', entity: 'eligibility', rowsRead: 6 });
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_RATED_PRODUCT, count: 1 }]);
    expect(rows).toHaveLength(5);
  });

  it('reads reviews and negative reviews as counts, the name as text (markup in it stays text)', () => {
    expect(rows[0]).toEqual({ kind: 'product', productId: '1729384756102938475', productName: 'Vitamin C Glow Serum 30ml', reviews: 1204, negativeReviews: 5 });
    expect(rows[2]).toMatchObject({ productId: '1729384756102938477', reviews: 3, negativeReviews: 1 });
    expect(rows[4]).toEqual({ kind: 'product', productId: '1729384756102938479', productName: 'Gift Set <b>Holiday</b> & "Glow"', reviews: 0, negativeReviews: 0 });
  });
});

describe('product rating edge cases', () => {
  const page = (rows: string[][]) =>
    body(
      `<div class="theme-arco-table"><table><thead><tr><th class="theme-arco-table-th">Product name</th><th class="theme-arco-table-th">Product ID</th><th class="theme-arco-table-th">Total reviews</th><th class="theme-arco-table-th">Negative reviews</th></tr></thead><tbody>${rows
        .map((row) => `<tr class="theme-arco-table-tr">${row.map((cell) => `<td class="theme-arco-table-td">${cell}</td>`).join('')}</tr>`)
        .join('')}</tbody></table></div>`,
    );

  it('takes the id from its own column; an unknown or impossible count is no figure (never 0)', () => {
    const result = readPage(
      page([
        ['Serum', '1000000001', '12', '1'],
        ['Cream', '1000000002', '--', '0'],
        ['Mask', '1000000003', '4', '5'],
        ['Toner', '1000000004', '2.5', '0'],
      ]),
      'product-rating',
      'US',
    );
    expect(rowsOf(result, 'eligibility')).toEqual([{ kind: 'product', productId: '1000000001', productName: 'Serum', reviews: 12, negativeReviews: 1 }]);
    expect(result.status === 'recognized' && result.rejected).toEqual([{ reason: NO_REVIEW_COUNTS, count: 3 }]);
  });
});
