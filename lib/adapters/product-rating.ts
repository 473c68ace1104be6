/**
 * Product rating (Seller Center `/product/rating`, "Products > Product Rating" in TikTok's help): one
 * row per product with its reviews and the negative (1–2 star) ones. The path is seen in public
 * scripts that open the page; the per-product table is inferred [I] (seller-center.md has no facts
 * on this page): a product cell packing the name and `ID:` line as on other Seller Center pages,
 * then rating, reviews and negative reviews. Fixture: product-rating.fixture.html.
 */
import type { EligibilityRow } from '../model/eligibility';
import { parseNumber } from '../parse/values';
import { checkboxId, idOfText, readProductCell, textOf } from './program-cells';
import type { ColumnSpec, PageAdapter, ReadContext, RowResult, RowView } from './types';

export const NO_RATED_PRODUCT = 'no product id';
export const NO_REVIEW_COUNTS = 'review counts not whole numbers';

type Field = 'product' | 'productId' | 'rating' | 'reviews' | 'negativeReviews';

const columns: readonly ColumnSpec<Field>[] = [
  { field: 'product', headers: ['Product', 'Product info', 'Product name', 'Products'], required: true },
  { field: 'productId', headers: ['Product ID'] },
  { field: 'rating', headers: ['Product rating', 'Average rating', 'Rating'] },
  { field: 'reviews', headers: ['Reviews', 'Total reviews', 'Number of reviews', 'Ratings'], required: true },
  { field: 'negativeReviews', headers: ['Negative reviews (1-2 stars)', 'Negative reviews', '1-2 star reviews', 'Negative ratings'], required: true },
];

/** A count as shown (`1,204`, `1.204` in decimal-comma regions); null unless a whole number ≥ 0. */
function countOf(view: RowView<Field>, field: Field, ctx: ReadContext): number | null {
  const value = parseNumber(textOf(view, field), ctx.region ? { region: ctx.region } : undefined);
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
}

function readRow(view: RowView<Field>, ctx: ReadContext): RowResult<EligibilityRow> {
  const cell = readProductCell(view.cell('product'));
  const first = cell.products[0];
  const productId = idOfText(view.text('productId')) ?? first?.id ?? checkboxId(view.element);
  if (!productId) return { rejected: NO_RATED_PRODUCT };
  const reviews = countOf(view, 'reviews', ctx);
  const negativeReviews = countOf(view, 'negativeReviews', ctx);
  // A rate needs both counts from the same row: one without the other is no figure at all.
  if (reviews === null || negativeReviews === null || negativeReviews > reviews) return { rejected: NO_REVIEW_COUNTS };
  const row: EligibilityRow = { kind: 'product', productId, reviews, negativeReviews };
  if (first?.name) row.productName = first.name;
  return { row };
}

export const productRatingAdapter: PageAdapter<'eligibility', Field> = {
  id: 'product-rating',
  label: 'Product rating',
  pageKinds: ['product-rating'],
  entity: 'eligibility',
  columns,
  minColumns: 3,
  readRow,
};
