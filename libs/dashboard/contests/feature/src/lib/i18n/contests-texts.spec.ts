import { dictionaryProblems } from '@prgauge/dashboard-i18n';
import { CONTESTS_TEXTS } from './contests-texts';

describe('contests texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = CONTESTS_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
