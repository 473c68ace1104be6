import { type CaptureMessage, ContentMessageSchema, type ContentMessage, parseContentMessage } from './content-messages';
import { MESSAGE_LIMITS } from '../model/limits';

const creatorsCapture = (rows: unknown[]): unknown => ({
  type: 'capture',
  url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
  kind: 'find-creators',
  region: 'US',
  result: { status: 'recognized', adapter: 'find-creators', entity: 'creators', rowsRead: rows.length, rejected: [], rows },
});

const creatorRow = {
  creatorId: '7001',
  handle: 'Glow.Lab',
  displayName: 'Glow Lab',
  categories: ['Beauty'],
  audience: { gender: 'female', genderShare: 0.65, ageRange: '18-24' },
  metrics: { followers: { kind: 'exact', value: 12300, raw: '12.3K' }, gmv: { kind: 'range', min: 5000, max: 25000, unit: 'USD', raw: '$5K-$25K' } },
};

function expectValid(input: unknown) {
  const parsed = parseContentMessage(input);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.message;
}

/** The reasons rows of an accepted message were refused, and the rows kept. */
function rowOutcome(input: unknown) {
  const message = expectValid(input);
  if (message.type !== 'capture' || message.result.status !== 'recognized') throw new Error('shape');
  return { rows: message.result.rows, rejected: message.result.rejected };
}

/** A recognized result as validation returns it (`shortened` defaults to 0). */
function withDefaults(message: unknown): unknown {
  const { result } = message as { result: object };
  return { ...(message as object), result: { shortened: 0, ...result } };
}

function expectInvalid(input: unknown): string {
  const parsed = parseContentMessage(input);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? '' : parsed.reason;
}

describe('content messages', () => {
  it('accepts page-seen, a creators capture, a content capture and an unrecognized table', () => {
    const pageSeen: ContentMessage = { type: 'page-seen', url: 'https://affiliate.tiktok.com/x', kind: 'other', region: null };
    expect(expectValid(pageSeen)).toEqual(pageSeen);
    expect(expectValid(creatorsCapture([creatorRow]))).toEqual(withDefaults(creatorsCapture([creatorRow])));
    const content: CaptureMessage = {
      type: 'capture',
      url: 'https://affiliate.tiktok.com/insights/video-analysis',
      kind: 'video-analysis',
      region: 'GB',
      result: {
        status: 'recognized',
        adapter: 'video-analysis',
        entity: 'content',
        rowsRead: 2,
        rejected: [{ reason: 'no video id', count: 1 }],
        rows: [{ contentId: '1', type: 'video', creatorHandle: 'a', postDate: '2026-03-01', productIds: ['p'], metrics: { views: { kind: 'exact', value: 5, raw: '5' } } }],
      },
    };
    expect(expectValid(content)).toEqual(withDefaults(content));
    expectValid({ ...content, result: { status: 'unrecognized', headers: ['Creator', 'Whatever'] } });
  });

  it('strips unknown keys and drops unknown (null) metrics', () => {
    const message = expectValid({
      ...(creatorsCapture([{ ...creatorRow, evil: 'x', metrics: { ...creatorRow.metrics, gmv: null, bogus: { kind: 'exact', value: 1, raw: '1' } } }]) as object),
      extra: true,
    });
    expect(message).not.toHaveProperty('extra');
    if (message.type !== 'capture' || message.result.status !== 'recognized' || message.result.entity !== 'creators') throw new Error('shape');
    expect(message.result.rows[0]).not.toHaveProperty('evil');
    expect(message.result.rows[0]?.metrics).toEqual({ followers: creatorRow.metrics.followers });
  });

  it('rejects invalid shapes with a reason naming the problem', () => {
    expect(expectInvalid(null)).toMatch(/Invalid message/);
    expect(expectInvalid({ type: 'hello' })).toMatch(/type/);
    expect(expectInvalid({ type: 'page-seen', url: 'https://affiliate.tiktok.com/', kind: 'admin', region: 'US' })).toMatch(/kind/);
    expect(expectInvalid({ ...(creatorsCapture([]) as object), result: { status: 'recognized', adapter: 'x', entity: 'creators', rowsRead: -1, rejected: [], rows: [] } })).toMatch(/rowsRead/);
  });

  it('refuses invalid rows one by one, naming the field, and keeps the others', () => {
    const badNumber = { ...creatorRow, metrics: { followers: { kind: 'exact', value: Number.POSITIVE_INFINITY, raw: '∞' } } };
    const outcome = rowOutcome(creatorsCapture([creatorRow, badNumber, { ...creatorRow, handle: 'other' }]));
    expect(outcome.rows).toHaveLength(2);
    expect(outcome.rejected).toEqual([{ reason: expect.stringMatching(/^invalid row: metrics\.followers/), count: 1 }]);
    expect(rowOutcome(creatorsCapture([{ ...creatorRow, metrics: { followers: { kind: 'exact', value: Number.NaN, raw: '' } } }])).rows).toEqual([]);
    expect(rowOutcome(creatorsCapture([{ ...creatorRow, metrics: { followers: { kind: 'exact', value: 1, unit: 'DOGE', raw: '' } } }])).rows).toEqual([]);
    // A creators capture must carry creator rows, not content rows.
    expect(rowOutcome(creatorsCapture([{ contentId: '1', type: 'video', metrics: 5 }])).rows).toEqual([]);
    const contentBadDate = {
      type: 'capture', url: 'https://affiliate.tiktok.com/', kind: 'video-analysis', region: null,
      result: { status: 'recognized', adapter: 'v', entity: 'content', rowsRead: 1, rejected: [], rows: [{ contentId: '1', type: 'video', postDate: '03/01/2026', metrics: {} }] },
    };
    expect(rowOutcome(contentBadDate).rejected[0]?.reason).toMatch(/postDate/);
    // Equal problems add up under one reason, next to the content script's own.
    const twice = rowOutcome(creatorsCapture([badNumber, badNumber]));
    expect(twice.rejected).toEqual([{ reason: expect.stringMatching(/metrics\.followers/), count: 2 }]);
  });

  it('bounds row counts and string lengths', () => {
    const rows = Array.from({ length: MESSAGE_LIMITS.rowsPerMessage }, (_, i) => ({ handle: `c${i}`, metrics: {} }));
    expectValid(creatorsCapture(rows));
    expect(expectInvalid(creatorsCapture([...rows, { handle: 'one-too-many', metrics: {} }]))).toMatch(/rows/);
    // Over a field's limit: that row alone is refused (issue #15: one long name cost the whole batch).
    const longName = rowOutcome(creatorsCapture([...rows.slice(0, 499), { handle: 'long', displayName: 'x'.repeat(600), metrics: {} }]));
    expect(longName.rows).toHaveLength(499);
    expect(longName.rejected).toEqual([{ reason: expect.stringMatching(/displayName/), count: 1 }]);
    expect(rowOutcome(creatorsCapture([{ handle: 'x'.repeat(MESSAGE_LIMITS.handle + 1), metrics: {} }])).rejected[0]?.reason).toMatch(/handle/);
    expect(expectInvalid({ type: 'page-seen', url: `https://affiliate.tiktok.com/${'a'.repeat(MESSAGE_LIMITS.url)}`, kind: 'other', region: null })).toMatch(/url/);
    expect(rowOutcome(creatorsCapture([{ handle: 'x', categories: Array(MESSAGE_LIMITS.categories + 1).fill('c'), metrics: {} }])).rejected[0]?.reason).toMatch(/categories/);
    const headers = Array(MESSAGE_LIMITS.headers + 1).fill('h');
    expect(expectInvalid({ type: 'capture', url: 'https://affiliate.tiktok.com/', kind: 'other', region: null, result: { status: 'unrecognized', headers } })).toMatch(/headers/);
  });

  it('keeps hostile strings as plain data', () => {
    const hostile = { handle: '<img src=x onerror=alert(1)>', displayName: '"; DROP TABLE creators; --', categories: ['{{constructor}}'], metrics: {} };
    const message = expectValid(creatorsCapture([hostile]));
    if (message.type !== 'capture' || message.result.status !== 'recognized') throw new Error('shape');
    expect(message.result.rows[0]).toEqual(hostile);
  });

  it('does not accept a prototype-polluting key as data', () => {
    const input = JSON.parse('{"type":"page-seen","url":"https://affiliate.tiktok.com/","kind":"other","region":null,"__proto__":{"polluted":true}}');
    const message = ContentMessageSchema.parse(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(message).sort()).toEqual(['kind', 'region', 'type', 'url']);
  });
});
