import type { Locale } from '@prgauge/contracts';

/**
 * The product's own names of the zones its regions use, for browsers whose Intl names them only in English or
 * by offset (Debian's Chromium writes "Almaty" in a Russian page): the city, as people there write it.
 */
const ZONE_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'Asia/Tehran': { ru: 'Тегеран', kk: 'Тегеран', fa: 'تهران', en: 'Tehran' },
  'Asia/Almaty': { ru: 'Алматы', kk: 'Алматы', fa: 'آلماتی', en: 'Almaty' },
  'Asia/Qostanay': { ru: 'Костанай', kk: 'Қостанай', fa: 'کوستانای', en: 'Kostanay' },
  'Asia/Aqtobe': { ru: 'Актобе', kk: 'Ақтөбе', fa: 'آقتوبه', en: 'Aktobe' },
  'Europe/Moscow': { ru: 'Москва', kk: 'Мәскеу', fa: 'مسکو', en: 'Moscow' },
};

const LATIN = /[A-Za-z]/;

/**
 * How a zone is named in `locale`: Intl's own name (`intlName`) where it is written in the locale's script,
 * else the product's name of the zone's city, else Intl's name as it is. English takes Intl's name always.
 */
export function zoneLabel(locale: Locale, timeZone: string, intlName: string): string {
  if (locale === 'en' || !LATIN.test(intlName)) return intlName;
  return ZONE_NAMES[timeZone]?.[locale] ?? intlName;
}
