import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { FRAMEWORK_TEXTS } from './framework-texts';

describe('framework texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = FRAMEWORK_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
