import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { CONTEST_RULE_TEXTS } from './contest-rule-texts';

describe('contest rule texts', () => {
  it('have every English key in every language, none empty, placeholders as in English', () => {
    const { en, ...others } = CONTEST_RULE_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
    expect(Object.keys(en)).toContain('contestRules.tie.shared');
  });
});
