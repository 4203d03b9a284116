import { ERROR_CODES, FIELD_PROBLEM_CODES } from '@prgauge/contracts';
import { dictionaryProblems } from '../area/dictionary-checks';
import { CATALOGUE_ENGLISH } from '../translation.service';
import { loadErrorTexts } from './error-texts';

describe('refusal texts in four languages', () => {
  it('word every error and field-problem code of the catalogue in ru, kk and fa, placeholders as in English', async () => {
    const [en, ru, kk, fa] = await Promise.all(
      ['en', 'ru', 'kk', 'fa'].map((l) => loadErrorTexts(l as 'en')),
    );
    // English refusal texts are the catalogue's; en.json adds the param values only.
    const reference = { ...CATALOGUE_ENGLISH, ...en };
    expect(dictionaryProblems(reference, { ru, kk, fa })).toEqual([]);
  });

  it('cover the whole catalogue under the keys the dashboard looks up', () => {
    const keys = Object.keys(CATALOGUE_ENGLISH);
    expect(keys).toHaveLength(ERROR_CODES.length + FIELD_PROBLEM_CODES.length);
    expect(keys).toEqual(expect.arrayContaining(['error.vote.closed', 'field-problem.field.too_long']));
  });

  it('keep each language in its own script', async () => {
    const latinOnly = (text: string) => /^[^\u0400-\u04FF\u0600-\u06FF]*$/.test(text.replace(/\{\w+\}/g, ''));
    const untranslated = await Promise.all(
      (['ru', 'kk', 'fa'] as const).map(async (locale) =>
        Object.entries(await loadErrorTexts(locale))
          .filter(([, text]) => latinOnly(text))
          .map(([key]) => `${locale}: ${key}`),
      ),
    );
    expect(untranslated.flat()).toEqual([]);
  });
});
