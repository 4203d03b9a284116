import { formatNumber, formatPlainNumber, localDigits } from './format';

describe('formatNumber', () => {
  it('writes Persian digits in fa', () => {
    expect(formatNumber('fa', 1234.5, 1)).toBe('۱٬۲۳۴٫۵');
  });

  it('uses Russian separators in ru', () => {
    expect(formatNumber('ru', 1234.5, 1)).toBe('1\u00a0234,5');
  });

  it('shows a dash for a missing value', () => {
    expect(formatNumber('en', null)).toBe('—');
  });
});

describe('formatPlainNumber', () => {
  it('writes a year or a small count as it is, in the locale digits', () => {
    expect(formatPlainNumber('fa', 2026)).toBe('۲۰۲۶');
    expect(formatPlainNumber('ru', 2026)).toBe('2026');
    expect(formatPlainNumber('en', 7)).toBe('7');
  });

  it('groups five digits and more, and keeps the decimals with the locale decimal sign', () => {
    expect(formatPlainNumber('fa', 12500.5)).toBe('۱۲٬۵۰۰٫۵');
    expect(formatPlainNumber('ru', 12500.25)).toBe('12\u00a0500,25');
  });
});

describe('localDigits', () => {
  it('writes the digits of a name in Persian digits in fa only', () => {
    expect(localDigits('fa', '2026 H1')).toBe('۲۰۲۶ H۱');
    expect(localDigits('ru', '2026')).toBe('2026');
  });
});
