import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { IsCalendarDay, IsDayOrInstant } from './zoned-date.validator';

class Dates {
  @IsDayOrInstant() at!: string;
  @IsCalendarDay() day!: string;
}

/** The constraint names that refuse `at` and `day`, so each spelling's answer reads at a glance. */
async function refusals(at: string, day = '2026-12-04'): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(Dates, { at, day }));
  return Object.fromEntries(errors.map((e) => [e.property, Object.keys(e.constraints ?? {})]));
}

describe('IsDayOrInstant and IsCalendarDay: the date spellings the API takes', () => {
  it('takes a day, and a date-time with Z or an offset', async () => {
    for (const at of [
      '2026-12-04',
      '2026-12-04T18:00:00Z',
      '2026-12-04T18:00:00+03:30',
      '2026-12-04T18:00+0330',
    ])
      expect([at, await refusals(at)]).toEqual([at, {}]);
  });

  it('refuses as a format every other spelling that could be read as a UTC midnight or reach the zone arithmetic', async () => {
    const others = [
      '2026-12-04 18:00:00+03:30',
      '2026-12-04\n',
      ' 2026-12-04',
      '2026-W49-5',
      '2026-338',
      '20261204',
      '2026-12',
      '2027-02-30',
      '2026-12-04T25:00Z',
    ];
    for (const at of others) expect([at, await refusals(at)]).toEqual([at, { at: ['isDayOrInstant'] }]);
  });

  it('asks for an offset when a date-time has none', async () => {
    expect(await refusals('2026-12-04T18:00')).toEqual({ at: ['time.offset_required'] });
  });

  it('takes only a real YYYY-MM-DD as a calendar day', async () => {
    for (const day of ['2026-W12-6', '2026-03', '2026-03-20T21:00:00Z', '2027-02-30', '2026-03-21 10:00'])
      expect([day, await refusals('2026-12-04', day)]).toEqual([day, { day: ['isCalendarDay'] }]);
    expect(await refusals('2026-12-04', '2028-02-29')).toEqual({});
  });
});
