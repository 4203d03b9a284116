import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { AUTH_TEXTS } from './auth-texts';

describe('sign-in and password texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = AUTH_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
