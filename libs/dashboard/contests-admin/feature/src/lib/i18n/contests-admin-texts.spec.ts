import { dictionaryProblems } from '@prgauge/dashboard-i18n';
import { CONTESTS_ADMIN_TEXTS } from './contests-admin-texts';

describe('contest organisers texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = CONTESTS_ADMIN_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
