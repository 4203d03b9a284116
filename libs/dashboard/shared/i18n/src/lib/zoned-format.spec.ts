import { formatDay, formatMoment, formatTime, kazakhDate } from './zoned-format';

describe('formatMoment: a deadline with its time, on the clocks of its region', () => {
  // The last moment of 31 January 2027 in Almaty (UTC+05:00).
  const deadline = '2027-01-31T18:59:59.999Z';

  it('shows 23:59 of the deadline day, without a zone for a reader in the same zone', () => {
    expect(formatMoment('ru', deadline, 'Asia/Almaty', 'Asia/Almaty')).toBe('31 января 2027 г. в 23:59');
    expect(formatMoment('en', deadline, 'Asia/Almaty', 'Asia/Almaty')).toBe('31 January 2027 at 23:59');
  });

  it("names the region's zone when the reader's differs", () => {
    expect(formatMoment('ru', deadline, 'Asia/Almaty', 'Europe/Moscow')).toBe(
      '31 января 2027 г. в 23:59 Алматы',
    );
  });

  it('writes a Tehran deadline in the Solar Hijri calendar with Persian digits', () => {
    // The last moment of 11 Bahman 1405 in Tehran (UTC+03:30).
    expect(formatMoment('fa', '2027-01-31T20:29:59.999Z', 'Asia/Tehran', 'Asia/Tehran')).toBe(
      '۱۱ بهمن ۱۴۰۵ ساعت ۲۳:۵۹',
    );
  });

  it('answers a dash for no date', () => {
    expect(formatMoment('ru', null, 'Asia/Almaty')).toBe('—');
    expect(formatMoment('ru', 'not a date', 'Asia/Almaty')).toBe('—');
  });
});

describe('Kazakh dates where Intl has no Kazakh data', () => {
  it("writes the product's own month names, never a month number", () => {
    expect(kazakhDate(new Date('2026-12-06T10:00:00Z'), 'Asia/Almaty', false)).toBe('2026 ж. 6 желтоқсан');
    expect(kazakhDate(new Date('2027-01-31T18:59:59.999Z'), 'Asia/Almaty', true)).toBe(
      '2027 ж. 31 қаңтар, 23:59',
    );
  });
});

describe('formatTime', () => {
  it('gives the time of day an autosave happened, not its date', () => {
    const text = formatTime('ru', new Date(2026, 10, 30, 14, 5));
    expect(text).toBe('14:05');
  });
});

describe('formatDay', () => {
  it("gives the day a window starts on, on the region's clocks, not the UTC day", () => {
    // 1 December from its first moment in Tehran is 20:30 UTC on 30 November.
    expect(formatDay('en', '2026-11-30T20:30:00.000Z', 'Asia/Tehran')).toBe('1 Dec 2026');
    expect(formatDay('en', '2026-11-30T20:30:00.000Z', 'UTC')).toBe('30 Nov 2026');
  });
});
