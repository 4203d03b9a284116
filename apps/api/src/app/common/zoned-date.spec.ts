import { dayIn, instantOf, isDateTimeWithoutOffset } from './zoned-date';

describe('instantOf: the instant a date given to the API stands for', () => {
  it("reads a day as its first or last moment on the region's clocks", () => {
    expect(instantOf('2026-12-10', 'Asia/Tehran', 'start').toISOString()).toBe('2026-12-09T20:30:00.000Z');
    expect(instantOf('2026-12-10', 'Asia/Tehran', 'end').toISOString()).toBe('2026-12-10T20:29:59.999Z');
    expect(instantOf('2027-01-31', 'Asia/Almaty', 'end').toISOString()).toBe('2027-01-31T18:59:59.999Z');
    expect(instantOf('2026-11-29', 'Europe/Moscow', 'end').toISOString()).toBe('2026-11-29T20:59:59.999Z');
  });

  it('follows summer time where the zone keeps it', () => {
    // Berlin is UTC+02:00 in July and UTC+01:00 in January.
    expect(instantOf('2026-07-01', 'Europe/Berlin', 'start').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(instantOf('2026-01-01', 'Europe/Berlin', 'start').toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  it('takes a date-time with an offset as that instant, whatever the zone', () => {
    expect(instantOf('2026-12-10T23:00:00+03:30', 'Asia/Almaty', 'end').toISOString()).toBe(
      '2026-12-10T19:30:00.000Z',
    );
    expect(instantOf('2026-12-10T19:30:00Z', 'Asia/Tehran', 'start').toISOString()).toBe(
      '2026-12-10T19:30:00.000Z',
    );
  });

  it('refuses a date-time without an offset, and text that is no date', () => {
    expect(() => instantOf('2026-12-10T23:00', 'Asia/Tehran', 'end')).toThrow(RangeError);
    expect(() => instantOf('2026-02-30', 'Asia/Tehran', 'end')).toThrow(RangeError);
    expect(() => instantOf('tomorrow', 'Asia/Tehran', 'end')).toThrow(RangeError);
  });
});

describe('isDateTimeWithoutOffset', () => {
  it('tells a date-time that names no instant from a day and from one with an offset', () => {
    expect(['2026-12-10T23:00', '2026-12-10T23:00:00.000'].map(isDateTimeWithoutOffset)).toEqual([
      true,
      true,
    ]);
    expect(
      ['2026-12-10', '2026-12-10T23:00Z', '2026-12-10T23:00:00+03:30', '2026-12-10T23:00:00-0500'].map(
        isDateTimeWithoutOffset,
      ),
    ).toEqual([false, false, false, false]);
  });
});

describe('dayIn: the calendar day an instant falls on in a zone', () => {
  it('is the next day in Tehran and Almaty late in the UTC evening, the same day in UTC', () => {
    const evening = new Date('2026-12-09T21:00:00Z');
    expect(dayIn(evening, 'Asia/Tehran')).toBe('2026-12-10');
    expect(dayIn(evening, 'Asia/Almaty')).toBe('2026-12-10');
    expect(dayIn(evening, 'Europe/Moscow')).toBe('2026-12-10');
    expect(dayIn(evening, 'UTC')).toBe('2026-12-09');
  });

  it('is the previous day west of UTC early in the UTC morning', () => {
    expect(dayIn(new Date('2026-12-10T02:00:00Z'), 'America/New_York')).toBe('2026-12-09');
  });

  it('refuses a zone that does not exist', () => {
    expect(() => dayIn(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});
