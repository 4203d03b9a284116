import { wrapLabel } from './report-charts';
import { formatChange, formatNumber, localDigits, reportLocale } from './report-format';
import { pointsText } from './report-texts';

describe('how the PDF reports write numbers and words', () => {
  const fa = reportLocale('fa');
  const ru = reportLocale('ru');

  it('writes typed digits in Persian digits on a Persian page only', () => {
    expect(localDigits(fa, 'Cycle 2025/1')).toBe('Cycle ۲۰۲۵/۱');
    expect(localDigits(ru, '2025/1')).toBe('2025/1');
  });

  it('signs a change with a true minus sign', () => {
    expect([formatChange(ru, -2), formatChange(ru, 3), formatChange(ru, 0)]).toEqual(['\u22122', '+3', '0']);
  });

  it('gives Russian points their plural, lower-case, and a fraction the genitive singular', () => {
    const points = (value: number) => pointsText('ru', value, formatNumber(ru, value));
    expect([1, 3, 5, 21, 4.3].map(points)).toEqual(['1 балл', '3 балла', '5 баллов', '21 балл', '4,3 балла']);
    expect(pointsText('en', 1, '1')).toBe('1 point');
  });

  it('wraps a long axis name onto lines and shortens only what three lines cannot hold', () => {
    expect(wrapLabel('Передача PR-работ частному сектору', 16, 3)).toEqual([
      'Передача',
      'PR-работ',
      'частному сектору',
    ]);
    expect(wrapLabel('alpha beta gamma delta', 6, 2)).toEqual(['alpha', 'beta …']);
  });
});
