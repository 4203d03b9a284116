import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { NOTIFICATION_TEXTS } from './notification-texts';

describe('notification texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = NOTIFICATION_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });
});
