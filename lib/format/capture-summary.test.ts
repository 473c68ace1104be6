import { describeRejections, pageLabel, summarizeCaptureCounts } from './capture-summary';

describe('summarizeCaptureCounts', () => {
  it('counts new plus updated as stored', () => {
    const summary = summarizeCaptureCounts({ rowsRead: 20, created: 3, updated: 2, unchanged: 14, rejected: 1 });
    expect(summary.stored).toBe(5);
    expect(summary.text).toBe('20 read · 5 stored (3 new, 2 updated) · 14 unchanged · 1 rejected');
  });
  it('leaves out the new/updated detail when nothing was stored', () => {
    expect(summarizeCaptureCounts({ rowsRead: 1200, created: 0, updated: 0, unchanged: 1200, rejected: 0 }).text).toBe(
      '1,200 read · 0 stored · 1,200 unchanged · 0 rejected',
    );
  });
  it('says plainly when nothing was stored', () => {
    const counts = { rowsRead: 20, created: 0, updated: 0, unchanged: 0, rejected: 0 };
    expect(summarizeCaptureCounts({ ...counts, status: 'failed' }).text).toBe('20 read · not saved');
    expect(summarizeCaptureCounts({ ...counts, status: 'unrecognized' }).text).toBe('nothing stored');
    expect(summarizeCaptureCounts({ ...counts, status: 'stored' }).parts).toHaveLength(4);
    expect(summarizeCaptureCounts({ ...counts, status: 'stored', shortened: 2 }).parts.at(-1)).toBe('2 shortened');
  });
});

describe('describeRejections', () => {
  it('lists reasons most frequent first and skips zero counts', () => {
    expect(
      describeRejections([
        { reason: 'no handle or id', count: 1 },
        { reason: 'invalid number', count: 3 },
        { reason: 'ignored', count: 0 },
      ]),
    ).toEqual(['invalid number (3)', 'no handle or id (1)']);
  });
});

describe('pageLabel', () => {
  it('labels known kinds and tolerates unknown ones', () => {
    expect(pageLabel('find-creators')).toBe('Find creators');
    expect(pageLabel('future-page')).toBe('future-page');
    expect(pageLabel(undefined)).toBe('Unknown page');
  });
});
