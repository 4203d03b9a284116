export { SearchPicker } from './lib/search-picker';
export type { PickerChoice } from './lib/search-picker';
