import type { WorkingWeek } from '@prgauge/contracts';
import { workingDaysLeft, workingDaysLeftKey } from './working-days-left';

const tehran: WorkingWeek = { daysOff: [5], holidays: [] };
const almaty: WorkingWeek = { daysOff: [6, 7], holidays: [] };

describe('working days left to a deadline', () => {
  // Deadline: the end of Saturday 5 December 2026 in Tehran (UTC+03:30), 20:29:59.999Z.
  const tehranDeadline = '2026-12-05T20:29:59.999Z';

  it('skips the Friday in Tehran: Wednesday, Thursday and Saturday are left', () => {
    // Wednesday 2 December, 10:00 in Tehran.
    expect(workingDaysLeft(tehranDeadline, new Date('2026-12-02T06:30:00Z'), 'Asia/Tehran', tehran)).toBe(3);
  });

  it("counts the day in the region's zone: 22:00Z on Thursday is already Friday in Tehran", () => {
    expect(workingDaysLeft(tehranDeadline, new Date('2026-12-03T20:00:00Z'), 'Asia/Tehran', tehran)).toBe(2);
    expect(workingDaysLeft(tehranDeadline, new Date('2026-12-03T21:00:00Z'), 'Asia/Tehran', tehran)).toBe(1);
  });

  it('skips the weekend in Almaty: from Friday to the end of Monday, two working days are left', () => {
    // The end of Monday 7 December in Almaty (UTC+05:00); now Friday 4 December, 09:00 there.
    const deadline = '2026-12-07T18:59:59.999Z';
    expect(workingDaysLeft(deadline, new Date('2026-12-04T04:00:00Z'), 'Asia/Almaty', almaty)).toBe(2);
    // The same days in Tehran's week: Friday off, Saturday to Monday worked.
    expect(workingDaysLeft(deadline, new Date('2026-12-04T04:00:00Z'), 'Asia/Almaty', tehran)).toBe(3);
  });

  it('skips a holiday, and gives null once the deadline has passed', () => {
    const withHoliday: WorkingWeek = {
      daysOff: [6, 7],
      holidays: [{ date: '2026-12-16', name: { kk: 'Тәуелсіздік күні' } }],
    };
    const deadline = '2026-12-17T18:59:59.999Z';
    expect(workingDaysLeft(deadline, new Date('2026-12-15T04:00:00Z'), 'Asia/Almaty', withHoliday)).toBe(2);
    expect(
      workingDaysLeft(deadline, new Date('2026-12-17T19:00:00Z'), 'Asia/Almaty', withHoliday),
    ).toBeNull();
  });

  it('picks the plural form of each language', () => {
    expect([1, 3, 5, 21].map((n) => workingDaysLeftKey('ru', n))).toEqual([
      'form.workingDaysLeft.one',
      'form.workingDaysLeft.few',
      'form.workingDaysLeft.many',
      'form.workingDaysLeft.one',
    ]);
    expect(workingDaysLeftKey('en', 1)).toBe('form.workingDaysLeft.one');
    expect(workingDaysLeftKey('en', 2)).toBe('form.workingDaysLeft.other');
    expect(workingDaysLeftKey('fa', 2)).toBe('form.workingDaysLeft.other');
    expect(workingDaysLeftKey('kk', 2)).toBe('form.workingDaysLeft.other');
  });
});
