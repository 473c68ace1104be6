import { MESSAGE_LIMITS as L } from '../model/limits';
import { CollaborationRowSchema, ContentRowSchema, CreatorRowSchema, OrderRowSchema, SampleRowSchema } from '../messages/row-schemas';
import { boundRow, TRUNCATION_MARKER, truncateText } from './row-bounds';

describe('bounding rows field by field', () => {
  it('cuts long text with a marker and counts each field it cut', () => {
    const row = { handle: 'glowwithmaya', displayName: 'M'.repeat(10_000), categories: ['Beauty', 'c'.repeat(500)], metrics: { followers: { kind: 'exact', value: 1, raw: '1'.repeat(300) } } };
    const { row: bounded, shortened } = boundRow(row);
    expect(shortened).toBe(3);
    expect(bounded.displayName).toHaveLength(L.displayName);
    expect(bounded.displayName.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(bounded.categories).toEqual(['Beauty', `${'c'.repeat(L.category - 1)}${TRUNCATION_MARKER}`]);
    expect(bounded.metrics.followers.raw).toHaveLength(L.rawValue);
    expect(bounded.handle).toBe('glowwithmaya');
    expect(CreatorRowSchema.safeParse(bounded).success).toBe(true);
    expect(row.displayName).toHaveLength(10_000); // the input is not changed
  });

  it('never cuts an identity field: a too-long handle is left for the row check to refuse', () => {
    const row = { handle: 'h'.repeat(L.handle + 1), metrics: {} };
    const { row: bounded, shortened } = boundRow(row);
    expect(shortened).toBe(0);
    expect(bounded.handle).toHaveLength(L.handle + 1);
    expect(CreatorRowSchema.safeParse(bounded).success).toBe(false);
  });

  it('cuts long lists and the names inside them (collaborations, samples, orders, content)', () => {
    const collaboration = {
      kind: 'target',
      name: 'n'.repeat(5_000),
      products: Array.from({ length: L.listItems + 10 }, (_, i) => ({ id: String(i), name: 'p'.repeat(2_000) })),
      creatorHandles: ['a'],
      status: null,
    };
    const bounded = boundRow(collaboration);
    expect(bounded.row.products).toHaveLength(L.listItems);
    expect(bounded.shortened).toBe(2 + L.listItems);
    expect(CollaborationRowSchema.safeParse(bounded.row).success).toBe(true);

    const sample = { creatorHandle: 'a', productId: '1', productName: 'x'.repeat(2_000), campaign: 'y'.repeat(2_000), status: null };
    expect(SampleRowSchema.safeParse(boundRow(sample).row).success).toBe(true);
    const order = { orderId: '1', contentType: 'video', createdAt: Date.UTC(2026, 0, 1), createdText: 't'.repeat(1_000), productName: 'z'.repeat(9_000) };
    expect(OrderRowSchema.safeParse(boundRow(order).row).success).toBe(true);
    const content = { contentId: '1', type: 'video', title: 't'.repeat(50_000), productIds: Array.from({ length: 600 }, (_, i) => String(i)), metrics: {} };
    expect(ContentRowSchema.safeParse(boundRow(content).row).success).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncateText(`${'a'.repeat(9)}😀😀`, 11);
    expect(cut).toBe(`${'a'.repeat(9)}${TRUNCATION_MARKER}`);
    expect(truncateText('short', 11)).toBe('short');
  });
});
