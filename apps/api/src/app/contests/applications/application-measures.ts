import { criterionKind, LIMITS, type ContestCriterion } from '@prgauge/contracts';
import { EntityManager, In } from 'typeorm';
import { InvalidFieldsException, type FieldProblemInput } from '../../common/api-error';
import { nameOf } from '../setup/contest-errors';
import { nominationsOfContest } from '../setup/contest-readers';
import type { StatedMeasureDto } from './dto/application.dto';
import { ApplicationMeasure } from './application-measure.entity';

/** The measured criteria of each of the contest's nominations named, by nomination id. */
export async function measuredCriteriaOf(
  manager: EntityManager,
  contestId: string,
  nominationIds: readonly string[],
): Promise<Map<string, ContestCriterion[]>> {
  const nominations = (await nominationsOfContest(manager, contestId)).filter((n) =>
    nominationIds.includes(n.id),
  );
  return new Map(nominations.map((n) => [n.id, n.criteria.filter((c) => criterionKind(c) === 'measured')]));
}

const { min, max } = LIMITS.measureValue;
const inRange = (value: number) => Number.isFinite(value) && value >= min && value <= max;

/** A value outside {@link LIMITS.measureValue}, as a field problem. */
export function measureRangeProblem(field: string, value: number): FieldProblemInput[] {
  return inRange(value)
    ? []
    : [
        {
          field,
          code: 'measure.out_of_range',
          params: { min, max },
          problems: [`must be from ${min} to ${max}`],
        },
      ];
}

/**
 * Checks an applicant's stated values against the measured criteria of the nominations entered: each value
 * must belong to one of them and lie in range, and each of them needs a value. Throws 400 with every problem.
 */
export function checkStatedMeasures(
  measured: Map<string, ContestCriterion[]>,
  stated: readonly StatedMeasureDto[],
): void {
  const problems: FieldProblemInput[] = stated.flatMap((m, i) => {
    const asked = measured.get(m.nominationId)?.some((c) => c.key === m.criterionKey);
    if (!asked)
      return [
        {
          field: `measures.${i}.criterionKey`,
          code: 'application.measure_not_asked',
          params: { criterion: m.criterionKey },
          problems: ['is not a measured criterion of a nomination entered'],
        },
      ];
    return measureRangeProblem(`measures.${i}.value`, m.value);
  });
  for (const [nominationId, criteria] of measured)
    for (const c of criteria)
      if (!stated.some((m) => m.nominationId === nominationId && m.criterionKey === c.key))
        problems.push({
          field: 'measures',
          code: 'application.measure_missing',
          params: { nominationId, criterion: c.key, criterionName: nameOf(c.name) },
          problems: [`needs a value for ${c.key} in nomination ${nominationId}`],
        });
  if (problems.length) throw new InvalidFieldsException(problems);
}

/** Stores the stated values of a new application, unverified; a repeated criterion keeps its last value. */
export async function insertStatedMeasures(
  manager: EntityManager,
  applicationId: string,
  stated: readonly StatedMeasureDto[],
): Promise<void> {
  const rows = new Map(
    stated.map((m) => [
      `${m.nominationId}|${m.criterionKey}`,
      { applicationId, nominationId: m.nominationId, criterionKey: m.criterionKey, stated: m.value },
    ]),
  );
  if (rows.size)
    await manager.insert(
      ApplicationMeasure,
      [...rows.values()].map((r) => ({ ...r, verified: null, verifiedBy: null, verifiedAt: null })),
    );
}

/** The measures of these applications, by nomination and then criterion key. */
export function measuresOfApplications(
  manager: EntityManager,
  applicationIds: readonly string[],
): Promise<ApplicationMeasure[]> {
  return applicationIds.length
    ? manager.find(ApplicationMeasure, {
        where: { applicationId: In([...applicationIds]) },
        order: { nominationId: 'ASC', criterionKey: 'ASC' },
      })
    : Promise.resolve([]);
}
