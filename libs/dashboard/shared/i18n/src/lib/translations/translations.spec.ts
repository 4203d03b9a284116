import { dictionaryProblems } from '../area/dictionary-checks';
import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

describe('shell texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    expect(dictionaryProblems(en, { ru, kk, fa })).toEqual([]);
  });

  it('report a missing key, an empty text and a lost placeholder', () => {
    expect(dictionaryProblems({ a: 'A {n}', b: 'B', c: 'C' }, { ru: { a: 'А', b: ' ', d: 'Д' } })).toEqual([
      'ru: missing c',
      'ru: a has placeholders none',
      'ru: empty b',
      'ru: extra d',
    ]);
  });
});
