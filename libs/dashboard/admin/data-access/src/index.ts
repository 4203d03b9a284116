export { CyclesApi } from './lib/cycles.api';
export type { CycleTransition } from './lib/cycles.api';
export {
  editorHasWork,
  editorsDefaultCycles,
  latestPublishedCycle,
  nearestCycleWithWork,
} from './lib/cycle-choice';
export { OutboxApi } from './lib/outbox.api';
