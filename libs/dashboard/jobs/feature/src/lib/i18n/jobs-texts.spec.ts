import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { JOBS_TEXTS } from './jobs-texts';

describe('background jobs texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = JOBS_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
