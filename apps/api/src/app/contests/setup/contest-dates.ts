import type { ContestShape } from '@prgauge/contracts';
import type { FieldProblemInput } from '../../common/api-error';

export interface ContestDateFields {
  shape: ContestShape;
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  judgingStartAt: Date | null;
  judgingEndAt: Date | null;
  votingStartAt: Date | null;
  votingEndAt: Date | null;
}

type DateField = Exclude<keyof ContestDateFields, 'shape'>;

/** `field` must come strictly after `other`. */
const mustFollow = (field: DateField, other: DateField, otherAt: Date): FieldProblemInput => ({
  field,
  code: 'contest.date_must_follow',
  params: { other, otherAt: otherAt.toISOString() },
  problems: [`must be after ${other}`],
});

/** `field` may equal `other` but not come before it. */
const mustNotPrecede = (field: DateField, other: DateField, otherAt: Date): FieldProblemInput => ({
  field,
  code: 'contest.date_must_not_precede',
  params: { other, otherAt: otherAt.toISOString() },
  problems: [`must not be before ${other}`],
});

/** The phase dates each shape has: a vote-only contest no judging, a jury-only one no voting window. */
const PHASES_OF_SHAPE: Record<ContestShape, { judging: boolean; voting: 'required' | 'optional' | 'none' }> =
  {
    vote: { judging: false, voting: 'required' },
    jury: { judging: true, voting: 'none' },
    combined: { judging: true, voting: 'optional' },
  };

/** The dates given or missing against what the shape has (`contest.phase_not_in_shape`, `contest.phase_required`). */
export function contestShapeProblems(d: ContestDateFields): FieldProblemInput[] {
  const needs = PHASES_OF_SHAPE[d.shape];
  const problems: FieldProblemInput[] = [];
  const check = (phase: 'judging' | 'voting', has: boolean, allowed: boolean, required: boolean) => {
    const field = phase === 'judging' ? 'judgingStartAt' : 'votingStartAt';
    if (has && !allowed)
      problems.push({
        field,
        code: 'contest.phase_not_in_shape',
        params: { shape: d.shape, phase },
        problems: [`a ${d.shape} contest has no ${phase} dates`],
      });
    if (!has && required)
      problems.push({
        field,
        code: 'contest.phase_required',
        params: { shape: d.shape, phase },
        problems: [`a ${d.shape} contest needs ${phase} dates`],
      });
  };
  check('judging', d.judgingStartAt !== null || d.judgingEndAt !== null, needs.judging, needs.judging);
  check(
    'voting',
    d.votingStartAt !== null || d.votingEndAt !== null,
    needs.voting !== 'none',
    needs.voting === 'required',
  );
  return problems;
}

/**
 * The dates the shape needs, then the order the phases need, checked before the database's own checks so that
 * the client learns which field.
 */
export function contestDateProblems(d: ContestDateFields): FieldProblemInput[] {
  const problems = contestShapeProblems(d);
  if (problems.length) return problems;
  if (d.applicationsCloseAt <= d.applicationsOpenAt)
    problems.push(mustFollow('applicationsCloseAt', 'applicationsOpenAt', d.applicationsOpenAt));
  if ((d.judgingStartAt === null) !== (d.judgingEndAt === null))
    problems.push({
      field: 'judgingEndAt',
      code: 'contest.pair_incomplete',
      params: { other: 'judgingStartAt' },
      problems: ['give both judgingStartAt and judgingEndAt, or neither'],
    });
  if (d.judgingStartAt && d.judgingEndAt) {
    if (d.judgingStartAt < d.applicationsCloseAt)
      problems.push(mustNotPrecede('judgingStartAt', 'applicationsCloseAt', d.applicationsCloseAt));
    if (d.judgingEndAt <= d.judgingStartAt)
      problems.push(mustFollow('judgingEndAt', 'judgingStartAt', d.judgingStartAt));
  }
  if ((d.votingStartAt === null) !== (d.votingEndAt === null))
    problems.push({
      field: 'votingEndAt',
      code: 'contest.pair_incomplete',
      params: { other: 'votingStartAt' },
      problems: ['give both votingStartAt and votingEndAt, or neither'],
    });
  if (d.votingStartAt && d.votingEndAt) {
    if (d.votingEndAt <= d.votingStartAt)
      problems.push(mustFollow('votingEndAt', 'votingStartAt', d.votingStartAt));
    if (d.votingStartAt < d.applicationsCloseAt)
      problems.push(mustNotPrecede('votingStartAt', 'applicationsCloseAt', d.applicationsCloseAt));
  }
  return problems;
}
