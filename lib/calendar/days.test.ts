import {
  dayNumberOf,
  isoDay,
  localDayOfTimestamp,
  mondayOf,
  parseDay,
  resetLocalDayCache,
  weekdayMondayFirst,
  windowEndingOn,
} from './days';

/** Epoch ms of a local wall-clock time. */
const at = (y: number, m: number, d: number, h = 12, min = 0): number => new Date(y, m - 1, d, h, min).getTime();

describe('day numbers', () => {
  it('parses YYYY-MM-DD and formats back', () => {
    expect(parseDay('1970-01-01')).toBe(0);
    expect(parseDay('1970-01-02')).toBe(1);
    expect(isoDay(parseDay('2026-11-20')!)).toBe('2026-11-20');
    expect(isoDay(parseDay('2024-02-29')!)).toBe('2024-02-29');
  });

  it('rejects anything that is not a real calendar day', () => {
    for (const text of ['2026-02-30', '2026-13-01', '2026-1-5', '20/11/2026', '', 'soon', null, undefined]) {
      expect(parseDay(text)).toBeNull();
    }
  });

  it('counts weekdays from Monday', () => {
    expect(weekdayMondayFirst(parseDay('2026-11-16')!)).toBe(0); // Monday
    expect(weekdayMondayFirst(parseDay('2026-11-20')!)).toBe(4); // Friday
    expect(weekdayMondayFirst(parseDay('2026-11-22')!)).toBe(6); // Sunday
    expect(weekdayMondayFirst(parseDay('1969-12-29')!)).toBe(0); // before day 0
    expect(isoDay(mondayOf(parseDay('2026-11-22')!))).toBe('2026-11-16');
    expect(isoDay(mondayOf(parseDay('2026-11-23')!))).toBe('2026-11-23');
  });

  it('makes windows that end on and include the last day', () => {
    const w = windowEndingOn(parseDay('2026-11-20')!, 28);
    expect(isoDay(w.from)).toBe('2026-10-24');
    expect(isoDay(w.to)).toBe('2026-11-20');
    expect(w.to - w.from + 1).toBe(28);
  });

  it('reads local days from timestamps with Date getters (any time zone)', () => {
    expect(localDayOfTimestamp(at(2026, 11, 22, 23, 30))).toBe(dayNumberOf(2026, 11, 22));
    expect(localDayOfTimestamp(at(2026, 11, 23, 0, 10))).toBe(dayNumberOf(2026, 11, 23));
    expect(localDayOfTimestamp(at(2026, 11, 22, 23, 59))).toBe(dayNumberOf(2026, 11, 22));
    expect(localDayOfTimestamp(at(2026, 11, 23, 0, 0))).toBe(dayNumberOf(2026, 11, 23));
    // Sunday 23:30 and Monday 00:10 fall in different weeks.
    const sunday = localDayOfTimestamp(at(2026, 11, 22, 23, 30));
    const monday = localDayOfTimestamp(at(2026, 11, 23, 0, 10));
    expect(mondayOf(sunday)).not.toBe(mondayOf(monday));
    expect(isoDay(mondayOf(monday))).toBe('2026-11-23');
  });
});

describe('local days in explicit time zones', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
    if (originalTz === undefined) delete process.env.TZ;
    resetLocalDayCache();
  });

  function inZone(tz: string): boolean {
    process.env.TZ = tz;
    resetLocalDayCache();
    // Only meaningful when the runtime honours a TZ change (Node does, in a forked worker).
    return new Date(Date.UTC(2026, 6, 1, 12)).getTimezoneOffset() !== 0 || tz === 'UTC';
  }

  it.each([
    ['Europe/Berlin', 2026, 10, 25], // DST ends on this Sunday
    ['Europe/Berlin', 2026, 3, 29], // DST starts on this Sunday
    ['America/New_York', 2026, 11, 1], // DST ends on this Sunday
    ['America/New_York', 2026, 3, 8], // DST starts on this Sunday
    ['Asia/Kolkata', 2026, 11, 22], // +05:30
    ['Pacific/Chatham', 2026, 11, 22], // +13:45
    ['Pacific/Kiritimati', 2026, 11, 22], // +14:00
    ['Pacific/Pago_Pago', 2026, 11, 22], // −11:00
  ])('%s: Sunday %i-%i-%i 23:30 and the next Monday 00:10 land on their own days and weeks', (tz, y, m, d) => {
    if (!inZone(tz)) return;
    const sundayMs = new Date(y, m - 1, d, 23, 30).getTime();
    const mondayMs = new Date(y, m - 1, d + 1, 0, 10).getTime();
    const sunday = localDayOfTimestamp(sundayMs);
    const monday = localDayOfTimestamp(mondayMs);
    expect(weekdayMondayFirst(sunday)).toBe(6);
    expect(weekdayMondayFirst(monday)).toBe(0);
    expect(monday - sunday).toBe(1);
    expect(mondayOf(monday) - mondayOf(sunday)).toBe(7);
    // Minutes around local midnight, and the very first minute of the Monday.
    expect(localDayOfTimestamp(new Date(y, m - 1, d, 23, 59, 59).getTime())).toBe(sunday);
    expect(localDayOfTimestamp(new Date(y, m - 1, d + 1, 0, 0, 0).getTime())).toBe(monday);
  });

  it('the same instant is a different local day in different zones', () => {
    const instant = Date.UTC(2026, 10, 22, 23, 30); // Sunday 23:30 UTC
    if (!inZone('Asia/Tokyo')) return;
    expect(isoDay(localDayOfTimestamp(instant))).toBe('2026-11-23');
    if (!inZone('America/Los_Angeles')) return;
    expect(isoDay(localDayOfTimestamp(instant))).toBe('2026-11-22');
  });

  it('actually switches zones in this runner', () => {
    process.env.TZ = 'Asia/Tokyo';
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(-540);
  });
});

describe('parseDay read digit by digit', () => {
  // What parseDay was: a regular expression, Date.UTC and a round trip through isoDay.
  function byDate(text: string): number | null {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return null;
    const n = dayNumberOf(Number(match[1]), Number(match[2]), Number(match[3]));
    return isoDay(n) === text ? n : null;
  }

  it('gives what Date.UTC and a round trip gave, for every day and for near misses', () => {
    const texts: string[] = [];
    for (let n = dayNumberOf(100, 1, 1) - 3; n < dayNumberOf(2400, 12, 31); n += 1) texts.push(isoDay(n));
    for (const y of ['0000', '0001', '0099', '0100', '1900', '2000', '2024', '2026', '2100', '9999']) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) texts.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      }
    }
    texts.push('', '2026-1-01', '2026-01-1', '2026/01/01', ' 2026-01-01', '2026-01-01 ', '2026-01-01\n', '2026-0a-01', '２０２６-01-01', '2026-01-01T00:00', '+026-01-01', '-026-01-01');
    // Compared in a loop, one assertion on the texts that differ: an `expect` per text (nearly a
    // million) took longer than the test timeout on a loaded machine.
    const differing = texts.filter((text) => parseDay(text) !== byDate(text));
    expect(differing.map((text) => ({ text, parseDay: parseDay(text), byDate: byDate(text) }))).toEqual([]);
  });
});
