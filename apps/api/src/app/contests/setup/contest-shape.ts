import { MODES_OF_SHAPE, type ContestShape, type ScoringMode } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import type { FieldProblemInput } from '../../common/api-error';
import { nameOf } from './contest-errors';
import type { Contest } from './contest.entity';
import { Nomination } from './nomination.entity';

type PhaseDateFields = Pick<Contest, 'judgingStartAt' | 'judgingEndAt' | 'votingStartAt' | 'votingEndAt'>;

/**
 * The stored phase dates a contest keeps when its shape becomes `shape` and the request does not name them:
 * the dates of a phase the new shape lacks go (a contest made vote-only loses its judging dates), others stay.
 */
export function keptDates(
  contest: Contest,
  shape: ContestShape,
  given: Partial<Record<keyof PhaseDateFields, unknown>>,
): PhaseDateFields {
  const judging = shape !== 'vote' || given.judgingStartAt !== undefined || given.judgingEndAt !== undefined;
  const voting = shape !== 'jury' || given.votingStartAt !== undefined || given.votingEndAt !== undefined;
  return {
    judgingStartAt: judging ? contest.judgingStartAt : null,
    judgingEndAt: judging ? contest.judgingEndAt : null,
    votingStartAt: voting ? contest.votingStartAt : null,
    votingEndAt: voting ? contest.votingEndAt : null,
  };
}

/** The name and scoring mode of each nomination of a contest. */
export async function nominationModes(
  manager: EntityManager,
  contestId: string,
): Promise<Pick<Nomination, 'name' | 'scoringMode'>[]> {
  return manager.find(Nomination, { select: { name: true, scoringMode: true }, where: { contestId } });
}

/** Whether a scoring mode is one the contest's shape allows its nominations. */
export const modeFitsShape = (shape: ContestShape, mode: ScoringMode) => MODES_OF_SHAPE[shape].includes(mode);

/** `contest.shape_conflicts_nominations` on `shape` when some nominations are scored in a way `shape` does not allow. */
export function shapeNominationProblems(
  shape: ContestShape,
  nominations: Pick<Nomination, 'name' | 'scoringMode'>[],
): FieldProblemInput[] {
  const misfits = nominations.filter((n) => !modeFitsShape(shape, n.scoringMode));
  return misfits.length
    ? [
        {
          field: 'shape',
          code: 'contest.shape_conflicts_nominations',
          params: {
            shape,
            count: misfits.length,
            nominations: misfits.map((n) => nameOf(n.name)).join(', '),
          },
          problems: [`${misfits.length} nomination(s) are scored in a way a ${shape} contest does not allow`],
        },
      ]
    : [];
}
