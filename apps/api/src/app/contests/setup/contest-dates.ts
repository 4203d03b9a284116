import type { FieldProblemInput } from '../../common/api-error';

export interface ContestDateFields {
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  judgingStartAt: Date;
  judgingEndAt: Date;
  votingStartAt: Date | null;
  votingEndAt: Date | null;
}

type DateField = keyof ContestDateFields;

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

/** The order the phases need, checked before the database's own checks so that the client learns which field. */
export function contestDateProblems(d: ContestDateFields): FieldProblemInput[] {
  const problems: FieldProblemInput[] = [];
  if (d.applicationsCloseAt <= d.applicationsOpenAt)
    problems.push(mustFollow('applicationsCloseAt', 'applicationsOpenAt', d.applicationsOpenAt));
  if (d.judgingStartAt < d.applicationsCloseAt)
    problems.push(mustNotPrecede('judgingStartAt', 'applicationsCloseAt', d.applicationsCloseAt));
  if (d.judgingEndAt <= d.judgingStartAt)
    problems.push(mustFollow('judgingEndAt', 'judgingStartAt', d.judgingStartAt));
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
