import { calendarYearOf, dayIn } from './calendar-year';

describe('calendarYearOf', () => {
  it('gives Solar Hijri 1405 as 2026-03-21 to 2027-03-20 in Tehran', () => {
    expect(calendarYearOf(new Date('2026-11-30T10:00:00Z'), 'Asia/Tehran', 'persian')).toEqual({
      calendar: 'persian',
      year: 1405,
      from: '2026-03-21',
      to: '2027-03-20',
    });
  });

  it("turns the Solar Hijri year at midnight of Nowruz on Tehran's clocks, not at UTC midnight", () => {
    // 20:29 UTC on 20 March 2026 is 23:59 in Tehran, still 1404; a minute later it is Nowruz 1405.
    expect(calendarYearOf(new Date('2026-03-20T20:29:00Z'), 'Asia/Tehran', 'persian')).toMatchObject({
      year: 1404,
      from: '2025-03-21',
      to: '2026-03-20',
    });
    expect(calendarYearOf(new Date('2026-03-20T20:30:00Z'), 'Asia/Tehran', 'persian').year).toBe(1405);
  });

  it('gives the Gregorian year of the wall clocks of the zone', () => {
    // 31 December 2026, 20:00 UTC is already 1 January 2027 in Almaty (UTC+05:00).
    expect(calendarYearOf(new Date('2026-12-31T20:00:00Z'), 'Asia/Almaty', 'gregorian')).toEqual({
      calendar: 'gregorian',
      year: 2027,
      from: '2027-01-01',
      to: '2027-12-31',
    });
    expect(calendarYearOf(new Date('2026-12-31T20:00:00Z'), 'Europe/Moscow', 'gregorian').year).toBe(2026);
  });

  it('finds Nowruz on the 20th in the years it falls there', () => {
    // 1403 began on 20 March 2024.
    expect(calendarYearOf(new Date('2024-06-01T00:00:00Z'), 'Asia/Tehran', 'persian')).toMatchObject({
      year: 1403,
      from: '2024-03-20',
      to: '2025-03-20',
    });
  });
});

describe('dayIn', () => {
  it('gives the day an instant falls on, on the clocks of a zone', () => {
    // The last moment of 10 December in Tehran, and a minute after it.
    expect(dayIn(new Date('2026-12-10T20:29:59.999Z'), 'Asia/Tehran')).toBe('2026-12-10');
    expect(dayIn(new Date('2026-12-10T20:31:00Z'), 'Asia/Tehran')).toBe('2026-12-11');
    expect(dayIn(new Date('2026-12-10T20:31:00Z'), 'Europe/Moscow')).toBe('2026-12-10');
  });
});
