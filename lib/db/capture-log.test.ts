import type { CaptureLogEntry } from '../model/entities';
import { appendCaptureLog, cleanCaptureUrl, recentCaptureLog } from './capture-log';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

function entry(at: number): Omit<CaptureLogEntry, 'id'> {
  return { at, url: 'https://affiliate-us.tiktok.com/connection/creator', pageKind: 'find-creators', status: 'stored', rowsRead: 1, created: 1, updated: 0, unchanged: 0, rejected: 0, reasons: [] };
}

describe('capture log', () => {
  it('keeps only the latest entries', async () => {
    for (let at = 1; at <= 12; at += 1) await appendCaptureLog(db(), entry(at), 5);
    expect((await db().captureLog.toArray()).map((e) => e.at)).toEqual([8, 9, 10, 11, 12]);
    expect((await recentCaptureLog(db(), 2)).map((e) => e.at)).toEqual([12, 11]);
  });

  it('logs urls without query noise', () => {
    expect(cleanCaptureUrl('https://affiliate.tiktok.com/connection/creator/detail?cid=77&shop_region=GB&msToken=secret#x')).toBe(
      'https://affiliate.tiktok.com/connection/creator/detail?shop_region=GB&cid=77',
    );
    expect(cleanCaptureUrl('not a url')).toBe('not a url');
  });
});
