import { formatYear } from './year';

describe('formatYear', () => {
  it('writes a year without grouping, in the locale digits', () => {
    expect(formatYear('ru', 2026)).toBe('2026');
    expect(formatYear('fa', 2026)).toBe('۲۰۲۶');
  });
});
