import { dueReminderPoint, reminderInstant } from './reminder-points';

// 18:00 Tehran time (UTC+03:30, no daylight saving since 2022).
const DEADLINE = new Date('2026-07-10T14:30:00Z');
const TEHRAN = 'Asia/Tehran';

describe('reminder points', () => {
  it('falls on the same wall-clock time so many days before, in the region zone', () => {
    expect(reminderInstant(DEADLINE, TEHRAN, 7).toISOString()).toBe('2026-07-03T14:30:00.000Z');
    expect(reminderInstant(DEADLINE, TEHRAN, 1).toISOString()).toBe('2026-07-09T14:30:00.000Z');
  });

  it('keeps the wall-clock time across a change of clocks', () => {
    // 18:00 in Berlin on 2026-03-31 (summer time); a week earlier is 18:00 winter time, one hour later in UTC.
    const deadline = new Date('2026-03-31T16:00:00Z');
    expect(reminderInstant(deadline, 'Europe/Berlin', 7).toISOString()).toBe('2026-03-24T17:00:00.000Z');
  });

  it.each([
    ['2026-07-03T14:29:59Z', null],
    ['2026-07-03T14:30:00Z', 7],
    ['2026-07-07T14:29:59Z', 7],
    ['2026-07-07T14:30:00Z', 3],
    ['2026-07-09T14:30:00Z', 1],
    ['2026-07-10T14:30:00Z', 1],
    ['2026-07-10T14:30:00.001Z', 'overdue'],
  ])('at %s the due point is %s', (now, point) => {
    expect(dueReminderPoint(DEADLINE, TEHRAN, new Date(now))).toBe(point);
  });

  it('gives only the latest point to a sweep that missed the earlier ones', () => {
    expect(dueReminderPoint(DEADLINE, TEHRAN, new Date('2026-07-09T20:00:00Z'))).toBe(1);
  });
});
