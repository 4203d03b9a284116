import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { TRAINING_TAB_TEXTS } from './training-tab-texts';

describe('training tab texts', () => {
  it('have every English key in every language, none empty', () => {
    const { en, ...others } = TRAINING_TAB_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
    expect(Object.keys(en)).toContain('training.tab.committees');
  });
});
