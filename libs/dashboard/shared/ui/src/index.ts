export { Pager, windowOf } from './lib/pager';
export type { PageWindowOf } from './lib/pager';
