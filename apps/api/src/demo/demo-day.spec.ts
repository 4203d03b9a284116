import { DAY_MS, demoCycles, demoDay, isAfter, submissionDates } from './demo-day';

/** A clock reading that a named reference day overrides. */
const UNUSED_NOW = new Date('2000-01-01T00:00:00Z');

describe('the demo reference day', () => {
  it('is the pinned day, at noon UTC, or else today', () => {
    expect(demoDay('2026-11-29', UNUSED_NOW).today.toISOString()).toBe('2026-11-29T12:00:00.000Z');
    expect(demoDay(undefined, new Date('2027-05-03T23:59:00Z')).today.toISOString()).toBe(
      '2027-05-03T12:00:00.000Z',
    );
  });

  it("opens the reference year's cycle, or the year before's until March", () => {
    expect(demoDay('2026-11-29', UNUSED_NOW).openYear).toBe(2026);
    expect(demoDay('2026-03-01', UNUSED_NOW).openYear).toBe(2026);
    expect(demoDay('2027-02-28', UNUSED_NOW).openYear).toBe(2026);
    expect(demoDay('2027-01-01', UNUSED_NOW).openYear).toBe(2026);
  });

  it('names two published cycles before the open one, which is due three weeks after the day', () => {
    const cycles = demoCycles(demoDay('2026-11-29', UNUSED_NOW));
    expect(cycles.map((c) => [c.name, c.open])).toEqual([
      ['2024', false],
      ['2025', false],
      ['2026', true],
    ]);
    // 23:59:59.999 in Tehran (UTC+03:30).
    expect(cycles[2].deadline.toISOString()).toBe('2026-12-20T20:29:59.999Z');
    expect(cycles[1].deadline.toISOString()).toBe('2026-01-31T20:29:59.999Z');
  });

  it('tells an event after the day from one on or before it', () => {
    const day = demoDay('2026-11-29', UNUSED_NOW);
    expect(isAfter('2026-11-30', day)).toBe(true);
    expect(isAfter('2026-11-29', day)).toBe(false);
    expect(isAfter('2026-03-10', day)).toBe(false);
  });

  it('dates nothing done after the reference day, whichever day of two years it is', () => {
    const wrong: string[] = [];
    const start = Date.UTC(2026, 0, 1);
    for (let d = 0; d < 730; d += 1) {
      const day = demoDay(new Date(start + d * DAY_MS).toISOString().slice(0, 10), UNUSED_NOW);
      const now = day.today.getTime();
      const cycles = demoCycles(day);
      if (cycles[2].deadline.getTime() <= now) wrong.push(`${d}: open cycle already due`);
      for (const cycle of cycles) {
        if (!cycle.open && cycle.deadline.getTime() >= now) wrong.push(`${d}: ${cycle.name} not yet due`);
        for (let i = 0; i < 40; i += 1) {
          const { submittedAt, reviewedAt, approvedAt } = submissionDates(day, cycle, i);
          if (Math.max(submittedAt.getTime(), reviewedAt.getTime(), approvedAt.getTime()) > now)
            wrong.push(`${d}: ${cycle.name} #${i} done after the day`);
          if (reviewedAt <= submittedAt) wrong.push(`${d}: ${cycle.name} #${i} reviewed before submitted`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
