import { formatFileSize, formatNumber, formatPlainNumber, localDigits } from './format';
import { numberLocaleOf } from './locale';

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

describe('formatFileSize', () => {
  it('gives a small file in bytes, never as nothing', () => {
    expect(formatFileSize('ru', 31)).toBe('31 Б');
    expect(formatFileSize('fa', 31)).toBe('۳۱ بایت');
  });

  it('gives kilobytes and megabytes in binary multiples, up to one decimal', () => {
    expect(formatFileSize('fa', 512 * 1024)).toBe('۵۱۲ kB');
    expect(formatFileSize('ru', 2.4 * 1024 * 1024)).toBe('2,4 МБ');
    expect(formatFileSize('en', 1536)).toBe('1.5 kB');
  });
});

describe('localDigits', () => {
  it('writes the digits of a name in Persian digits in fa only', () => {
    expect(localDigits('fa', '2026 H1')).toBe('۲۰۲۶ H۱');
    expect(localDigits('ru', '2026')).toBe('2026');
  });
});

describe('numberLocaleOf: numbers where a browser has no Kazakh data', () => {
  const noKazakh = (tag: string) => !tag.startsWith('kk');

  it('writes Kazakh numbers as Russian does in Kazakhstan when Intl has no Kazakh data', () => {
    const tag = numberLocaleOf('kk', noKazakh);
    expect(tag).toBe('ru-KZ');
    expect(new Intl.NumberFormat(tag).format(200000000)).toBe('200\u00a0000\u00a0000');
    expect(new Intl.NumberFormat(tag, { minimumFractionDigits: 1 }).format(12.5)).toBe('12,5');
  });

  it("keeps each language's own tag where Intl has its data", () => {
    expect(numberLocaleOf('kk', () => true)).toBe('kk-KZ');
    expect(numberLocaleOf('fa', noKazakh)).toBe('fa-IR-u-ca-persian-nu-arabext');
    expect(numberLocaleOf('ru', noKazakh)).toBe('ru-RU');
  });
});
