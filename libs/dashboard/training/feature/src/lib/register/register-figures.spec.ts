import { attendanceRateOf, registerFiguresOf } from './register-figures';

describe('registerFiguresOf', () => {
  it('sums the hours of those who attended only', () => {
    const rows = [
      { attended: true, hours: 16 },
      { attended: true, hours: 8 },
      { attended: false, hours: 16 },
    ];
    expect(registerFiguresOf(rows, 4)).toEqual({
      participants: 3,
      attended: 2,
      personHours: 24,
      attendanceRate: 50,
    });
  });

  it('keeps hundredths exact when summing partial hours', () => {
    const rows = [0.1, 0.2, 1.35].map((hours) => ({ attended: true, hours }));
    expect(registerFiguresOf(rows, null).personHours).toBe(1.65);
  });

  it('has no rate when nobody was invited', () => {
    expect(registerFiguresOf([{ attended: true, hours: 2 }], null).attendanceRate).toBeNull();
    expect(registerFiguresOf([], 0).attendanceRate).toBeNull();
  });
});

describe('attendanceRateOf', () => {
  it('shows 124 of 150 as 82.7 per cent', () => {
    expect(attendanceRateOf(124, 150)).toBe(82.7);
  });
});
