import type { CycleStatus, FrameworkDocumentLeaf, SubmissionStatus } from '@prgauge/contracts';
import type { ApiException } from '../common/api-error';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { editRefusal, ratingRefusal } from './submission-refusals';
import {
  incompleteRefusal,
  missingForSubmit,
  notSubmittedRefusal,
  unratedRefusal,
} from './submission-workflow';
import type { Submission } from './submission.entity';

const DEADLINE = new Date('2026-02-01T18:59:59.999Z');
const BEFORE = new Date('2026-02-01T12:00:00Z');
const AFTER = new Date('2026-02-02T12:00:00Z');

const leaf = (
  key: string,
  over: Partial<Pick<FrameworkDocumentLeaf, 'source' | 'evidenceRequired'>> = {},
): FrameworkDocumentLeaf => ({
  key,
  name: { en: key },
  weight: 1,
  measure: { type: 'number' },
  source: 'agency',
  evidenceRequired: false,
  ...over,
});

const cycle = (status: CycleStatus): CycleRecord =>
  ({ id: 'c', regionId: 'r', status, deadline: DEADLINE }) as CycleRecord;
const submission = (status: SubmissionStatus, extensionUntil: Date | null = null): Submission =>
  ({ id: 's', status, extensionUntil }) as Submission;

/** The code and params of a refusal, or null. */
const codeOf = (refusal: ApiException | null) =>
  refusal ? { code: refusal.code, params: refusal.params, status: refusal.getStatus() } : null;

describe('submitting', () => {
  it.each(['draft', 'returned'] as const)(
    'lets a %s submission of an open cycle be changed before the deadline',
    (s) => {
      expect(editRefusal(submission(s), cycle('open'), BEFORE)).toBeNull();
    },
  );

  it('refuses after the deadline, naming it', () => {
    expect(codeOf(editRefusal(submission('draft'), cycle('open'), AFTER))).toEqual({
      status: 409,
      code: 'submission.deadline_passed',
      params: { deadline: DEADLINE.toISOString(), cycleDeadlineAt: DEADLINE.toISOString() },
    });
  });

  it("lets an agency with an extension work past the cycle's deadline, until the extension ends", () => {
    const until = new Date('2026-02-05T18:59:59.999Z');
    expect(editRefusal(submission('draft', until), cycle('open'), AFTER)).toBeNull();
    expect(
      codeOf(editRefusal(submission('draft', until), cycle('open'), new Date('2026-02-06'))),
    ).toMatchObject({
      code: 'submission.deadline_passed',
      params: { deadline: until.toISOString(), extensionEndsAt: until.toISOString() },
    });
  });

  it('refuses while the cycle is not open, and once submitted or approved', () => {
    expect(codeOf(editRefusal(submission('draft'), cycle('review'), BEFORE))).toMatchObject({
      code: 'submission.cycle_not_open',
      params: { status: 'review' },
    });
    expect(codeOf(editRefusal(submission('submitted'), cycle('open'), BEFORE))).toMatchObject({
      code: 'submission.with_reviewers',
    });
    expect(codeOf(editRefusal(submission('approved'), cycle('open'), BEFORE))).toMatchObject({
      code: 'submission.approved_locked',
    });
  });

  it('names every agency leaf without a value and every one without its required evidence', () => {
    const leaves = [
      leaf('a'),
      leaf('b', { evidenceRequired: true }),
      leaf('c', { evidenceRequired: true }),
      leaf('rating', { source: 'evaluator' }),
    ];
    const missing = missingForSubmit(leaves, new Set(['a', 'c']), new Set(['c']));
    expect(missing.map((m) => [m.field, m.code])).toEqual([
      ['b', 'indicator.value_missing'],
      ['b', 'indicator.evidence_missing'],
    ]);
    expect(codeOf(incompleteRefusal(missing))).toMatchObject({
      status: 409,
      code: 'submission.incomplete',
      params: { count: 2 },
    });
  });

  it('lets a complete submission through', () => {
    const leaves = [leaf('a', { evidenceRequired: true })];
    expect(incompleteRefusal(missingForSubmit(leaves, new Set(['a']), new Set(['a'])))).toBeNull();
  });
});

describe('returning and approving', () => {
  it.each(['return', 'approve'] as const)('%s needs a submitted submission', (action) => {
    expect(notSubmittedRefusal(submission('submitted'), action)).toBeNull();
    for (const status of ['draft', 'returned', 'approved'] as const)
      expect(codeOf(notSubmittedRefusal(submission(status), action))).toEqual({
        status: 409,
        code: 'submission.not_submitted',
        params: { status, action },
      });
  });

  it('approval needs a rating for every evaluator leaf, naming the missing ones', () => {
    const leaves = [leaf('a'), leaf('r1', { source: 'evaluator' }), leaf('r2', { source: 'evaluator' })];
    expect(codeOf(unratedRefusal(leaves, new Set(['a', 'r1'])))).toMatchObject({
      code: 'submission.ratings_missing',
      params: { count: 1 },
    });
    expect(unratedRefusal(leaves, new Set(['r1', 'r2']))).toBeNull();
  });

  it('ratings follow the cycle: open or review, never on an approved submission', () => {
    expect(ratingRefusal(submission('submitted'), cycle('review'))).toBeNull();
    expect(codeOf(ratingRefusal(submission('submitted'), cycle('published')))).toMatchObject({
      code: 'submission.ratings_closed',
    });
    expect(codeOf(ratingRefusal(submission('approved'), cycle('review')))).toMatchObject({
      code: 'submission.approved_locked',
    });
  });
});
