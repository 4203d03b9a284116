import type { RegionView } from '@prgauge/contracts';
import {
  createRegionRequestOf,
  daysOffShown,
  toggledDaysOff,
  knownTimeZones,
  regionFormProblems,
  regionFormValueOf,
  updateRegionRequestOf,
  weekdaysFor,
} from './region-form-model';

const ZONES = ['Asia/Tehran', 'Asia/Almaty', 'Europe/Moscow'];

const tehran: RegionView = {
  id: 'r1',
  code: 'south-khorasan',
  name: { fa: 'خراسان جنوبی', ru: 'Южный Хорасан' },
  timeZone: 'Asia/Tehran',
  defaultLocale: 'fa',
  calendar: 'persian',
  daysOff: [5],
  version: 3,
};

describe('the region form', () => {
  it('starts a new region as the API defaults it: Moscow time, Russian, Gregorian', () => {
    expect(regionFormValueOf(null)).toEqual({
      code: '',
      name: { ru: '', kk: '', fa: '', en: '' },
      timeZone: 'Europe/Moscow',
      defaultLocale: 'ru',
      calendar: 'gregorian',
      daysOff: null,
    });
  });

  it('asks for a code, a name in some language and a known zone before creating', () => {
    const value = { ...regionFormValueOf(null), timeZone: 'Mars/Olympus' };
    expect(regionFormProblems(value, true, ZONES)).toEqual({
      code: ['org.problem.regionCode'],
      name: ['org.problem.nameRequired'],
      timeZone: ['org.problem.timeZone'],
    });
    expect(regionFormProblems({ ...value, code: 'East' }, true, ZONES)['code']).toEqual([
      'org.problem.regionCode',
    ]);
  });

  it('does not check the code of a stored region, which cannot change', () => {
    expect(regionFormProblems({ ...regionFormValueOf(tehran), code: '' }, false, ZONES)).toEqual({});
  });

  it('refuses a name longer than the contracts allow in any one language', () => {
    const value = regionFormValueOf(tehran);
    value.name.en = 'x'.repeat(301);
    expect(regionFormProblems(value, false, ZONES)).toEqual({ name: ['org.problem.nameTooLong'] });
  });

  it('sends trimmed names without the blank languages, and the version last read', () => {
    const value = regionFormValueOf(tehran);
    value.name.en = '  South Khorasan ';
    expect(updateRegionRequestOf(value, tehran.version)).toEqual({
      version: 3,
      name: { fa: 'خراسان جنوبی', ru: 'Южный Хорасан', en: 'South Khorasan' },
      timeZone: 'Asia/Tehran',
      defaultLocale: 'fa',
      calendar: 'persian',
      daysOff: [5],
    });
    expect(createRegionRequestOf({ ...value, code: 'khorasan' })).toMatchObject({ code: 'khorasan' });
  });

  it('offers the zones the browser knows, Tehran and Almaty among them, and checks against them', () => {
    expect(knownTimeZones()).toEqual(expect.arrayContaining(['Asia/Tehran', 'Asia/Almaty', 'Europe/Moscow']));
    expect(regionFormProblems({ ...regionFormValueOf(tehran), timeZone: 'Asia/Almaty' }, false)).toEqual({});
    expect(regionFormProblems({ ...regionFormValueOf(tehran), timeZone: 'UTC+3' }, false)).toEqual({
      timeZone: ['org.problem.timeZone'],
    });
  });

  it("ticks a new region's national days off until someone ticks: Friday for Persian, the weekend otherwise", () => {
    const persian = { ...regionFormValueOf(null), defaultLocale: 'fa' as const };
    expect(daysOffShown(persian)).toEqual([5]);
    expect(daysOffShown(regionFormValueOf(null))).toEqual([6, 7]);
    expect(createRegionRequestOf(persian)).not.toHaveProperty('daysOff');
    const ticked = { ...persian, daysOff: toggledDaysOff(persian, 4, true) };
    expect(ticked.daysOff).toEqual([4, 5]);
    expect(createRegionRequestOf(ticked)).toMatchObject({ daysOff: [4, 5] });
    expect(toggledDaysOff(ticked, 5, false)).toEqual([4]);
  });

  it('refuses a week with no working day', () => {
    const value = { ...regionFormValueOf(tehran), daysOff: [1, 2, 3, 4, 5, 6, 7] as const };
    expect(regionFormProblems({ ...value, daysOff: [...value.daysOff] }, false, ZONES)).toEqual({
      daysOff: ['org.problem.noWorkingDay'],
    });
  });

  it('lists the weekdays from Saturday for a Persian reader and from Monday for the others', () => {
    expect(weekdaysFor('fa')).toEqual([6, 7, 1, 2, 3, 4, 5]);
    expect(weekdaysFor('ru')).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
