import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { ORGANISATION_TEXTS } from './organisation-texts';

describe('organisation texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = ORGANISATION_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
