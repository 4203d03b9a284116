import type { FieldProblemInput } from '../common/api-error';

export interface ContestDateFields {
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  judgingStartAt: Date;
  judgingEndAt: Date;
  votingStartAt: Date | null;
  votingEndAt: Date | null;
}

/** The order the phases need, checked before the database's own checks so that the client learns which field. */
export function contestDateProblems(d: ContestDateFields): FieldProblemInput[] {
  const problems: FieldProblemInput[] = [];
  if (d.applicationsCloseAt <= d.applicationsOpenAt)
    problems.push({
      field: 'applicationsCloseAt',
      code: 'field.invalid',
      problems: ['must be after applicationsOpenAt'],
    });
  if (d.judgingStartAt < d.applicationsCloseAt)
    problems.push({
      field: 'judgingStartAt',
      code: 'field.invalid',
      problems: ['must not be before applicationsCloseAt'],
    });
  if (d.judgingEndAt <= d.judgingStartAt)
    problems.push({
      field: 'judgingEndAt',
      code: 'field.invalid',
      problems: ['must be after judgingStartAt'],
    });
  if ((d.votingStartAt === null) !== (d.votingEndAt === null))
    problems.push({
      field: 'votingEndAt',
      problems: ['give both votingStartAt and votingEndAt, or neither'],
    });
  if (d.votingStartAt && d.votingEndAt) {
    if (d.votingEndAt <= d.votingStartAt)
      problems.push({
        field: 'votingEndAt',
        code: 'field.invalid',
        problems: ['must be after votingStartAt'],
      });
    if (d.votingStartAt < d.applicationsCloseAt)
      problems.push({
        field: 'votingStartAt',
        code: 'field.invalid',
        problems: ['must not be before applicationsCloseAt'],
      });
  }
  return problems;
}
