import { formatMeasured, formatPercent, measuredChange } from './measured';

const ru = { yes: 'Да', no: 'Нет' };
const fa = { yes: 'بله', no: 'خیر' };
// Intl separates thousands with a no-break space in Russian and with the Arabic thousands sign in Persian.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a value read by its measure', () => {
  it('reads yes/no as words, never as 0.0 or 1.0', () => {
    expect(formatMeasured('ru', 1, { type: 'boolean' }, ru)).toBe('Да');
    expect(formatMeasured('ru', 0, { type: 'boolean' }, ru)).toBe('Нет');
    expect(formatMeasured('fa', 1, { type: 'boolean' }, fa)).toBe('بله');
    expect(formatMeasured('fa', 0, { type: 'boolean' }, fa)).toBe('خیر');
  });

  it('reads a count without decimals, and keeps one where the figure has a fraction', () => {
    expect(plain(formatMeasured('ru', 6542, { type: 'number' }, ru))).toBe('6 542');
    expect(formatMeasured('fa', 6542, { type: 'number' }, fa)).toBe('۶٬۵۴۲');
    expect(formatMeasured('ru', 14.3, { type: 'number' }, ru)).toBe('14,3');
    expect(formatMeasured('fa', 14.3, { type: 'number' }, fa)).toBe('۱۴٫۳');
  });

  it("writes a percentage with the locale's own sign", () => {
    expect(plain(formatMeasured('ru', 45, { type: 'percent' }, ru))).toBe('45 %');
    expect(formatMeasured('fa', 45, { type: 'percent' }, fa)).toBe('۴۵٪');
    expect(plain(formatPercent('ru', 82.7, 1))).toBe('82,7 %');
  });

  it('keeps every decimal where a stored value is compared with a new one', () => {
    expect(formatMeasured('fa', 2.25, { type: 'number' }, fa, true)).toBe('۲٫۲۵');
    expect(formatMeasured('fa', 2.3, { type: 'number' }, fa, true)).toBe('۲٫۳');
    expect(formatMeasured('ru', 7.04, { type: 'number' }, ru, true)).toBe('7,04');
    expect(plain(formatMeasured('ru', 87.55, { type: 'percent' }, ru, true))).toBe('87,55 %');
    expect(formatMeasured('ru', 3.75, { type: 'rating', max: 5 }, ru, true)).toBe('3,75 / 5');
    expect(formatMeasured('ru', 2.25, { type: 'number' }, ru)).toBe('2,3');
  });

  it('reads a rating out of its top, and a missing value as a dash', () => {
    expect(formatMeasured('ru', 4, { type: 'rating', max: 5 }, ru)).toBe('4 / 5');
    expect(formatMeasured('ru', null, { type: 'number' }, ru)).toBe('—');
  });
});

describe('a change against the previous cycle', () => {
  it('calls a fall in a lower-is-better figure an improvement', () => {
    expect(measuredChange(14.3, 19, { type: 'number', direction: 'lower' })).toEqual({
      way: 'down',
      amount: expect.closeTo(4.7, 5),
      tone: 'better',
    });
    expect(measuredChange(19, 14.3, { type: 'number', direction: 'lower' })?.tone).toBe('worse');
  });

  it('calls a rise in a higher-is-better figure an improvement, and no move the same', () => {
    expect(measuredChange(12, 10, { type: 'number', direction: 'higher' })?.tone).toBe('better');
    expect(measuredChange(12, 10, { type: 'number' })?.tone).toBe('better');
    expect(measuredChange(10, 10, { type: 'number' })).toEqual({ way: 'same', amount: 0, tone: 'same' });
  });

  it('gives a yes/no change no amount, only which way it went', () => {
    expect(measuredChange(0, 1, { type: 'boolean' })).toEqual({ way: 'down', amount: null, tone: 'worse' });
    expect(measuredChange(1, null, { type: 'boolean' })).toBeNull();
  });
});
