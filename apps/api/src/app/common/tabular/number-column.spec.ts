import { hasPercentSign, readNumberColumn, readNumberColumns } from './number-column';

describe('readNumberColumn', () => {
  it('reads "12,500" as a thousands group in a comma-separated file where no other cell tells', () => {
    expect(readNumberColumn(['12,500', '800'], 'comma')).toEqual([12500, 800]);
  });

  it('takes the mark of "12,500" from the rest of the column, whatever the separator', () => {
    expect(readNumberColumn(['12,500', '3,25'], 'semicolon')).toEqual([12.5, 3.25]);
    expect(readNumberColumn(['12,500', '1,234.5'], 'semicolon')).toEqual([12500, 1234.5]);
    expect(readNumberColumn(['12,500', '1,234,567'], 'tab')).toEqual([12500, 1234567]);
    expect(readNumberColumn(['12.500', '1.234,5'], 'comma')).toEqual([12500, 1234.5]);
    expect(readNumberColumn(['12.500', '0.5'], 'semicolon')).toEqual([12.5, 0.5]);
  });

  it('refuses "12,500" and "12.500" where neither the column nor the separator tells, with both readings', () => {
    expect(readNumberColumn(['12,500', '800'], 'semicolon')).toEqual([
      { problem: 'ambiguous', value: '12,500', thousands: 12500, decimal: 12.5 },
      800,
    ]);
    expect(readNumberColumn(['1.500'], 'tab')).toEqual([
      { problem: 'ambiguous', value: '1.500', thousands: 1500, decimal: 1.5 },
    ]);
    expect(readNumberColumn(['12,500'], null)).toEqual([
      { problem: 'ambiguous', value: '12,500', thousands: 12500, decimal: 12.5 },
    ]);
  });

  it('refuses an ambiguous cell where the column uses both marks as decimals', () => {
    expect(readNumberColumn(['2,5', '3.75', '12,500'], 'comma')).toEqual([
      2.5,
      3.75,
      { problem: 'ambiguous', value: '12,500', thousands: 12500, decimal: 12.5 },
    ]);
  });

  it('reads the decimal conventions of our locales', () => {
    expect(
      readNumberColumn(
        ['1 234,5', '1\u00a0234,5', '1\u202f234\u202f567', '1.234,5', '1,234.5', '1234,5', '0,500', '7'],
        'semicolon',
      ),
    ).toEqual([1234.5, 1234.5, 1234567, 1234.5, 1234.5, 1234.5, 0.5, 7]);
  });

  it('reads Persian and Arabic-Indic digits with the Arabic decimal and thousands signs', () => {
    expect(readNumberColumn(['۱۲٬۵۰۰', '۱۲٫۵۰۰', '٣٫٥', '۸۰۰'], 'comma')).toEqual([12500, 12.5, 3.5, 800]);
  });

  it('takes typed numbers as they are, leaves empty cells empty, and refuses what is no number', () => {
    expect(readNumberColumn([1.5, '', ' ', 'two', '3-', 'e3', '0x10', '1,2,3'], 'comma')).toEqual([
      1.5,
      null,
      null,
      { problem: 'not_a_number', value: 'two' },
      { problem: 'not_a_number', value: '3-' },
      { problem: 'not_a_number', value: 'e3' },
      { problem: 'not_a_number', value: '0x10' },
      { problem: 'not_a_number', value: '1,2,3' },
    ]);
  });
});

const SIGNED = { signed: true };

describe('readNumberColumns', () => {
  const ambiguous = (value: string, thousands: number, decimal: number) => ({
    problem: 'ambiguous',
    value,
    thousands,
    decimal,
  });

  it("reads each column by its own cells first, whatever the file's other columns say", () => {
    expect(readNumberColumns([['12,500', '1,234.5'], ['2,5']], 'semicolon')).toEqual([
      [12500, 1234.5],
      [2.5],
    ]);
  });

  it("takes a column's mark from the file's other columns when its own cells do not tell", () => {
    expect(readNumberColumns([['12,600'], ['2,5']], 'semicolon')).toEqual([[12.6], [2.5]]);
    expect(readNumberColumns([['12,600'], ['4.25']], 'comma')).toEqual([[12600], [4.25]]);
  });

  it('refuses where the other columns and the separator disagree, or the other columns disagree', () => {
    expect(readNumberColumns([['12,600'], ['2,5']], 'comma')).toEqual([
      [ambiguous('12,600', 12600, 12.6)],
      [2.5],
    ]);
    expect(readNumberColumns([['12,600'], ['2,5'], ['3.5']], 'semicolon')[0]).toEqual([
      ambiguous('12,600', 12600, 12.6),
    ]);
  });

  it('reads one column as readNumberColumn does', () => {
    for (const [cells, separator] of [
      [['12,500', '800'], 'comma'],
      [['12,500'], 'semicolon'],
      [['12,500', '3,25'], 'semicolon'],
    ] as const)
      expect(readNumberColumns([cells], separator)).toEqual([readNumberColumn(cells, separator)]);
  });
});

describe('readNumberColumn: signs, exponents, percent signs and bidi marks', () => {
  it('reads a leading minus as a negative number and -0 as 0, leaving the range to the caller', () => {
    expect(readNumberColumn(['-5', '−2,5', '-0'], 'semicolon', SIGNED)).toEqual([-5, -2.5, 0]);
    expect(Object.is(readNumberColumn(['-0'], null, SIGNED)[0], 0)).toBe(true);
    expect(readNumberColumn(['-'], null, SIGNED)).toEqual([{ problem: 'not_a_number', value: '-' }]);
  });

  it('reads an exponent as the number it writes', () => {
    expect(readNumberColumn(['1e308', '2.5E3', '1e309'], 'comma', SIGNED)).toEqual([1e308, 2500, Infinity]);
  });

  it('reads the number of percent before or after a percent sign, in any digits', () => {
    expect(readNumberColumn(['12,5%', '12.5 %', '٪۱۲', '۱۲٪'], 'semicolon', SIGNED)).toEqual([
      12.5, 12.5, 12, 12,
    ]);
    expect(['12,5%', '٪۱۲', '\u200f۱۲٪', '12', 12].map(hasPercentSign)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('refuses signs, exponents and percent signs where the caller did not ask for them', () => {
    expect(readNumberColumn(['-3', '1e3', '5%'], 'comma')).toEqual([
      { problem: 'not_a_number', value: '-3' },
      { problem: 'not_a_number', value: '1e3' },
      { problem: 'not_a_number', value: '5%' },
    ]);
  });

  it('drops bidi controls copied with right-to-left text', () => {
    expect(readNumberColumn(['\u200f۱۲\u200e', '\u061c-3', '\u2067۴٫۵\u2069'], null, SIGNED)).toEqual([
      12, -3, 4.5,
    ]);
  });
});
