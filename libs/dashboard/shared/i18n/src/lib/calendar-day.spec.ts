import { formatCalendarDay, isCalendarDay } from './calendar-day';
import { formatDay } from './zoned-format';

describe('formatCalendarDay: a YYYY-MM-DD day is that same day for every reader', () => {
  it('uses the Solar Hijri calendar in fa: 21 March 2026 is 1 Farvardin 1405', () => {
    expect(formatCalendarDay('fa', '2026-03-21', 'long')).toBe('۱ فروردین ۱۴۰۵');
  });

  it('keeps the last day of the Solar Hijri year 1405, 20 March 2027', () => {
    expect(formatCalendarDay('fa', '2027-03-20', 'long')).toBe('۲۹ اسفند ۱۴۰۵');
  });

  it('uses the Gregorian calendar in ru, kk and en', () => {
    expect(formatCalendarDay('ru', '2026-03-21', 'long')).toBe('21 марта 2026 г.');
    expect(formatCalendarDay('kk', '2026-12-06', 'long')).toBe('2026 ж. 6 желтоқсан');
    expect(formatCalendarDay('en', '2026-01-01')).toBe('1 Jan 2026');
  });

  it('gives the first and last days of a year as themselves, where a zone would shift an instant', () => {
    // The same text read as midnight UTC falls on the day before in New York and stays put in Tehran.
    expect(formatDay('en', '2026-01-01T00:00:00Z', 'America/New_York')).toBe('31 Dec 2025');
    expect(formatCalendarDay('en', '2026-01-01')).toBe('1 Jan 2026');
    expect(formatCalendarDay('en', '2026-12-31')).toBe('31 Dec 2026');
  });

  it('answers a dash for no day', () => {
    expect(formatCalendarDay('ru', null)).toBe('—');
    expect(formatCalendarDay('ru', undefined)).toBe('—');
    expect(formatCalendarDay('ru', '')).toBe('—');
  });

  it('refuses an instant, which has no day of its own without a zone', () => {
    expect(() => formatCalendarDay('ru', '2026-03-21T00:00:00Z')).toThrow(/not a calendar day/);
    expect(() => formatCalendarDay('ru', '2026-11-30T20:30:00.000Z')).toThrow(/not a calendar day/);
  });
});

describe('isCalendarDay', () => {
  it('tells a day from an instant', () => {
    expect(isCalendarDay('2026-03-21')).toBe(true);
    expect(isCalendarDay('2026-03-21T00:00:00Z')).toBe(false);
    expect(isCalendarDay('21.03.2026')).toBe(false);
  });
});
