import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

describe('translation files', () => {
  const reference = Object.keys(en).sort();

  it.each([
    ['ru', ru],
    ['kk', kk],
    ['fa', fa],
  ])('%s has exactly the keys of en', (_, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(reference);
  });

  it.each([
    ['en', en],
    ['ru', ru],
    ['kk', kk],
    ['fa', fa],
  ])('%s has no empty text and keeps every {placeholder}', (_, dictionary: Record<string, string>) => {
    for (const [key, text] of Object.entries(dictionary)) {
      expect(text.trim()).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, placeholders(text)]).toEqual([key, placeholders((en as Record<string, string>)[key])]);
    }
  });
});
