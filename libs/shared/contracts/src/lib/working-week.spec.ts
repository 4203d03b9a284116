import {
  addWorkingDays,
  dayOffOf,
  isDayOff,
  isoWeekdayOf,
  workingDaysBetween,
  type WorkingWeek,
} from './working-week';
import { presetHolidays, presetOfRegion, PRESET_DAYS_OFF } from './working-week-presets';

const tehran: WorkingWeek = { daysOff: [5], holidays: [] };
const almaty: WorkingWeek = { daysOff: [6, 7], holidays: [] };

describe('working days', () => {
  it('numbers weekdays as ISO does', () => {
    // 2026-12-04 is a Friday, 2026-12-06 a Sunday.
    expect(isoWeekdayOf('2026-12-04')).toBe(5);
    expect(isoWeekdayOf('2026-12-06')).toBe(7);
    expect(() => isoWeekdayOf('2026-02-30')).toThrow(RangeError);
  });

  it('tells a Friday off in Tehran and a Saturday off in Almaty, not the other way round', () => {
    expect(isDayOff('2026-12-04', tehran)).toBe(true);
    expect(isDayOff('2026-12-05', tehran)).toBe(false);
    expect(isDayOff('2026-12-04', almaty)).toBe(false);
    expect(dayOffOf('2026-12-05', almaty)).toEqual({ kind: 'weekend', weekday: 6 });
  });

  it('names the holiday of a day before its weekday', () => {
    const week: WorkingWeek = { daysOff: [6, 7], holidays: [{ date: '2027-03-21', name: { en: 'Nauryz' } }] };
    // 2027-03-21 is a Sunday, and Nauryz.
    expect(dayOffOf('2027-03-21', week)).toEqual({ kind: 'holiday', holiday: week.holidays[0] });
  });

  it('counts working days with both ends included, across a Friday in Tehran', () => {
    // Wednesday 2 December to Saturday 5 December: Wed, Thu, Sat (Friday off).
    expect(workingDaysBetween('2026-12-02', '2026-12-05', tehran)).toBe(3);
    expect(workingDaysBetween('2026-12-02', '2026-12-05', almaty)).toBe(3);
    // Friday 4 to Monday 7 December in Almaty: Fri and Mon.
    expect(workingDaysBetween('2026-12-04', '2026-12-07', almaty)).toBe(2);
    expect(workingDaysBetween('2026-12-07', '2026-12-04', almaty)).toBe(0);
  });

  it('adds working days forward and back, skipping days off and holidays', () => {
    // Thursday 3 December + 1 working day in Tehran is Saturday; in Almaty it is Friday.
    expect(addWorkingDays('2026-12-03', 1, tehran)).toBe('2026-12-05');
    expect(addWorkingDays('2026-12-03', 1, almaty)).toBe('2026-12-04');
    // Two working days before Monday 7 December in Almaty: Thursday 3 December.
    expect(addWorkingDays('2026-12-07', -2, almaty)).toBe('2026-12-03');
    const holiday: WorkingWeek = { daysOff: [6, 7], holidays: [{ date: '2026-12-16', name: { en: 'x' } }] };
    expect(addWorkingDays('2026-12-15', 1, holiday)).toBe('2026-12-17');
    expect(addWorkingDays('2026-12-15', 0, holiday)).toBe('2026-12-15');
  });

  it('refuses to count forward through a week with no working day', () => {
    expect(() => addWorkingDays('2026-12-01', 1, { daysOff: [1, 2, 3, 4, 5, 6, 7], holidays: [] })).toThrow(
      RangeError,
    );
  });
});

const persianDay = (day: string) =>
  new Intl.DateTimeFormat('en', {
    calendar: 'persian',
    numberingSystem: 'latn',
    timeZone: 'UTC',
    month: 'numeric',
    day: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`));

describe('national presets', () => {
  it('puts Nowruz 1405 on 21–24 March 2026 and Nowruz 1406 on 21–24 March 2027', () => {
    const nowruz = (year: number) =>
      presetHolidays('ir', year)
        .filter((h) => h.name.en === 'Nowruz')
        .map((h) => h.date);
    expect(nowruz(1405)).toEqual(['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']);
    expect(nowruz(1406)).toEqual(['2027-03-21', '2027-03-22', '2027-03-23', '2027-03-24']);
  });

  it("puts each of Iran's solar holidays on the Solar Hijri day Intl names", () => {
    const days = presetHolidays('ir', 1405).map((h) => persianDay(h.date));
    expect(days).toEqual(['1/1', '1/2', '1/3', '1/4', '1/12', '1/13', '3/14', '3/15', '11/22', '12/29']);
  });

  it('lists Kazakhstan with Nauryz and Russia with its New Year holidays', () => {
    const kz = presetHolidays('kz', 2027).map((h) => h.date);
    expect(kz).toEqual(
      expect.arrayContaining(['2027-01-07', '2027-03-21', '2027-03-22', '2027-03-23', '2027-12-16']),
    );
    expect(kz).toHaveLength(14);
    const ru = presetHolidays('ru', 2027).map((h) => h.date);
    expect(ru.slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((d) => `2027-01-0${d}`));
    expect(ru).toContain('2027-11-04');
    expect(ru).not.toContain('2027-03-21');
  });

  it("chooses a region's preset from its language and calendar", () => {
    expect(presetOfRegion({ defaultLocale: 'fa', calendar: 'persian' })).toBe('ir');
    expect(presetOfRegion({ defaultLocale: 'ru', calendar: 'persian' })).toBe('ir');
    expect(presetOfRegion({ defaultLocale: 'kk', calendar: 'gregorian' })).toBe('kz');
    expect(presetOfRegion({ defaultLocale: 'en', calendar: 'gregorian' })).toBe('ru');
    expect(PRESET_DAYS_OFF.ir).toEqual([5]);
  });
});
