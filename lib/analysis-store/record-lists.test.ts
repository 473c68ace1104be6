import { describe, expect, it } from 'vitest';
import { encodeRows } from './row-columns';
import { decodeListsAhead, recordLists } from './record-lists';

const record = () => ({
  creators: encodeRows([{ key: 'id:1', handle: 'mia' }]),
  scorecards: encodeRows([{ creatorKey: 'id:1', gmv: 12.5 }, { creatorKey: 'id:2', gmv: null }]),
  suggestions: encodeRows([]),
  pace: encodeRows([{ creatorKey: 'id:1', posts: 3 }]),
  behindPace: encodeRows([]),
});

describe('recordLists', () => {
  it('decodes every list of a record', () => {
    const lists = recordLists(record());
    expect(lists.scorecards).toEqual([{ creatorKey: 'id:1', gmv: 12.5 }, { creatorKey: 'id:2', gmv: null }]);
    expect(lists.creators).toEqual([{ key: 'id:1', handle: 'mia' }]);
    expect(lists.pace).toEqual([{ creatorKey: 'id:1', posts: 3 }]);
    expect(lists.suggestions).toEqual([]);
  });

  it('hands over the lists decoded ahead once, then decodes fresh ones', () => {
    const saved = record();
    decodeListsAhead(saved);
    // Changed after decoding ahead: the first call still gives what was decoded then.
    saved.scorecards = encodeRows([{ creatorKey: 'id:3', gmv: 1 }]);
    expect(recordLists(saved).scorecards).toEqual([{ creatorKey: 'id:1', gmv: 12.5 }, { creatorKey: 'id:2', gmv: null }]);
    expect(recordLists(saved).scorecards).toEqual([{ creatorKey: 'id:3', gmv: 1 }]);
  });

  it('leaves alone what is not a record of lists', () => {
    for (const value of [undefined, null, 3, 'text', {}, { scorecards: { count: 2, columns: 'no' } }]) expect(() => decodeListsAhead(value)).not.toThrow();
  });
});
