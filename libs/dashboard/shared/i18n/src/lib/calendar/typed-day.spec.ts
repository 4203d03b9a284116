import { GREGORIAN, SOLAR_HIJRI } from './calendars';
import { formatTypedDay, parseTypedDay } from './typed-day';

describe('the Solar Hijri calendar', () => {
  it('gives Nowruz and the days around a leap Esfand', () => {
    expect(SOLAR_HIJRI.fromIso('2026-03-21')).toEqual({ year: 1405, month: 1, day: 1 });
    expect(SOLAR_HIJRI.toIso({ year: 1405, month: 9, day: 9 })).toBe('2026-11-30');
    // 1403 is a leap year (Esfand has 30 days); 1404 is not.
    expect(SOLAR_HIJRI.monthLength(1403, 12)).toBe(30);
    expect(SOLAR_HIJRI.toIso({ year: 1403, month: 12, day: 30 })).toBe('2025-03-20');
    expect(SOLAR_HIJRI.toIso({ year: 1404, month: 12, day: 30 })).toBeNull();
  });

  it('agrees with the browser calendar on every day of two years', () => {
    const persian = new Intl.DateTimeFormat('en-u-ca-persian', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    for (let t = Date.UTC(2025, 0, 1, 12); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const parts = Object.fromEntries(persian.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
      expect(SOLAR_HIJRI.fromIso(iso)).toEqual({
        year: parseInt(parts['year'], 10),
        month: Number(parts['month']),
        day: Number(parts['day']),
      });
      expect(SOLAR_HIJRI.toIso(SOLAR_HIJRI.fromIso(iso))).toBe(iso);
    }
  });

  it('knows February of a Gregorian leap year', () => {
    expect(GREGORIAN.monthLength(2028, 2)).toBe(29);
    expect(GREGORIAN.toIso({ year: 2026, month: 2, day: 29 })).toBeNull();
  });
});

describe('parseTypedDay', () => {
  it('reads a Persian day year first, in Solar Hijri, in Persian or Latin digits', () => {
    expect(parseTypedDay('fa', '۱۴۰۵/۰۹/۰۹')).toBe('2026-11-30');
    expect(parseTypedDay('fa', '1405/9/9')).toBe('2026-11-30');
    expect(parseTypedDay('fa', '١٤٠٥-٩-٩')).toBe('2026-11-30');
  });

  it('reads a Gregorian year typed on a Persian page as Gregorian', () => {
    expect(parseTypedDay('fa', '2026-11-30')).toBe('2026-11-30');
    expect(parseTypedDay('fa', '2026/11/30')).toBe('2026-11-30');
  });

  it('reads a Russian, Kazakh or English day day-first, and the API form everywhere', () => {
    expect(parseTypedDay('ru', '30.11.2026')).toBe('2026-11-30');
    expect(parseTypedDay('kk', '1.3.2027')).toBe('2027-03-01');
    expect(parseTypedDay('en', '30/11/2026')).toBe('2026-11-30');
    expect(parseTypedDay('ru', '2026-11-30')).toBe('2026-11-30');
  });

  it('refuses a day no calendar has, half a day, or text', () => {
    expect(parseTypedDay('ru', '31.02.2026')).toBeNull();
    expect(parseTypedDay('fa', '1404/12/30')).toBeNull();
    expect(parseTypedDay('ru', '30.11')).toBeNull();
    expect(parseTypedDay('ru', '30.11.26')).toBeNull();
    expect(parseTypedDay('fa', '9/9/1405')).toBeNull();
    expect(parseTypedDay('en', 'tomorrow')).toBeNull();
    expect(parseTypedDay('ru', '')).toBeNull();
  });
});

describe('formatTypedDay', () => {
  it('writes a day as the field reads it back', () => {
    expect(formatTypedDay('fa', '2026-11-30')).toBe('۱۴۰۵/۰۹/۰۹');
    expect(formatTypedDay('ru', '2026-03-01')).toBe('01.03.2026');
    expect(formatTypedDay('en', '2026-11-30')).toBe('30/11/2026');
    for (const locale of ['fa', 'ru', 'kk', 'en'] as const) {
      expect(parseTypedDay(locale, formatTypedDay(locale, '2027-03-20'))).toBe('2027-03-20');
    }
  });
});
