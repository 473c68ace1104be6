import { describeSource, offsetText, sourceName } from './metric-source-text';
import type { MetricSource } from './metric-sources';

const manage: MetricSource = {
  kind: 'reported',
  sources: ['manage-creators'],
  from: '2026-08-20',
  to: '2026-11-17',
  capturedAt: null,
  oldestCapturedAt: null,
  parts: 1,
  basis: 'reported:r1',
};

describe('a figure of a nearby period', () => {
  it('says how its period differs from the window', () => {
    expect(offsetText({ start: -3, end: -3 })).toBe('3 days earlier than the window');
    expect(offsetText({ start: 1, end: 1 })).toBe('1 day later than the window');
    expect(offsetText({ start: -2, end: 0 })).toBe('starts 2 days earlier than the window');
    expect(offsetText({ start: -1, end: 2 })).toBe('starts 1 day earlier and ends 2 days later than the window');
  });

  it('names it in the source (CSV column, tooltip) and shows its real period', () => {
    const near = { ...manage, offset: { start: -3, end: -3 } };
    expect(sourceName(manage)).toBe('Manage creators');
    expect(sourceName(near)).toBe('Manage creators (nearest period: 3 days earlier than the window)');
    expect(describeSource(near)).toBe('Manage creators (nearest period: 3 days earlier than the window), for Aug 20 – Nov 17, 2026.');
  });
});
