import { EntityManager, In } from 'typeorm';
import { jurorEligibility } from './jury-eligibility';
import { ContestJuror, ScoreSheet } from './jury.entities';

/** One juror's seat in one nomination and how far they are with it. */
export interface JurorWorkload {
  nominationId: string;
  userId: string;
  /** Accepted applications of the nomination the juror may score (not kept from them by a conflict). */
  assigned: number;
  /** Of those, how many the juror has given a sheet for. */
  scored: number;
  /** Accepted applications the juror is kept from by a conflict of interest. */
  excluded: number;
}

/**
 * Every juror seat of the nominations, in the order the jurors were seated, with their counts: the jury's
 * progress for organisers, and whom the reminders before judging ends go to. No nominations ask nothing.
 */
export async function jurorWorkloads(
  manager: EntityManager,
  nominationIds: readonly string[],
): Promise<JurorWorkload[]> {
  if (nominationIds.length === 0) return [];
  const ids = [...nominationIds];
  const jurors = await manager.find(ContestJuror, {
    where: { nominationId: In(ids) },
    order: { createdAt: 'ASC' },
  });
  const eligibility = await jurorEligibility(manager, ids);
  const sheets = await manager.find(ScoreSheet, {
    select: { nominationId: true, applicationId: true, jurorId: true },
    where: { nominationId: In(ids) },
  });
  return jurors.map((j) => {
    const mine = eligibility.filter((e) => e.nominationId === j.nominationId && e.userId === j.userId);
    const open = new Set(mine.filter((e) => !e.excluded).map((e) => e.applicationId));
    return {
      nominationId: j.nominationId,
      userId: j.userId,
      assigned: open.size,
      scored: sheets.filter(
        (s) => s.nominationId === j.nominationId && s.jurorId === j.userId && open.has(s.applicationId),
      ).length,
      excluded: mine.length - open.size,
    };
  });
}
