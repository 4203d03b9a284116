export * from './lib/locale';
export { LocaleStore, provideLocale } from './lib/locale.store';
export { TranslationService, translate, pickLocalized } from './lib/translation.service';
export type { TranslationParams, Dictionaries } from './lib/translation.service';
export { TranslatePipe, LocalizedPipe } from './lib/translate.pipe';
export { LocalNumberPipe, LocalDatePipe } from './lib/format.pipes';
export { formatNumber, formatDate } from './lib/format';
export type { DateStyle } from './lib/format';
export type { TranslationKey } from './lib/translations';
