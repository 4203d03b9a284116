import type { Locale } from '@prgauge/contracts';

/** The words of the ranking workbook in one language: the ranking page's own column names. */
export interface RankingWorkbookTexts {
  sheet: string;
  title: string;
  period: string;
  publishedOn: string;
  preview: string;
  importedHistory: string;
  filters: string;
  group: string;
  allGroups: string;
  search: string;
  rank: string;
  movement: string;
  code: string;
  agency: string;
  peerGroup: string;
  total: string;
  coverage: string;
  publishedThenTotal: string;
  publishedThenRank: string;
}

/** The workbook's texts in the product's four languages, as the dashboard's ranking page words them. */
export const RANKING_WORKBOOK_TEXTS: Record<Locale, RankingWorkbookTexts> = {
  ru: {
    sheet: 'Рейтинг',
    title: 'Рейтинг ведомств',
    period: 'Период',
    publishedOn: 'Опубликован',
    preview: 'Предварительный расчёт по текущим данным',
    importedHistory: 'Импортированная история: итоги пересчитаны по данным прошлых лет',
    filters: 'Фильтры',
    group: 'Группа',
    allGroups: 'Все группы',
    search: 'Поиск',
    rank: 'Место',
    movement: 'Сдвиг',
    code: 'Код',
    agency: 'Ведомство',
    peerGroup: 'Группа',
    total: 'Итог',
    coverage: 'Полнота',
    publishedThenTotal: 'Итог, опубликованный тогда',
    publishedThenRank: 'Место, опубликованное тогда',
  },
  kk: {
    sheet: 'Рейтинг',
    title: 'Ведомстволар рейтингі',
    period: 'Кезең',
    publishedOn: 'Жарияланды',
    preview: 'Ағымдағы деректер бойынша алдын ала есеп',
    importedHistory: 'Импортталған тарих: қорытындылар өткен жылдардың деректері бойынша қайта есептелді',
    filters: 'Сүзгілер',
    group: 'Топ',
    allGroups: 'Барлық топтар',
    search: 'Іздеу',
    rank: 'Орын',
    movement: 'Өзгеріс',
    code: 'Код',
    agency: 'Ведомство',
    peerGroup: 'Топ',
    total: 'Қорытынды',
    coverage: 'Толықтық',
    publishedThenTotal: 'Сол кезде жарияланған қорытынды',
    publishedThenRank: 'Сол кезде жарияланған орын',
  },
  fa: {
    sheet: 'رتبه‌بندی',
    title: 'رتبه‌بندی دستگاه‌ها',
    period: 'دوره',
    publishedOn: 'تاریخ انتشار',
    preview: 'پیش‌نمایش بر پایه داده‌های جاری',
    importedHistory: 'سابقهٔ واردشده: امتیازها از داده‌های سال‌های گذشته بازمحاسبه شده است',
    filters: 'فیلترها',
    group: 'گروه همتا',
    allGroups: 'همه گروه‌ها',
    search: 'جست‌وجو',
    rank: 'رتبه',
    movement: 'تغییر',
    code: 'کد',
    agency: 'دستگاه',
    peerGroup: 'گروه همتا',
    total: 'امتیاز کل',
    coverage: 'پوشش',
    publishedThenTotal: 'امتیاز کل منتشرشده در آن زمان',
    publishedThenRank: 'رتبهٔ منتشرشده در آن زمان',
  },
  en: {
    sheet: 'Ranking',
    title: 'Agency ranking',
    period: 'Period',
    publishedOn: 'Published on',
    preview: 'Preview from current data',
    importedHistory: 'Imported history: totals recomputed from past years’ data',
    filters: 'Filters',
    group: 'Peer group',
    allGroups: 'All groups',
    search: 'Search',
    rank: 'Rank',
    movement: 'Move',
    code: 'Code',
    agency: 'Agency',
    peerGroup: 'Peer group',
    total: 'Total',
    coverage: 'Coverage',
    publishedThenTotal: 'Total published then',
    publishedThenRank: 'Rank published then',
  },
};

/** The Intl tag of each language: Persian dates in the Solar Hijri calendar with Persian digits. */
export const INTL_TAGS: Record<Locale, string> = {
  ru: 'ru-RU',
  kk: 'kk-KZ',
  fa: 'fa-IR-u-ca-persian-nu-arabext',
  en: 'en-GB',
};
