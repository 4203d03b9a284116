import { CYCLE_STATUSES, type CycleStatus } from '@prgauge/contracts';
import { type CycleAction, cycleTransition, type LifecycleFacts, NO_FACTS } from './cycle-lifecycle';

const ACTIONS: CycleAction[] = ['create', 'open', 'close', 'publish', 'reopen', 'archive'];
const STATES: (CycleStatus | null)[] = [null, ...CYCLE_STATUSES];

/** Every allowed step; every other pair of state and action is refused. */
const ALLOWED: [CycleStatus | null, CycleAction, CycleStatus][] = [
  [null, 'create', 'draft'],
  ['draft', 'open', 'open'],
  ['open', 'close', 'review'],
  ['review', 'publish', 'published'],
  ['published', 'reopen', 'review'],
  ['published', 'archive', 'archived'],
];

/** Publishing facts that pass the publish guard. */
const APPROVED: LifecycleFacts = { approved: 1, expected: 3, importedHistory: false };

const startOf: Record<CycleAction, CycleStatus | 'none'> = {
  create: 'none',
  open: 'draft',
  close: 'open',
  publish: 'review',
  reopen: 'published',
  archive: 'published',
};

describe('cycleTransition', () => {
  it.each(ALLOWED)('from %s, %s leads to %s', (status, action, to) => {
    expect(cycleTransition(status, action, APPROVED)).toEqual({ to });
  });

  const refused = STATES.flatMap((status) =>
    ACTIONS.filter((action) => !ALLOWED.some(([s, a]) => s === status && a === action)).map(
      (action) => [status, action] as const,
    ),
  );

  it('refuses every other step (30 of the 36 pairs)', () => {
    expect(refused).toHaveLength(30);
  });

  it.each(refused)('from %s, %s is refused as cycle.wrong_status', (status, action) => {
    expect(cycleTransition(status, action, APPROVED)).toEqual({
      refusal: {
        code: 'cycle.wrong_status',
        params: { action, status: status ?? 'none', expected: startOf[action] },
      },
    });
  });

  describe('the publish guard', () => {
    it('refuses a cycle in review with nothing approved, naming how many agencies were expected', () => {
      expect(
        cycleTransition('review', 'publish', { approved: 0, expected: 4, importedHistory: false }),
      ).toEqual({ refusal: { code: 'cycles.nothing_approved', params: { expected: 4 } } });
    });

    it('lets imported history be published without approvals', () => {
      expect(
        cycleTransition('review', 'publish', { approved: 0, expected: 4, importedHistory: true }),
      ).toEqual({
        to: 'published',
      });
    });

    it('publishes imported history straight from open, skipping the review it never had', () => {
      const history = { approved: 0, expected: 4, importedHistory: true };
      expect(cycleTransition('open', 'publish', history)).toEqual({ to: 'published' });
      expect(cycleTransition('draft', 'publish', history)).toEqual({
        refusal: {
          code: 'cycle.wrong_status',
          params: { action: 'publish', status: 'draft', expected: 'review' },
        },
      });
    });

    it('names the wrong status before the missing approvals', () => {
      expect(cycleTransition('open', 'publish', NO_FACTS)).toEqual({
        refusal: {
          code: 'cycle.wrong_status',
          params: { action: 'publish', status: 'open', expected: 'review' },
        },
      });
    });

    it.each(['open', 'close', 'reopen', 'archive'] as const)('does not guard %s with approvals', (action) => {
      const from = ALLOWED.find(([, a]) => a === action)?.[0] ?? null;
      expect(cycleTransition(from, action, NO_FACTS)).toHaveProperty('to');
    });
  });
});
