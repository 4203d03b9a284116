import { reportRange } from './report-range';

describe('the default period of a report', () => {
  const now = new Date('2026-11-30T10:00:00Z');

  it('is the Solar Hijri year 1405 in a Tehran region', () => {
    expect(reportRange(undefined, undefined, now, { timeZone: 'Asia/Tehran', calendar: 'persian' })).toEqual({
      from: '2026-03-21',
      to: '2027-03-20',
    });
  });

  it('is the Gregorian year in a Gregorian region, and for someone of no one region', () => {
    expect(
      reportRange(undefined, undefined, now, { timeZone: 'Asia/Almaty', calendar: 'gregorian' }),
    ).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(reportRange(undefined, undefined, now, null)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('keeps the days in the address, and ignores what is not a day', () => {
    const tehran = { timeZone: 'Asia/Tehran', calendar: 'persian' } as const;
    expect(reportRange('2026-05-01', '2026-06-30', now, tehran)).toEqual({
      from: '2026-05-01',
      to: '2026-06-30',
    });
    expect(reportRange('May', '', now, tehran)).toEqual({ from: '2026-03-21', to: '2027-03-20' });
  });
});
