import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { COMMITTEES_TEXTS } from './committees-texts';

describe('committees texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = COMMITTEES_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
