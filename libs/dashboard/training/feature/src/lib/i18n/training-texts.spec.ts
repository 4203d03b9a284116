import { dictionaryProblems } from '@prgauge/dashboard-i18n';
import { TRAINING_TEXTS } from './training-texts';

describe('training texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = TRAINING_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
