import { persianNewYear } from './calendar-year';
import type { Locale, LocalizedText } from './locale';
import type { Calendar } from './organisation';
import { addCalendarDays, type Holiday, type IsoWeekday } from './working-week';

/** The national calendars of work the product knows: Iran, Kazakhstan, Russia. */
export const WORKING_WEEK_PRESETS = ['ir', 'kz', 'ru'] as const;
export type WorkingWeekPreset = (typeof WORKING_WEEK_PRESETS)[number];

/** The weekly days off of each preset: Friday in Iran, Saturday and Sunday in Kazakhstan and Russia. */
export const PRESET_DAYS_OFF: Record<WorkingWeekPreset, readonly IsoWeekday[]> = {
  ir: [5],
  kz: [6, 7],
  ru: [6, 7],
};

/**
 * The preset a region most likely follows, from its settings: Persian language or the Solar Hijri calendar
 * is Iran, Kazakh is Kazakhstan, anything else Russia (the product's default region is Russian).
 */
export function presetOfRegion(region: { defaultLocale: Locale; calendar: Calendar }): WorkingWeekPreset {
  if (region.defaultLocale === 'fa' || region.calendar === 'persian') return 'ir';
  return region.defaultLocale === 'kk' ? 'kz' : 'ru';
}

type DatedName = [month: number, day: number, name: LocalizedText];

const NOWRUZ: LocalizedText = { fa: 'نوروز', ru: 'Навруз', kk: 'Наурыз', en: 'Nowruz' };

/**
 * Iran's holidays on fixed Solar Hijri days, as [month, day, name]: Nowruz (1–4 Farvardin) and the other
 * days the official calendar of the Institute of Geophysics, University of Tehran (the Calendar Centre)
 * lists on fixed solar dates. The Islamic holidays follow the lunar calendar and are added by hand.
 */
const IRAN_SOLAR: DatedName[] = [
  [1, 1, NOWRUZ],
  [1, 2, NOWRUZ],
  [1, 3, NOWRUZ],
  [1, 4, NOWRUZ],
  [
    1,
    12,
    {
      fa: 'روز جمهوری اسلامی',
      ru: 'День Исламской Республики',
      kk: 'Ислам Республикасы күні',
      en: 'Islamic Republic Day',
    },
  ],
  [
    1,
    13,
    {
      fa: 'روز طبیعت',
      ru: 'День природы (Сиздах-бедар)',
      kk: 'Табиғат күні',
      en: 'Nature Day (Sizdah Bedar)',
    },
  ],
  [
    3,
    14,
    {
      fa: 'رحلت امام خمینی',
      ru: 'Годовщина кончины имама Хомейни',
      kk: 'Имам Хомейнидің қайтыс болған күні',
      en: 'Anniversary of the death of Imam Khomeini',
    },
  ],
  [
    3,
    15,
    {
      fa: 'قیام ۱۵ خرداد',
      ru: 'Восстание 15 хордада',
      kk: '15 хордад көтерілісі',
      en: '15 Khordad uprising',
    },
  ],
  [
    11,
    22,
    {
      fa: 'پیروزی انقلاب اسلامی',
      ru: 'Годовщина Исламской революции',
      kk: 'Ислам революциясының жеңісі',
      en: 'Islamic Revolution Day',
    },
  ],
  [
    12,
    29,
    {
      fa: 'ملی شدن صنعت نفت',
      ru: 'День национализации нефтяной промышленности',
      kk: 'Мұнай өнеркәсібін ұлттандыру күні',
      en: 'Oil Nationalisation Day',
    },
  ],
];

const NEW_YEAR_RU: LocalizedText = {
  ru: 'Новогодние каникулы',
  kk: 'Жаңа жыл демалысы',
  fa: 'تعطیلات سال نو',
  en: 'New Year holidays',
};
const NEW_YEAR_KZ: LocalizedText = { ru: 'Новый год', kk: 'Жаңа жыл', fa: 'سال نو', en: 'New Year' };
const WOMEN: LocalizedText = {
  ru: 'Международный женский день',
  kk: 'Халықаралық әйелдер күні',
  fa: 'روز جهانی زن',
  en: "International Women's Day",
};
const VICTORY: LocalizedText = { ru: 'День Победы', kk: 'Жеңіс күні', fa: 'روز پیروزی', en: 'Victory Day' };
const NAURYZ: LocalizedText = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', fa: 'نوروز', en: 'Nauryz' };

/**
 * Kazakhstan's public holidays that are days off, from the Law of the Republic of Kazakhstan "On holidays in
 * the Republic of Kazakhstan" (13 December 2001, No. 267-II, as amended in 2022), article 1: New Year, 8 March,
 * Nauryz (21–23 March), 1 May, 7 May, 9 May, 6 July, 30 August, 25 October and 16 December; and Orthodox
 * Christmas (7 January), the religious holiday on a fixed day that the same law makes a day off. Kurban Ait
 * follows the lunar calendar and is added by hand.
 */
const KAZAKHSTAN: DatedName[] = [
  [1, 1, NEW_YEAR_KZ],
  [1, 2, NEW_YEAR_KZ],
  [
    1,
    7,
    {
      kk: 'Православиелік Рождество',
      ru: 'Православное Рождество',
      fa: 'کریسمس ارتدکس',
      en: 'Orthodox Christmas',
    },
  ],
  [3, 8, WOMEN],
  [3, 21, NAURYZ],
  [3, 22, NAURYZ],
  [3, 23, NAURYZ],
  [
    5,
    1,
    {
      kk: 'Қазақстан халқының бірлігі мерекесі',
      ru: 'Праздник единства народа Казахстана',
      fa: 'جشن وحدت مردم قزاقستان',
      en: 'Unity Day of the People of Kazakhstan',
    },
  ],
  [
    5,
    7,
    {
      kk: 'Отан қорғаушы күні',
      ru: 'День защитника Отечества',
      fa: 'روز مدافعان میهن',
      en: 'Defender of the Fatherland Day',
    },
  ],
  [5, 9, VICTORY],
  [7, 6, { kk: 'Астана күні', ru: 'День столицы', fa: 'روز پایتخت', en: 'Capital Day' }],
  [8, 30, { kk: 'Конституция күні', ru: 'День Конституции', fa: 'روز قانون اساسی', en: 'Constitution Day' }],
  [10, 25, { kk: 'Республика күні', ru: 'День Республики', fa: 'روز جمهوری', en: 'Republic Day' }],
  [12, 16, { kk: 'Тәуелсіздік күні', ru: 'День Независимости', fa: 'روز استقلال', en: 'Independence Day' }],
];

/**
 * Russia's non-working public holidays, from the Labour Code of the Russian Federation, article 112: 1–6 and
 * 8 January (New Year holidays), 7 January (Christmas), 23 February, 8 March, 1 May, 9 May, 12 June and
 * 4 November. The yearly government decree that moves days off is not modelled: add those days by hand.
 */
const RUSSIA: DatedName[] = [
  ...[1, 2, 3, 4, 5, 6, 8].map((day): DatedName => [1, day, NEW_YEAR_RU]),
  [
    1,
    7,
    {
      ru: 'Рождество Христово',
      kk: 'Православиелік Рождество',
      fa: 'کریسمس ارتدکس',
      en: 'Orthodox Christmas',
    },
  ],
  [
    2,
    23,
    {
      ru: 'День защитника Отечества',
      kk: 'Отан қорғаушы күні',
      fa: 'روز مدافع میهن',
      en: 'Defender of the Fatherland Day',
    },
  ],
  [3, 8, WOMEN],
  [
    5,
    1,
    {
      ru: 'Праздник Весны и Труда',
      kk: 'Көктем және Еңбек мерекесі',
      fa: 'جشن بهار و کار',
      en: 'Spring and Labour Day',
    },
  ],
  [5, 9, VICTORY],
  [6, 12, { ru: 'День России', kk: 'Ресей күні', fa: 'روز روسیه', en: 'Russia Day' }],
  [11, 4, { ru: 'День народного единства', kk: 'Халық бірлігі күні', fa: 'روز وحدت ملی', en: 'Unity Day' }],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1 Farvardin of a Solar Hijri month and day: months 1–6 have 31 days, 7–12 have 30 (Esfand 29 or 30). */
const persianDayOfYear = (month: number, day: number) =>
  (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;

/**
 * The public holidays of a preset for one year, in Gregorian days, sorted. `year` is counted in the preset's
 * own calendar: Solar Hijri for `ir` (1405 gives Nowruz on 2026-03-21 to 2026-03-24, found through Intl's
 * Persian calendar), Gregorian for `kz` and `ru`.
 */
export function presetHolidays(preset: WorkingWeekPreset, year: number): Holiday[] {
  if (preset === 'ir') {
    const nowruz = new Date(persianNewYear(year)).toISOString().slice(0, 10);
    return IRAN_SOLAR.map(([month, day, name]) => ({
      date: addCalendarDays(nowruz, persianDayOfYear(month, day)),
      name,
    }));
  }
  const list = preset === 'kz' ? KAZAKHSTAN : RUSSIA;
  return list
    .map(([month, day, name]) => ({ date: `${year}-${pad(month)}-${pad(day)}`, name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
