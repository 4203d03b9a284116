import { attendanceRate, roundHours } from './training-figures';

describe('training figures', () => {
  it('gives the attendance rate in per cent with one decimal: 124 of 150 is 82.7', () => {
    expect(attendanceRate(124, 150)).toBe(82.7);
    expect(attendanceRate(150, 150)).toBe(100);
    expect(attendanceRate(1, 3)).toBe(33.3);
  });

  it('has no rate for an event nobody was invited to', () => {
    expect(attendanceRate(5, 0)).toBeNull();
    expect(attendanceRate(5, null)).toBeNull();
  });

  it('rounds hours to the hundredth', () => {
    expect(roundHours(0.1 + 0.2)).toBe(0.3);
    expect(roundHours(1984)).toBe(1984);
  });
});
