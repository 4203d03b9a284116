import { columnLetters } from './column-letters';
import { readYesNo } from './yes-no';

describe('yes/no cells', () => {
  it('reads the words of every language, 1/0 in any digits, and Excel booleans', () => {
    expect(['да', 'Иә', 'بله', 'yes', 'TRUE', '1', '۱', 1].map(readYesNo)).toEqual(Array(8).fill(true));
    expect(['нет', 'жоқ', 'خیر', 'No', 'false', '0', '۰', 0].map(readYesNo)).toEqual(Array(8).fill(false));
  });

  it('reads the Persian "بلی" as yes, with bidi marks around it', () => {
    expect(['بلی', '\u200fبلی\u200f', '\u200fخیر'].map(readYesNo)).toEqual([true, true, false]);
  });

  it('leaves empty cells empty and refuses anything else', () => {
    expect([readYesNo(''), readYesNo('  '), readYesNo(undefined)]).toEqual([null, null, null]);
    expect([readYesNo('maybe'), readYesNo(2), readYesNo('0,5')]).toEqual(['invalid', 'invalid', 'invalid']);
  });
});

describe('column letters', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
