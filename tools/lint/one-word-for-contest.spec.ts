import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * The one word each language uses for a contest, and the words it replaces. Russian "конкурс"; Kazakh "байқау",
 * not the borrowed "конкурс" nor "жарыс"/"сайыс" (sports); Persian "جشنواره", the word Iranian public relations
 * use for such award events, not "مسابقه" (a quiz or race) nor "رقابت".
 */
const OTHER_WORDS: Record<string, RegExp> = {
  ru: /соревновани|состязани/i,
  kk: /конкурс|жарыс|сайыс/i,
  fa: /مسابقه|رقابت/,
};

/** Every dashboard dictionary of a language: the shell's, the refusal texts and each area's. */
function dictionaries(dir: string, locale: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : dictionaries(path, locale);
    return entry.name === `${locale}.json` ? [path] : [];
  });
}

/** The keys of `file` whose text uses one of `words`, as `file: key`. */
function usesOf(file: string, words: RegExp): string[] {
  const texts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.entries(texts)
    .filter(([, text]) => words.test(text))
    .map(([key]) => `${relative(root, file)}: ${key}`);
}

describe('one word per language for "contest"', () => {
  const dashboard = join(root, 'libs', 'dashboard');

  it.each(Object.entries(OTHER_WORDS))('%s dictionaries use only the chosen word', (locale, words) => {
    const files = dictionaries(dashboard, locale);
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((file) => usesOf(file, words))).toEqual([]);
  });

  it('finds a competing word where one is used', () => {
    expect(OTHER_WORDS['kk'].test('Жаңа конкурс')).toBe(true);
    expect(OTHER_WORDS['fa'].test('مدیریت مسابقه‌ها')).toBe(true);
    expect(OTHER_WORDS['fa'].test('مدیریت جشنواره‌ها')).toBe(false);
  });
});
