export { PreferenceTable, type PreferenceToggle } from './lib/preference-table';
export { PreferenceEditor, type PreferenceEditing } from './lib/preference-editor';
export { NOTIFICATION_PREFERENCE_TEXTS } from './lib/i18n/preference-texts';
