import { limitProblems, numbersIn } from './dictionary-checks';

describe('numbersIn', () => {
  it('reads Persian digits, decimal commas and thousands separators', () => {
    expect(numbersIn('بین ۰٫۲۵ و ۲۰۰۰')).toEqual([0.25, 2000]);
    expect(numbersIn('от 0,25 до 2000')).toEqual([0.25, 2000]);
    expect(numbersIn('3 to 1,000 characters')).toEqual([3, 1000]);
  });
});

describe('limitProblems', () => {
  it('names each language whose text states another limit than the API enforces', () => {
    const dictionaries = {
      en: { 'x.year': 'A year from 2000 to 2100.' },
      fa: { 'x.year': 'سالی از ۲۰۰۰ تا ۲۰۹۹.' },
    };
    expect(limitProblems(dictionaries, { 'x.year': [2000, 2100] })).toEqual([
      'fa: x.year does not name 2100',
    ]);
  });
});
