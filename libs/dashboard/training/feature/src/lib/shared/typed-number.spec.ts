import { readTypedNumber, typedNumberText } from './typed-number';

describe('typed numbers', () => {
  it('reads Latin, Persian and Arabic digits and either decimal sign', () => {
    expect(readTypedNumber('7.5')).toBe(7.5);
    expect(readTypedNumber('۷٫۵')).toBe(7.5);
    expect(readTypedNumber('٨')).toBe(8);
    expect(readTypedNumber('3,25')).toBe(3.25);
  });

  it('tells empty from unreadable', () => {
    expect(readTypedNumber('  ')).toBeNull();
    expect(readTypedNumber('-2')).toBeNaN();
    expect(readTypedNumber('ten')).toBeNaN();
  });

  it('writes a number back in Persian digits that it reads again', () => {
    const text = typedNumberText('fa', 12.5);
    expect(text).toBe('۱۲٫۵');
    expect(readTypedNumber(text)).toBe(12.5);
    expect(typedNumberText('ru', 1500)).toBe('1500');
  });
});
