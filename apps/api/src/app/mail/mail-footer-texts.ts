import type { Locale } from '@prgauge/contracts';

/** Why a reader got a message, and how to stop that kind: the footer of every email, in the reader's language. */
export interface MailFooterTexts {
  /** To an account that chose (or kept) email for this kind. */
  account: string;
  /** The unsubscribe link's label. */
  unsubscribe: string;
  /** Where all of one's choices are made. */
  settings: string;
  /** To an address without an account (an applicant's, a voter's). */
  address: string;
  /** A message the reader asked for (a password reset), which cannot be turned off. */
  requested: string;
}

export const MAIL_FOOTER_TEXTS: Record<Locale, MailFooterTexts> = {
  en: {
    account:
      'You got this email because you have an account in PR Gauge and emails about this kind of event are on.',
    unsubscribe: 'Turn off emails of this kind',
    settings: 'You can choose what you hear of, and how, in the notification settings of the dashboard.',
    address:
      'You got this email because this address was given in PR Gauge, for example with an application.',
    requested: 'You got this email because it was asked for with your address in PR Gauge.',
  },
  ru: {
    account:
      'Вы получили это письмо, потому что у вас есть учётная запись в PR Gauge и письма о таких событиях включены.',
    unsubscribe: 'Отключить письма этого вида',
    settings: 'Выбрать, о чём и как получать уведомления, можно в настройках уведомлений в панели.',
    address: 'Вы получили это письмо, потому что этот адрес был указан в PR Gauge, например в заявке.',
    requested: 'Вы получили это письмо, потому что его запросили для вашего адреса в PR Gauge.',
  },
  kk: {
    account:
      'Сіз бұл хатты PR Gauge жүйесінде тіркелгіңіз бар және осындай оқиғалар туралы хаттар қосулы болғандықтан алдыңыз.',
    unsubscribe: 'Осы түрдегі хаттарды өшіру',
    settings: 'Не туралы және қалай хабар алатыныңызды тақтадағы хабарландыру баптауларынан таңдай аласыз.',
    address: 'Сіз бұл хатты осы мекенжай PR Gauge жүйесінде, мысалы өтінімде, көрсетілгендіктен алдыңыз.',
    requested: 'Сіз бұл хатты PR Gauge жүйесінде мекенжайыңыз үшін сұралғандықтан алдыңыз.',
  },
  fa: {
    account:
      'این ایمیل را دریافت کرده‌اید، چون در PR Gauge حساب کاربری دارید و ایمیل‌های این نوع رویداد برایتان روشن است.',
    unsubscribe: 'خاموش کردن ایمیل‌های این نوع',
    settings: 'در تنظیمات اعلان‌های داشبورد می‌توانید انتخاب کنید از چه چیزهایی و چگونه باخبر شوید.',
    address:
      'این ایمیل را دریافت کرده‌اید، چون این نشانی در PR Gauge ثبت شده است؛ برای نمونه همراه یک درخواست.',
    requested: 'این ایمیل را دریافت کرده‌اید، چون برای نشانی شما در PR Gauge درخواست شده است.',
  },
};
