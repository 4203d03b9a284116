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

describe('an instant on the clocks of Tehran, Almaty, Moscow and a reader west of UTC', () => {
  // A cycle deadline given as the day 31 December 2026: the last moment of that day in each region's zone.
  const endOfDay = {
    'Asia/Tehran': '2026-12-31T20:29:59.999Z',
    'Asia/Almaty': '2026-12-31T18:59:59.999Z',
    'Europe/Moscow': '2026-12-31T20:59:59.999Z',
  } as const;

  it('shows the deadline at 23:59 of its day in its own zone, for a reader there', () => {
    expect(formatMoment('fa', endOfDay['Asia/Tehran'], 'Asia/Tehran', 'Asia/Tehran')).toBe(
      '۱۰ دی ۱۴۰۵ ساعت ۲۳:۵۹',
    );
    expect(formatMoment('kk', endOfDay['Asia/Almaty'], 'Asia/Almaty', 'Asia/Almaty')).toBe(
      '2026 ж. 31 желтоқсан, 23:59',
    );
    expect(formatMoment('ru', endOfDay['Europe/Moscow'], 'Europe/Moscow', 'Europe/Moscow')).toBe(
      '31 декабря 2026 г. в 23:59',
    );
  });

  it("keeps the region's day and time for a reader in New York, and names the region's zone", () => {
    const text = formatMoment('en', endOfDay['Asia/Tehran'], 'Asia/Tehran', 'America/New_York');
    expect(text).toMatch(/^31 December 2026 at 23:59 /);
    expect(text).toContain('Iran');
    expect(formatMoment('ru', endOfDay['Europe/Moscow'], 'Europe/Moscow', 'America/New_York')).toBe(
      '31 декабря 2026 г. в 23:59 Москва',
    );
  });

  it('shows a moment in a New York region on its own clocks, for a reader in Tehran', () => {
    // 1 January 2027 03:00 UTC is still 31 December, 22:00, in New York.
    expect(formatMoment('en', '2027-01-01T03:00:00Z', 'America/New_York', 'Asia/Tehran')).toMatch(
      /^31 December 2026 at 22:00 /,
    );
  });

  it("gives the region's day of an instant near midnight", () => {
    // 20:45 UTC on 31 December is already 1 January in Tehran (00:15) and Almaty, still 31 December in Moscow.
    const instant = '2026-12-31T20:45:00Z';
    expect(formatDay('fa', instant, 'Asia/Tehran', 'long')).toBe('۱۱ دی ۱۴۰۵');
    expect(formatDay('ru', instant, 'Asia/Almaty', 'long')).toBe('1 января 2027 г.');
    expect(formatDay('ru', instant, 'Europe/Moscow', 'long')).toBe('31 декабря 2026 г.');
    expect(formatDay('en', instant, 'America/New_York', 'long')).toBe('31 December 2026');
  });

  it('refuses a bare calendar day, which is no instant', () => {
    expect(() => formatDay('ru', '2026-12-31', 'Asia/Almaty')).toThrow(/calendar day/);
    expect(() => formatMoment('ru', '2026-12-31', 'Asia/Almaty', 'Asia/Almaty')).toThrow(/calendar day/);
  });
});
