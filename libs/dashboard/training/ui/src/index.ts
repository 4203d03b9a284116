export { TrainingTabs } from './lib/training-tabs';
export { TRAINING_TAB_TEXTS } from './lib/i18n/training-tab-texts';
