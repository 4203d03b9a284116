import { monthLabel } from './month-label';

describe('monthLabel', () => {
  it('names the month in the reader’s language and calendar', () => {
    expect(monthLabel('en', '2026-03')).toBe('Mar 2026');
    expect(monthLabel('fa', '2026-03')).toMatch(/^[\u0600-\u06FF\u200c\s]+$/);
  });

  it('shows a key it cannot read as it is', () => {
    expect(monthLabel('ru', 'later')).toBe('later');
  });
});
