import type { TextsOfKinds } from './kind-texts';

/**
 * Training's notifications (issue 19, item 1). Params: `event` (its title), `day` (its first day), `committee`
 * (the committee's name) and `rows` (how many rows the register holds).
 */
export const TRAINING_TEXTS: TextsOfKinds = {
  'training.register_filled': {
    en: {
      title: 'Register filled: {event}',
      body: [
        'The attendance register of "{event}" ({day}), run by {committee}, has been filled: {rows} rows.',
      ],
      action: 'Open the event',
    },
    ru: {
      title: 'Журнал заполнен: {event}',
      body: [
        'Журнал посещаемости мероприятия «{event}» ({day}), которое проводит {committee}, заполнен: записей — {rows}.',
      ],
      action: 'Открыть мероприятие',
    },
    kk: {
      title: 'Тіркеу журналы толтырылды: {event}',
      body: [
        '{committee} өткізетін «{event}» іс-шарасының ({day}) қатысу журналы толтырылды: жазбалар саны — {rows}.',
      ],
      action: 'Іс-шараны ашу',
    },
    fa: {
      title: 'دفتر حضور تکمیل شد: {event}',
      body: ['دفتر حضور و غیاب «{event}» ({day}) که {committee} برگزار می‌کند، تکمیل شد: {rows} ردیف.'],
      action: 'باز کردن رویداد',
    },
  },
};
