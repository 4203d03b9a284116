import { LOCALES, type NotificationKind } from '@prgauge/contracts';
import { CONTEST_TEXTS } from './contest-texts';
import { renderNotification } from './render-notification';
import { TRAINING_TEXTS } from './training-texts';

const PARAMS = {
  contest: {
    ru: 'Пресс-секретарь года',
    kk: 'Жыл баспасөз хатшысы',
    fa: 'سخنگوی سال',
    en: 'Press secretary of the year',
  },
  reference: '2026-00001',
  project: 'Live broadcasts',
  outcome: { ru: 'допущена', kk: 'жіберілді', fa: 'راه یافت', en: 'admitted' },
  judgingEnd: { instant: '2026-05-10T06:00:00Z' },
  votingEnd: { instant: '2026-05-12T06:00:00Z' },
  event: 'Writing press releases',
  day: { day: '2026-04-01' },
  committee: { en: 'Training committee' },
  rows: 12,
  items: [{ nomination: { en: 'Project of the year' }, assigned: 3, scored: 1, reason: 'Late', link: '/x' }],
};

describe("contests' and training's notification texts", () => {
  const kinds = [...Object.keys(CONTEST_TEXTS), ...Object.keys(TRAINING_TEXTS)] as NotificationKind[];

  it.each(kinds)('%s reads in every language, with every placeholder filled', (kind) => {
    for (const locale of LOCALES) {
      const note = renderNotification(kind, PARAMS, { locale, timeZone: 'Asia/Almaty' });
      const words = [note.title, ...note.body, ...note.items.map((i) => i.text)].join('\n');
      expect(words).not.toMatch(/[{}]/);
      expect(note.title.length).toBeGreaterThan(5);
      expect(note.dir).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    }
  });
});
