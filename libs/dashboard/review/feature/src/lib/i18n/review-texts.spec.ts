import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { REVIEW_TEXTS } from './review-texts';

describe('review page texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = REVIEW_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
