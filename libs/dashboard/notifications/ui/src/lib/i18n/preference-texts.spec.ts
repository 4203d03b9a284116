import { NOTIFICATION_KINDS } from '@prgauge/contracts';
import { dictionaryProblems } from '@prgauge/dashboard-shared-i18n';
import { NOTIFICATION_PREFERENCE_TEXTS } from './preference-texts';

describe('notification preference texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = NOTIFICATION_PREFERENCE_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });

  it('name every kind of notification', () => {
    const named = Object.keys(NOTIFICATION_PREFERENCE_TEXTS.en).filter((k) =>
      k.startsWith('notificationKind.'),
    );
    expect(named.sort()).toEqual(NOTIFICATION_KINDS.map((kind) => `notificationKind.${kind}`).sort());
  });
});
