import { formatDate, formatDateTime, formatRelativeTime, toIsoDateTime } from './time';

const now = Date.UTC(2025, 2, 12, 14, 3, 0);
const ago = (ms: number) => now - ms;
const MIN = 60_000;

describe('formatRelativeTime', () => {
  it('reads like a person would say it', () => {
    expect(formatRelativeTime(ago(5_000), now)).toBe('just now');
    expect(formatRelativeTime(ago(50_000), now)).toBe('1 min ago');
    expect(formatRelativeTime(ago(2 * MIN), now)).toBe('2 min ago');
    expect(formatRelativeTime(ago(59 * MIN), now)).toBe('59 min ago');
    expect(formatRelativeTime(ago(3 * 60 * MIN), now)).toBe('3 h ago');
    expect(formatRelativeTime(ago(30 * 60 * MIN), now)).toBe('yesterday');
    expect(formatRelativeTime(ago(4 * 24 * 60 * MIN), now)).toBe('4 days ago');
  });
  it('treats slightly future times (clock skew) as just now', () => {
    expect(formatRelativeTime(now + 10_000, now)).toBe('just now');
  });
  it('falls back to a date after a week', () => {
    expect(formatRelativeTime(Date.UTC(2025, 0, 2, 12), now, { timeZone: 'UTC' })).toBe('Jan 2');
    expect(formatRelativeTime(Date.UTC(2024, 11, 24, 12), now, { timeZone: 'UTC' })).toBe('Dec 24, 2024');
  });
});

describe('absolute forms', () => {
  it('formats a date, a date-time and an ISO string', () => {
    expect(formatDate(now, now, { timeZone: 'UTC' })).toBe('Mar 12');
    expect(formatDateTime(now, { timeZone: 'UTC' })).toMatch(/^Mar 12, 2025, 2:03\sPM$/);
    expect(toIsoDateTime(now)).toBe('2025-03-12T14:03:00.000Z');
  });
});
