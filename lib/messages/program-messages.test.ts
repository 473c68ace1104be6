/** Content-script messages carrying collaborations, samples and orders. */
import { parseContentMessage } from './content-messages';
import { MESSAGE_LIMITS } from '../model/limits';

const q = (value: number, raw: string, unit?: string) => ({ kind: 'exact', value, raw, ...(unit ? { unit } : {}) });

function programCapture(entity: string, rows: unknown[]): unknown {
  return {
    type: 'capture',
    url: 'https://affiliate-us.tiktok.com/product/order?shop_region=US',
    kind: 'affiliate-orders',
    region: 'US',
    result: { status: 'recognized', adapter: 'x', entity, rowsRead: rows.length, rejected: [], rows },
  };
}

const collaboration = {
  kind: 'target',
  invitationId: '7301',
  name: 'Spring glow',
  products: [{ id: '1729000000000000001', name: 'Glow serum' }],
  moreProducts: 2,
  creatorHandles: ['glow.lab'],
  creatorIds: ['7001'],
  commissionRate: { kind: 'range', min: 0.1, max: 0.2, unit: 'percent', raw: '10%-20%' },
  validFrom: '2026-03-01',
  validTo: '2026-05-31',
  status: 'ongoing',
  statusText: 'Ongoing',
};
const sample = { requestId: '8801', creatorHandle: 'glow.lab', productId: '1729', sku: 'Rose / M', status: null, timeLeft: '2d 14h', postRate: q(0.5, '50%', 'percent'), inShowcase: true, requestedAt: Date.UTC(2026, 2, 1) };
const order = {
  orderId: '576000000000000001',
  contentType: 'video',
  contentId: '7300000000000000001',
  paymentAmount: q(25.98, '$25.98', 'USD'),
  commissionRate: q(0.1, '10%', 'percent'),
  createdAt: Date.UTC(2026, 2, 4, 14, 5),
  createdText: '2026-03-04 14:05',
};

function valid(input: unknown) {
  const parsed = parseContentMessage(input);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.message;
}

/** The reason the message's only row was refused (the message itself is accepted). */
function rowRefusal(input: unknown): string {
  const message = valid(input);
  if (message.type !== 'capture' || message.result.status !== 'recognized') throw new Error('shape');
  expect(message.result.rows).toEqual([]);
  expect(message.result.rejected).toHaveLength(1);
  expect(message.result.rejected[0]?.count).toBe(1);
  return message.result.rejected[0]!.reason;
}

function invalid(input: unknown): string {
  const parsed = parseContentMessage(input);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? '' : parsed.reason;
}

describe('program captures', () => {
  it('accepts collaboration, sample and order rows as sent', () => {
    for (const [entity, row] of [['collaborations', collaboration], ['samples', sample], ['orders', order]] as const) {
      const message = valid(programCapture(entity, [row]));
      if (message.type !== 'capture' || message.result.status !== 'recognized') throw new Error('shape');
      expect(message.result.entity).toBe(entity);
      expect(message.result.rows).toEqual([row]);
    }
  });

  it('strips unknown keys', () => {
    const message = valid(programCapture('orders', [{ ...order, cookie: 'secret' }]));
    if (message.type !== 'capture' || message.result.status !== 'recognized') throw new Error('shape');
    expect(message.result.rows[0]).not.toHaveProperty('cookie');
  });

  it('refuses rows of another entity and invalid values one by one, naming the field', () => {
    expect(rowRefusal(programCapture('orders', [sample]))).toMatch(/^invalid row: (orderId|contentType|createdAt)/);
    expect(rowRefusal(programCapture('samples', [{ ...sample, status: 'lost in the post' }]))).toMatch(/status/);
    expect(rowRefusal(programCapture('collaborations', [{ ...collaboration, validTo: '31/05/2026' }]))).toMatch(/validTo/);
    expect(rowRefusal(programCapture('orders', [{ ...order, orderId: '' }]))).toMatch(/orderId/);
    expect(rowRefusal(programCapture('orders', [{ ...order, createdAt: Number.NaN }]))).toMatch(/createdAt/);
    expect(rowRefusal(programCapture('orders', [{ ...order, contentType: 'podcast' }]))).toMatch(/contentType/);
    expect(invalid(programCapture('refunds', [order]))).toMatch(/entity/);
  });

  it('refuses a row over a list or text limit alone, keeping the others', () => {
    const handles = Array(MESSAGE_LIMITS.listItems + 1).fill('h');
    expect(rowRefusal(programCapture('collaborations', [{ ...collaboration, creatorHandles: handles }]))).toMatch(/creatorHandles/);
    expect(rowRefusal(programCapture('samples', [{ ...sample, productName: 'x'.repeat(MESSAGE_LIMITS.label + 1) }]))).toMatch(/productName/);
    const message = valid(programCapture('samples', [sample, { ...sample, productName: 'x'.repeat(MESSAGE_LIMITS.label + 1) }, sample]));
    if (message.type !== 'capture' || message.result.status !== 'recognized') throw new Error('shape');
    expect(message.result.rows).toHaveLength(2);
  });
});
