import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { ADMIN_TEXTS } from './admin-texts';

describe('admin texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = ADMIN_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
