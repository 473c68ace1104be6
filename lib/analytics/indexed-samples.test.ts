import { localDayOfTimestamp } from '../calendar/days';
import { periodOfDay, type RollupRecord } from '../rollups/fields';
import { indexSample } from './indexed-samples';
import { emptyCreatorEntry } from './program-index-model';
import { at, sample } from './test-helpers';

/** A record with only products posted (`[day, productId, pieces]` triples, all of the first day's period). */
const posts = (postProducts: (string | number)[]): RollupRecord => ({
  creatorKey: 'id:a',
  currency: '',
  period: periodOfDay(postProducts[0] as number),
  days: new Int32Array(0),
  values: new Float64Array(0),
  postProducts,
  orderProducts: [],
});

describe('indexSample', () => {
  const shipped = localDayOfTimestamp(at(2026, 11, 1));

  it('delivers on the first post listing the product on or after the ship day, across records', () => {
    const entry = emptyCreatorEntry('id:a');
    entry.records.push(posts([shipped + 6, 'p1', 1, shipped - 3, 'p2', 1]), posts([shipped + 2, 'p1', 1, shipped + 4, 'p2', 2]));
    const first = indexSample(sample('id:a', 'p1', { shippedAt: at(2026, 11, 1) }), entry, null);
    const second = indexSample(sample('id:a', 'p2', { shippedAt: at(2026, 11, 1) }), entry, null);
    const unposted = indexSample(sample('id:a', 'p3', { shippedAt: at(2026, 11, 1) }), entry, null);
    expect([first.deliveredDay, second.deliveredDay, unposted.deliveredDay]).toEqual([shipped + 2, shipped + 4, null]);
  });

  it("reads each creator's own posts, as they are when the sample is indexed", () => {
    const a = emptyCreatorEntry('id:a');
    const b = emptyCreatorEntry('id:b');
    a.records.push(posts([shipped + 5, 'p1', 1]));
    b.records.push(posts([shipped + 1, 'p1', 1]));
    const ofA = () => indexSample(sample('id:a', 'p1', { shippedAt: at(2026, 11, 1) }), a, null).deliveredDay;
    const ofB = () => indexSample(sample('id:b', 'p1', { shippedAt: at(2026, 11, 1) }), b, null).deliveredDay;
    expect([ofA(), ofB(), ofA()]).toEqual([shipped + 5, shipped + 1, shipped + 5]);
    a.records.push(posts([shipped + 3, 'p1', 1]));
    expect(ofA()).toBe(shipped + 3);
    a.records = [posts([shipped + 9, 'p1', 1])];
    expect(ofA()).toBe(shipped + 9);
  });

  it('keeps an earlier delivery day given by the sample, and reads no posts for a sample not shipped', () => {
    const entry = emptyCreatorEntry('id:a');
    entry.records.push(posts([shipped + 6, 'p1', 1]));
    const delivered = indexSample(sample('id:a', 'p1', { shippedAt: at(2026, 11, 1), contentDeliveredAt: at(2026, 11, 4) }), entry, null);
    expect(delivered.deliveredDay).toBe(shipped + 3);
    const requested = indexSample(sample('id:a', 'p1', { status: 'requested' }), entry, null);
    expect([requested.shipDay, requested.deliveredDay]).toEqual([null, null]);
  });

  it('looks at the posts from the ship day on and before a delivery day given, in records of any period and order', () => {
    const entry = emptyCreatorEntry('id:a');
    entry.records.push(posts([shipped + 40, 'p1', 1]), posts([shipped - 20, 'p1', 1]), posts([shipped + 70, 'p1', 1]));
    const delivered = (extra: Parameters<typeof sample>[2]) => indexSample(sample('id:a', 'p1', extra), entry, null).deliveredDay;
    expect(delivered({ shippedAt: at(2026, 11, 1) })).toBe(shipped + 40);
    expect(delivered({ shippedAt: at(2026, 11, 1), contentDeliveredAt: at(2026, 11, 11) })).toBe(shipped + 10);
    expect(delivered({ shippedAt: at(2026, 11, 1), contentDeliveredAt: at(2026, 12, 31) })).toBe(shipped + 40);
    expect(delivered({ shippedAt: at(2026, 10, 1) })).toBe(shipped - 20);
    expect(delivered({ shippedAt: at(2026, 12, 20) })).toBe(shipped + 70);
    expect(delivered({ shippedAt: at(2027, 1, 20) })).toBeNull();
  });
});
