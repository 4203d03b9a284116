export { PreferenceTable, type PreferenceToggle } from './lib/preference-table';
export { NOTIFICATION_PREFERENCE_TEXTS } from './lib/i18n/preference-texts';
