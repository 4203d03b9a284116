import { exactDecimal } from './cycle-data-table';

describe('exactDecimal', () => {
  it.each([
    [12.5, '12.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1234567.891, '1234567.891'],
    [0, '0'],
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [1.5e21, '1500000000000000000000'],
  ])('writes %p as %p, which reads back as the same number', (value, text) => {
    expect(exactDecimal(value)).toBe(text);
    expect(Number(text)).toBe(value);
  });
});
