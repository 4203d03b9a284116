import { formatMoney } from './money';

describe('formatMoney', () => {
  it('writes tenge with the locale digits and grouping', () => {
    expect(formatMoney('ru', 400000, 'KZT').replace(/\s/g, ' ')).toBe('400 000 ₸');
    expect(formatMoney('en', 400000, 'KZT')).toBe('₸400,000');
    expect(formatMoney('fa', 400000, 'KZT')).toContain('۴۰۰٬۰۰۰');
  });

  it('keeps cents only when the amount has them', () => {
    expect(formatMoney('en', 1250.5, 'USD')).toBe('$1,250.50');
  });
});
