import { EntityManager, In } from 'typeorm';
import { Contest } from './contest.entity';
import { Nomination } from './nomination.entity';

// What the other contest modules read of contests and nominations, so that only setup queries its tables.
// Each takes the caller's EntityManager, so that a read inside a transaction sees its writes.

/** An announced contest, or null when there is none (a draft answers like a missing one). */
export function announcedContest(manager: EntityManager, contestId: string): Promise<Contest | null> {
  return manager.findOneBy(Contest, { id: contestId, status: 'announced' });
}

/** A contest that must exist (an application's, say); throws TypeORM's EntityNotFoundError otherwise. */
export function existingContest(manager: EntityManager, contestId: string): Promise<Contest> {
  return manager.findOneByOrFail(Contest, { id: contestId });
}

/** A nomination, or null when there is none; callers answer 404 as their route names it. */
export function nominationById(manager: EntityManager, nominationId: string): Promise<Nomination | null> {
  return manager.findOneBy(Nomination, { id: nominationId });
}

/** A contest's nominations in their order on the contest's page: by position, then as they were created. */
export function nominationsOfContest(manager: EntityManager, contestId: string): Promise<Nomination[]> {
  return manager.find(Nomination, { where: { contestId }, order: { position: 'ASC', createdAt: 'ASC' } });
}

/** How many of `nominationIds` (no duplicates) are nominations of the contest. */
export function countNominationsOfContest(
  manager: EntityManager,
  contestId: string,
  nominationIds: readonly string[],
): Promise<number> {
  return manager.countBy(Nomination, { contestId, id: In([...nominationIds]) });
}

/** A contest of a series as its statistics need it. */
export interface SeriesContest {
  id: string;
  year: number;
  resultsPublishedAt: Date | null;
}

/**
 * The contests of `series` held here up to `upToYear` (inclusive): the announced ones, and `contestId` itself
 * whatever its status, oldest year first.
 */
export async function heldContestsOfSeries(
  manager: EntityManager,
  series: string,
  upToYear: number,
  contestId: string,
): Promise<SeriesContest[]> {
  const contests = await manager
    .getRepository(Contest)
    .createQueryBuilder('c')
    .select(['c.id', 'c.year', 'c.resultsPublishedAt'])
    .where('c.series = :series AND c.year <= :upToYear', { series, upToYear })
    .andWhere("(c.status = 'announced' OR c.id = :contestId)", { contestId })
    .orderBy('c.year', 'ASC')
    .getMany();
  return contests.map(({ id, year, resultsPublishedAt }) => ({ id, year, resultsPublishedAt }));
}

/**
 * The announced contests judging or voting at `now` whose results are not out: those whose date-driven notices
 * (judging open, voting open, the reminders before each closes) may be due.
 */
export function contestsJudgingOrVoting(manager: EntityManager, now: Date): Promise<Contest[]> {
  return manager
    .getRepository(Contest)
    .createQueryBuilder('c')
    .where("c.status = 'announced'")
    .andWhere('(c.results_published_at IS NULL OR c.results_published_at > :now)', { now })
    .andWhere(
      `((c.judging_start_at <= :now AND :now < c.judging_end_at)
        OR (c.voting_start_at <= :now AND :now < c.voting_end_at))`,
      { now },
    )
    .getMany();
}
