import { formatDate, formatNumber } from './format';

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

describe('formatDate', () => {
  it('uses the Solar Hijri calendar in fa: 21 March 2026 is 1 Farvardin 1405', () => {
    const text = formatDate('fa', '2026-03-21T00:00:00Z', 'long');
    expect(text).toContain('۱۴۰۵');
    expect(text).toContain('فروردین');
    expect(text).toMatch(/^۱ /);
  });

  it('uses the Gregorian calendar in ru and kk', () => {
    expect(formatDate('ru', '2026-03-21T00:00:00Z', 'long')).toBe('21 марта 2026 г.');
    expect(formatDate('kk', '2026-03-21T00:00:00Z', 'long')).toContain('2026');
  });
});
