import { indexProgram } from '../../../lib/analytics/index';
import { creator, q } from '../../../lib/analytics/test-helpers';
import { metricHistory } from './metric-history';

describe('metricHistory', () => {
  it('builds one series per metric with two or more exact values, oldest first', () => {
    const index = indexProgram({
      creators: [creator('id:1', { followers: q(1200) }, { lastSeen: new Date(2026, 10, 20, 12).getTime() })],
      snapshots: [
        { creatorKey: 'id:1', day: '2026-11-01', metrics: { followers: q(1000), gmv: { kind: 'range', min: 1, max: 5, raw: '$1-$5' } }, updatedAt: 0 },
        { creatorKey: 'id:1', day: '2026-11-10', metrics: { followers: q(1100) }, updatedAt: 0 },
      ],
    });
    const series = metricHistory(index.byKey.get('id:1')!);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ metric: 'followers', values: [1000, 1100, 1200], firstDay: '2026-11-01', lastDay: '2026-11-20' });
    expect(series[0]?.summary).toBe('Followers: 1,000 on Nov 1, 1,200 on Nov 20, 3 days recorded');
  });
});
