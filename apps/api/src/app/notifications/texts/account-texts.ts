import type { TextsOfKinds } from './kind-texts';

/**
 * Accounts' notifications (issue 19, item 1): the password-reset link, sent by email only. Params: `login` and
 * `name` of the account, `minutes` the link works for, `until` its last instant (`{ instant }`, shown in the
 * account's region's zone).
 */
export const ACCOUNT_TEXTS: TextsOfKinds = {
  'account.password_reset': {
    en: {
      title: 'Choose a new PR Gauge password',
      body: [
        'Someone, probably you, asked to reset the password of the account {login} ({name}).',
        'The link below works once, for {minutes} minutes: until {until}. Opening it lets you choose a new password and signs the account out everywhere.',
        'If you did not ask for this, ignore this email: your password stays as it is.',
      ],
      action: 'Choose a new password',
    },
    ru: {
      title: 'Выбор нового пароля PR Gauge',
      body: [
        'Кто-то, вероятно вы, попросил сбросить пароль учётной записи {login} ({name}).',
        'Ссылка ниже действует один раз в течение {minutes} мин — до {until}. По ней вы выберете новый пароль, и все сеансы этой учётной записи будут завершены.',
        'Если вы этого не просили, просто не обращайте внимания на письмо: пароль останется прежним.',
      ],
      action: 'Выбрать новый пароль',
    },
    kk: {
      title: 'PR Gauge жаңа құпиясөзін таңдау',
      body: [
        'Біреу, бәлкім өзіңіз, {login} ({name}) есептік жазбасының құпиясөзін қалпына келтіруді сұрады.',
        'Төмендегі сілтеме бір рет қана, {minutes} минут бойы — {until} дейін жарамды. Ол арқылы жаңа құпиясөз таңдайсыз, ал есептік жазбаның барлық сеанстары аяқталады.',
        'Егер сіз мұны сұрамасаңыз, бұл хатқа мән бермеңіз: құпиясөзіңіз өзгеріссіз қалады.',
      ],
      action: 'Жаңа құпиясөз таңдау',
    },
    fa: {
      title: 'انتخاب گذرواژهٔ تازه برای PR Gauge',
      body: [
        'کسی، احتمالاً خود شما، خواسته است گذرواژهٔ حساب {login} ({name}) بازنشانی شود.',
        'پیوند زیر تنها یک بار و به مدت {minutes} دقیقه، تا {until}، کار می‌کند. با آن گذرواژهٔ تازه‌ای برمی‌گزینید و همهٔ نشست‌های این حساب بسته می‌شوند.',
        'اگر چنین درخواستی نکرده‌اید، این نامه را نادیده بگیرید: گذرواژهٔ شما همان که بود می‌ماند.',
      ],
      action: 'انتخاب گذرواژهٔ تازه',
    },
  },
};
