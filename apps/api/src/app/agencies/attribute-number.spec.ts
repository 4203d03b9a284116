import { commaMeaning, readAttributeNumber } from './attribute-number';

describe('attribute numbers', () => {
  it('reads plain numbers, decimal marks and space groups whatever the column', () => {
    expect(
      ['4', '2.5', '2,5', '12 500', '12\u00a0500,5', '1,234.5', '1,234,567'].map((c) =>
        readAttributeNumber(c, 'ambiguous'),
      ),
    ).toEqual([4, 2.5, 2.5, 12500, 12500.5, 1234.5, 1234567]);
  });

  it('takes "12,500" as twelve thousand five hundred in a comma-separated file', () => {
    const meaning = commaMeaning(['12,500', '800'], ',');
    expect([meaning, readAttributeNumber('12,500', meaning)]).toEqual(['thousands', 12500]);
  });

  it('lets the rest of the column decide, and refuses the cell where nothing does', () => {
    expect(readAttributeNumber('12,500', commaMeaning(['12,500', '2,5'], ','))).toBe(12.5);
    expect(readAttributeNumber('12,500', commaMeaning(['12,500', '3.5'], ';'))).toBe(12500);
    expect(readAttributeNumber('12,500', commaMeaning(['12,500', '800'], ';'))).toEqual({
      problem: '"12,500" could be 12500 or 12.5: write it without the comma, or with a point',
    });
    expect(readAttributeNumber('1e3', 'thousands')).toEqual({ problem: '"1e3" must be a number ≥ 0' });
  });
});
