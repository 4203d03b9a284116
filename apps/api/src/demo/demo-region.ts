import type { IsoWeekday, LocalizedText } from '@prgauge/contracts';

/** South Khorasan's PR directorate, where the seven-index evaluation comes from. */
export const DEMO_REGION = {
  code: 'south-khorasan',
  name: {
    ru: 'Южный Хорасан',
    kk: 'Оңтүстік Хорасан',
    fa: 'خراسان جنوبی',
    en: 'South Khorasan',
  } as LocalizedText,
  timeZone: 'Asia/Tehran',
  defaultLocale: 'fa' as const,
  calendar: 'persian' as const,
  /** Iran's weekly day off: Friday. */
  daysOff: [5] as IsoWeekday[],
};

export const DEMO_GROUPS: { code: string; name: LocalizedText }[] = [
  {
    code: 'governorate',
    name: {
      ru: 'Губернаторство и муниципалитеты',
      kk: 'Губернаторлық және муниципалитеттер',
      fa: 'استانداری و شهرداری‌ها',
      en: 'Governorate and municipalities',
    },
  },
  {
    code: 'health',
    name: { ru: 'Здравоохранение', kk: 'Денсаулық сақтау', fa: 'بهداشت و درمان', en: 'Health' },
  },
  {
    code: 'education',
    name: {
      ru: 'Образование и наука',
      kk: 'Білім және ғылым',
      fa: 'آموزش و پژوهش',
      en: 'Education and science',
    },
  },
  {
    code: 'culture',
    name: { ru: 'Культура и спорт', kk: 'Мәдениет және спорт', fa: 'فرهنگ و ورزش', en: 'Culture and sport' },
  },
  {
    code: 'economy',
    name: {
      ru: 'Экономика и инфраструктура',
      kk: 'Экономика және инфрақұрылым',
      fa: 'اقتصاد و زیرساخت',
      en: 'Economy and infrastructure',
    },
  },
];

/**
 * A demo account's example address, `<login>.<region code>@example.org` (`director.south-khorasan@example.org`):
 * example.org is reserved for documentation (RFC 2606), so with `SMTP_URL` set the demo sends real mail that
 * reaches the mail server and no real person.
 */
export function demoEmail(login: string): string {
  return `${login}.${DEMO_REGION.code}@example.org`;
}
