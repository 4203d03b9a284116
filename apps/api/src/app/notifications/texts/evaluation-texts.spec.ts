import { LOCALES, type NotificationKind } from '@prgauge/contracts';
import { EVALUATION_TEXTS } from './evaluation-texts';
import { renderNotification, type NotificationParams } from './render-notification';

/** Every param an evaluation kind may use, as its events give them. */
const PARAMS: NotificationParams = {
  agency: { ru: 'Ведомство A', en: 'Agency A', kk: 'A ведомствосы', fa: 'دستگاه الف' },
  cycle: '2026',
  reviewer: 'evaluator',
  days: 3,
  count: 2,
  deadline: { instant: '2026-07-10T14:30:00Z' },
  items: [
    { field: 'Press releases', text: 'No links', agency: 'B', due: { instant: '2026-07-20T14:30:00Z' } },
  ],
};

describe('the evaluation texts', () => {
  const kinds = Object.keys(EVALUATION_TEXTS) as NotificationKind[];

  it.each(kinds)('%s reads in every language with every placeholder filled', (kind) => {
    for (const locale of LOCALES) {
      const texts = EVALUATION_TEXTS[kind]?.[locale];
      const templates = [texts?.title, ...(texts?.body ?? []), texts?.item].join(' ');
      const named = [...templates.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
      expect(named.filter((name) => !(name in PARAMS) && !(name in (PARAMS.items?.[0] ?? {})))).toEqual([]);
      const note = renderNotification(kind, PARAMS, { locale, timeZone: 'Asia/Tehran' });
      const words = [note.title, ...note.body, ...note.items.map((i) => i.text)];
      expect(words.filter((w) => /[{}]|^\s*$/.test(w))).toEqual([]);
      expect(note.dir).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    }
  });

  it('shows a deadline in the region zone and the reader calendar', () => {
    const fa = renderNotification('deadline.reminder', PARAMS, { locale: 'fa', timeZone: 'Asia/Tehran' });
    expect(fa.title).toBe('روزهای باقی‌مانده تا مهلت ارسال گزارش: \u2068۳\u2069');
    const ru = renderNotification('deadline.reminder', PARAMS, { locale: 'ru', timeZone: 'Asia/Tehran' });
    expect(ru.body[0]).toContain('18:00');
  });

  it('keeps a stray direction mark in a name from turning the deadline or a number around', () => {
    const params = { ...PARAMS, agency: 'شهرداری \u202Eبیرجند', cycle: 'Cycle 2026' };
    const fa = renderNotification('deadline.reminder', params, { locale: 'fa', timeZone: 'Asia/Tehran' });
    const text = [fa.title, ...fa.body].join('\n');
    expect(text).not.toContain('\u202E');
    expect(text).toContain('\u2068شهرداری بیرجند\u2069');
    expect(text).toContain('\u2068Cycle 2026\u2069');
    // A Russian reader sees a Persian name isolated, and Russian names as they are.
    const ru = renderNotification('deadline.reminder', params, { locale: 'ru', timeZone: 'Asia/Tehran' });
    expect(ru.body.join('\n')).toContain('\u2068شهرداری بیرجند\u2069');
    expect(ru.body.join('\n')).toContain('Cycle 2026');
    expect(ru.body.join('\n')).not.toContain('\u2068Cycle 2026');
  });
});
