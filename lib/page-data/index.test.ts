import { describe, expect, it } from 'vitest';
import { parseContentMessage } from '../messages/content-messages';
import { PAGE_DATA_ENDPOINTS, type PageDataEndpoint } from './endpoints';
import { decodePageData, MAX_BODY_CHARS, PAGE_DATA_ADAPTER_PREFIX } from './index';
import { keyShape } from './key-shape';
import { fixture, TH } from './testing';

const FIXTURES: Record<PageDataEndpoint, string> = {
  'find-creators': 'find-creators',
  'creator-profile': 'creator-profile',
  'manage-creators': 'manage-creators',
  'sample-requests': 'sample-requests',
  'target-invitations': 'target-invitations',
  'target-invitation-detail': 'target-invitation-detail',
  'affiliate-orders': 'affiliate-orders',
};

describe('decodePageData', () => {
  it.each(Object.entries(FIXTURES))('%s: every decoded batch passes the background validation unchanged', (endpoint, name) => {
    const result = decodePageData(PAGE_DATA_ENDPOINTS[endpoint as PageDataEndpoint], JSON.stringify(fixture(name)), {
      ...TH,
      request: { tab: 10, invitation_group_id: '1' },
    });
    expect(result.status).toBe('decoded');
    if (result.status !== 'decoded') return;
    for (const batch of result.batches) {
      const parsed = parseContentMessage({
        type: 'capture',
        url: 'https://affiliate.tiktok.com/connection/creator?shop_region=TH',
        kind: 'find-creators',
        region: 'TH',
        result: { status: 'recognized', adapter: `${PAGE_DATA_ADAPTER_PREFIX}${endpoint}`, entity: batch.entity, rowsRead: batch.rows.length, rejected: batch.rejected, rows: batch.rows },
      });
      expect(parsed.ok).toBe(true);
      if (parsed.ok && parsed.message.type === 'capture' && parsed.message.result.status === 'recognized') {
        expect(parsed.message.result.rows).toEqual(batch.rows);
      }
    }
  });

  it('reads only listed paths', () => {
    expect(decodePageData('/api/v1/oec/affiliate/creator/marketplace/find/', '{"code":0,"creator_profile_list":[]}', TH)).toMatchObject({
      status: 'decoded',
      endpoint: 'find-creators',
    });
    expect(decodePageData('/api/v1/user/info', '{"code":0}', TH)).toEqual({ status: 'not-listed' });
    expect(decodePageData('/api/v1/oec/affiliate/creator/marketplace/findx', '{}', TH)).toEqual({ status: 'not-listed' });
  });

  it('names error answers and the verification challenge, reading nothing', () => {
    const path = PAGE_DATA_ENDPOINTS['find-creators'];
    expect(decodePageData(path, '{"code":100000,"message":"Please remove the plugin and try again"}', TH)).toMatchObject({
      status: 'error-response',
      code: '100000',
    });
    expect(decodePageData(path, '{"code":30004009,"message":"verify"}', TH)).toMatchObject({ status: 'challenge' });
    expect(decodePageData(path, '{"code":"30004009"}', TH)).toMatchObject({ status: 'challenge' });
  });

  it('refuses malformed, non-object and huge bodies without throwing', () => {
    const path = PAGE_DATA_ENDPOINTS['manage-creators'];
    expect(decodePageData(path, '{"code":0,"data":{"creators":[', TH)).toMatchObject({ status: 'not-json' });
    expect(decodePageData(path, '<html>captcha</html>', TH)).toMatchObject({ status: 'not-json' });
    expect(decodePageData(path, '[1,2,3]', TH)).toMatchObject({ status: 'unrecognized', shape: '[number]' });
    expect(decodePageData(path, 'null', TH)).toMatchObject({ status: 'unrecognized', shape: 'null' });
    expect(decodePageData(path, ' '.repeat(MAX_BODY_CHARS + 1), TH)).toMatchObject({ status: 'too-large' });
  });

  it('survives deeply nested bodies', () => {
    const deep = `${'{"data":'.repeat(5_000)}{}${'}'.repeat(5_000)}`;
    const result = decodePageData(PAGE_DATA_ENDPOINTS['affiliate-orders'], deep, TH);
    expect(result.status).toBe('unrecognized');
  });

  it('decodes a 1,000-creator page', () => {
    const item = (fixture('find-creators') as { creator_profile_list: unknown[] }).creator_profile_list[0];
    const body = JSON.stringify({ code: 0, creator_profile_list: Array.from({ length: 1_000 }, () => item) });
    const result = decodePageData(PAGE_DATA_ENDPOINTS['find-creators'], body, TH);
    expect(result.status === 'decoded' && result.batches[0]!.rows.length).toBe(1_000);
  });

  it('bounds hostile strings and refuses handles that are not handles', () => {
    const long = 'x'.repeat(100_000);
    const body: unknown = {
      code: 0,
      data: {
        creators: [
          { base: { oec_id: '1', handle_name: '<img src=x onerror=alert(1)>', nick_name: long } },
          { base: { oec_id: '../../etc', handle_name: '=HYPERLINK("http://evil")', nick_name: '\u202Eevil' } },
          { base: { oec_id: long, handle_name: '   ' } },
          // JSON.parse makes `__proto__` an own key, as a hostile body would send it.
          JSON.parse('{"__proto__":{"polluted":true},"base":{"constructor":{"prototype":{"polluted":true}},"handle_name":"ok_handle"}}'),
        ],
      },
    };
    const result = decodePageData(PAGE_DATA_ENDPOINTS['manage-creators'], JSON.stringify(body), TH);
    expect(result.status).toBe('decoded');
    if (result.status !== 'decoded') return;
    const [batch] = result.batches;
    const rows = batch!.rows as { creatorId?: string; handle?: string; displayName?: string }[];
    expect(rows[0]).toMatchObject({ creatorId: '1', displayName: 'x'.repeat(512) });
    expect(rows[0]?.handle).toBeUndefined();
    // An id must look like an id; a formula-looking handle is still only text (exports neutralise it).
    expect(rows[1]?.creatorId).toBeUndefined();
    expect(rows[1]?.handle).toBe('=HYPERLINK("http://evil")');
    expect(rows[2]?.handle).toBe('ok_handle');
    expect(rows).toHaveLength(3);
    expect(batch!.rejected).toEqual([{ reason: 'no creator id or handle', count: 1 }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('keyShape', () => {
  it('gives keys and types, never values; id-like keys are masked', () => {
    const shape = keyShape({ code: 0, data: { list: [{ handle: 'secret_handle', gmv: 12.5, '7494021386610329876': 'y' }], ok: true, none: null } });
    expect(shape).toBe('{code:number,data:{list:[{handle:string,gmv:number,#:string}],ok:boolean,none:null}}');
    expect(shape).not.toContain('secret');
    expect(shape).not.toContain('7494');
  });

  it('is bounded in depth, width and length', () => {
    const wide = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`field_${String.fromCharCode(97 + (i % 26))}`.repeat(1 + (i % 3)), i]));
    expect(keyShape(wide).length).toBeLessThanOrEqual(2_000);
    expect(keyShape({ a: { b: { c: { d: { e: 1 } } } } })).toBe('{a:{b:{c:{d:{…}}}}}');
  });
});
