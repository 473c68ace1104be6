import { describe, expect, it } from 'vitest';
import type { CaptureLogEntry } from '../model/entities';
import { buildCaptureReport, captureReportText } from './report';

const T = Date.UTC(2026, 2, 1, 9, 0);
const entry = (over: Partial<CaptureLogEntry>): CaptureLogEntry => ({
  at: T,
  url: 'https://affiliate.tiktok.com/connection/creator?shop_region=TH',
  pageKind: 'find-creators',
  status: 'stored',
  rowsRead: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  reasons: [],
  ...over,
});

const log: CaptureLogEntry[] = [
  entry({ status: 'unrecognized', headers: ['ครีเอเตอร์', 'ยอด 12345'], language: 'th-TH' }),
  entry({ at: T + 1_000, adapter: 'page-data:find-creators', entity: 'creators', rowsRead: 4, created: 3, rejected: 1, reasons: [{ reason: 'no creator id or handle', count: 1 }], language: 'th-TH' }),
  entry({ at: T + 2_000, adapter: 'page-data:find-creators', entity: 'creators', rowsRead: 12, created: 12 }),
  entry({ at: T + 3_000, status: 'unrecognized', apiPath: '/api/v1/affiliate/sample/group/list', keyShape: '{code:number,list:[{x:string}]}', message: 'An answer of an unknown shape: nothing was read from it.' }),
  entry({ at: T + 60 * 60_000, url: 'https://affiliate.tiktok.com/connection/creator/detail?cid=7494021386610329876&shop_region=TH', pageKind: 'creator-detail', adapter: 'page-data:creator-profile', entity: 'content', rowsRead: 2, updated: 2 }),
];

describe('capture report', () => {
  it('groups the log into page visits with tables, API answers and readers', () => {
    const [detail, find] = buildCaptureReport(log);
    expect(detail).toMatchObject({ pageKind: 'creator-detail', readers: [{ reader: 'page-data:creator-profile', entity: 'content', rowsRead: 2, stored: 2 }] });
    expect(find).toMatchObject({
      pageKind: 'find-creators',
      language: 'th-TH',
      tables: [['ครีเอเตอร์', 'ยอด 12345']],
      answers: [{ path: '/api/v1/affiliate/sample/group/list', shape: '{code:number,list:[{x:string}]}' }],
      readers: [{ reader: 'page-data:find-creators', fromPageData: true, rowsRead: 16, stored: 15, rejected: 1, reasons: [{ reason: 'no creator id or handle', count: 1 }] }],
    });
  });

  it('copies as text without ids, handles or figures', () => {
    const text = captureReportText(buildCaptureReport(log), T + 2 * 60 * 60_000);
    expect(text).toContain('Find creators — affiliate.tiktok.com/connection/creator');
    expect(text).toContain('Read by page-data:find-creators (page data, creators): 16 read, 15 stored, 1 rejected (1 no creator id or handle)');
    expect(text).toContain('Table not recognised, headers: ครีเอเตอร์ | ยอด #');
    expect(text).toContain('API answer not read: /api/v1/affiliate/sample/group/list shape {code:number,list:[{x:string}]}');
    expect(text).not.toMatch(/7494021386610329876|cid=|12345/);
  });

  it('says so when there is nothing yet', () => {
    expect(captureReportText([], T)).toContain('No page visits recorded yet.');
  });
});
