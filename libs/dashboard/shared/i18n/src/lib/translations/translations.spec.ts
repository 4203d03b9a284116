import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';
import trainingEn from './training.en.json';
import trainingFa from './training.fa.json';
import trainingKk from './training.kk.json';
import trainingRu from './training.ru.json';

const FILES: { name: string; en: Record<string, string>; others: [string, Record<string, string>][] }[] = [
  {
    name: 'common',
    en,
    others: [
      ['ru', ru],
      ['kk', kk],
      ['fa', fa],
    ],
  },
  {
    name: 'training',
    en: trainingEn,
    others: [
      ['ru', trainingRu],
      ['kk', trainingKk],
      ['fa', trainingFa],
    ],
  },
];

describe.each(FILES)('$name translation files', ({ en: reference, others }) => {
  const keys = Object.keys(reference).sort();

  it.each(others)('%s has exactly the keys of en', (_, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(keys);
  });

  it.each([['en', reference] as [string, Record<string, string>], ...others])(
    '%s has no empty text and keeps every {placeholder}',
    (_, dictionary) => {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim()).not.toBe('');
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect([key, placeholders(text)]).toEqual([key, placeholders(reference[key])]);
      }
    },
  );
});

describe('translation areas', () => {
  it('never define the same key twice', () => {
    const common = new Set(Object.keys(en));
    expect(Object.keys(trainingEn).filter((key) => common.has(key))).toEqual([]);
  });
});
