import { dictionaryProblems } from '@prgauge/dashboard-i18n';
import { AUDIT_TEXTS } from './audit-texts';

describe('audit texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = AUDIT_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
