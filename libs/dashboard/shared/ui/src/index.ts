export { Pager, windowOf } from './lib/pager';
export type { PageWindowOf } from './lib/pager';
export { inputChecked, inputElement, inputNumber, inputValue } from './lib/events/template-events';
