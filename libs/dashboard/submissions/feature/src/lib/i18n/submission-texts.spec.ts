import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { SUBMISSION_TEXTS } from './submission-texts';

describe('submission form texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = SUBMISSION_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
