import { CYCLE_STATUSES } from '@prgauge/contracts';
import { actionsFor, extensionsOpen, needsReason } from './cycle-actions';

describe('cycle actions', () => {
  it('follow the life of a cycle, one step at a time', () => {
    expect(Object.fromEntries(CYCLE_STATUSES.map((s) => [s, actionsFor(s)]))).toEqual({
      draft: ['open'],
      open: ['close'],
      review: ['publish'],
      published: ['reopen', 'archive'],
      archived: [],
    });
  });

  it('publish imported history straight from data entry, with no review', () => {
    expect(Object.fromEntries(CYCLE_STATUSES.map((s) => [s, actionsFor(s, true)]))).toEqual({
      draft: ['open'],
      open: ['publish'],
      review: ['publish'],
      published: ['reopen', 'archive'],
      archived: [],
    });
  });

  it('ask for a reason only to reopen published results', () => {
    expect(['open', 'close', 'publish', 'reopen', 'archive'].filter((a) => needsReason(a as never))).toEqual([
      'reopen',
    ]);
  });

  it('grant extensions only while submissions are open', () => {
    expect(CYCLE_STATUSES.filter(extensionsOpen)).toEqual(['open']);
  });
});
