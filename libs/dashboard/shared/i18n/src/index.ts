export * from './lib/locale';
export { LocaleStore, provideLocale } from './lib/locale.store';
export { TranslationService, translate, pickLocalized, pickedLocale } from './lib/translation.service';
export type { TranslationParams, Dictionaries } from './lib/translation.service';
export { TranslatePipe, LocalizedPipe, LocalizedLangPipe } from './lib/translate.pipe';
export {
  LocalNumberPipe,
  CalendarDayPipe,
  LocalDigitsPipe,
  LocalPercentPipe,
  FileSizePipe,
  PlainNumberPipe,
} from './lib/format.pipes';
export { formatNumber, formatPlainNumber, formatFileSize, localDigits } from './lib/format';
export { formatCalendarDay, isCalendarDay } from './lib/calendar-day';
export type { DayStyle } from './lib/calendar-day';
export type { TranslationKey } from './lib/translations';
export { provideTranslations } from './lib/area/provide-translations';
export { dictionaryProblems, limitProblems, numbersIn } from './lib/area/dictionary-checks';
export type { Dictionary } from './lib/area/dictionary-checks';
export { RefusalText, NETWORK_FAILURE_KEY, topField, lastField } from './lib/refusal/refusal-text';
export type { Refusal, RefusedField, FieldLabels, FieldProblemLine } from './lib/refusal/refusal-text';
export { paramValueKey } from './lib/refusal/refusal-params';
export { formatMeasured, formatPercent, measuredChange } from './lib/measure/measured';
export type { ChangeTone, MeasureReading, YesNo } from './lib/measure/measured';
export { MeasuredPipe } from './lib/measure/measured.pipe';
export { chooseLocale, browserLocale } from './lib/choose-locale';
export type { LocaleSources } from './lib/choose-locale';
export { LocalDayPipe, LocalMomentPipe, LocalTimePipe, READER_TIME_ZONE } from './lib/zoned-format.pipes';
export { formatDay, formatMoment, formatTime, readerTimeZone } from './lib/zoned-format';
export { formatYear, LocalYearPipe } from './lib/year';
export { calendarOf, GREGORIAN, SOLAR_HIJRI } from './lib/calendar/calendars';
export type { Calendar, CalendarDate } from './lib/calendar/calendars';
export { formatTypedDay, parseTypedDay } from './lib/calendar/typed-day';
export { firstDayOfWeek, monthNames, weekdayNames } from './lib/calendar/calendar-names';
export type { NameStyle } from './lib/calendar/calendar-names';
