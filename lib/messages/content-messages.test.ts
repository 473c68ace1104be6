import { type CaptureMessage, ContentMessageSchema, type ContentMessage, parseContentMessage } from './content-messages';
import { MESSAGE_LIMITS } from './limits';

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

function expectInvalid(input: unknown): string {
  const parsed = parseContentMessage(input);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? '' : parsed.reason;
}

describe('content messages', () => {
  it('accepts page-seen, a creators capture, a content capture and an unrecognized table', () => {
    const pageSeen: ContentMessage = { type: 'page-seen', url: 'https://affiliate.tiktok.com/x', kind: 'other', region: null };
    expect(expectValid(pageSeen)).toEqual(pageSeen);
    expect(expectValid(creatorsCapture([creatorRow]))).toEqual(creatorsCapture([creatorRow]));
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
    expect(expectValid(content)).toEqual(content);
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
    const badNumber = { ...creatorRow, metrics: { followers: { kind: 'exact', value: Number.POSITIVE_INFINITY, raw: '∞' } } };
    expect(expectInvalid(creatorsCapture([badNumber]))).toMatch(/result\.rows\.0\.metrics\.followers/);
    expect(expectInvalid(creatorsCapture([{ ...creatorRow, metrics: { followers: { kind: 'exact', value: Number.NaN, raw: '' } } }]))).toBeTruthy();
    expect(expectInvalid(creatorsCapture([{ ...creatorRow, metrics: { followers: { kind: 'exact', value: 1, unit: 'DOGE', raw: '' } } }]))).toBeTruthy();
    // A creators capture must carry creator rows, not content rows.
    expect(expectInvalid(creatorsCapture([{ contentId: '1', type: 'video', metrics: 5 }]))).toBeTruthy();
    const contentBadDate = {
      type: 'capture', url: 'https://affiliate.tiktok.com/', kind: 'video-analysis', region: null,
      result: { status: 'recognized', adapter: 'v', entity: 'content', rowsRead: 1, rejected: [], rows: [{ contentId: '1', type: 'video', postDate: '03/01/2026', metrics: {} }] },
    };
    expect(expectInvalid(contentBadDate)).toMatch(/postDate/);
  });

  it('bounds row counts and string lengths', () => {
    const rows = Array.from({ length: MESSAGE_LIMITS.rowsPerMessage }, (_, i) => ({ handle: `c${i}`, metrics: {} }));
    expectValid(creatorsCapture(rows));
    expect(expectInvalid(creatorsCapture([...rows, { handle: 'one-too-many', metrics: {} }]))).toMatch(/rows/);
    expect(expectInvalid(creatorsCapture([{ handle: 'x'.repeat(MESSAGE_LIMITS.handle + 1), metrics: {} }]))).toMatch(/handle/);
    expect(expectInvalid({ type: 'page-seen', url: `https://affiliate.tiktok.com/${'a'.repeat(MESSAGE_LIMITS.url)}`, kind: 'other', region: null })).toMatch(/url/);
    expect(expectInvalid(creatorsCapture([{ handle: 'x', categories: Array(MESSAGE_LIMITS.categories + 1).fill('c'), metrics: {} }]))).toMatch(/categories/);
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
