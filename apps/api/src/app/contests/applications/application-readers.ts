import type { Locale } from '@prgauge/contracts';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { ApplicationMeasure } from './application-measure.entity';
import { ApplicationNomination, ContestApplication } from './contest-application.entity';

// What the other contest modules read of applications, so that only this module queries its tables. Each
// takes the caller's EntityManager, so that a read inside a transaction sees its writes.

/** The applications with these ids; ids of none are left out. */
export function applicationsByIds(
  manager: EntityManager,
  ids: readonly string[],
): Promise<ContestApplication[]> {
  return manager.findBy(ContestApplication, { id: In([...ids]) });
}

/** An application that must exist; throws TypeORM's EntityNotFoundError otherwise. */
export function existingApplication(manager: EntityManager, id: string): Promise<ContestApplication> {
  return manager.findOneByOrFail(ContestApplication, { id });
}

/** Every application to a contest, whatever its screening. */
export function applicationsOfContest(
  manager: EntityManager,
  contestId: string,
): Promise<ContestApplication[]> {
  return manager.findBy(ContestApplication, { contestId });
}

/** How many applications entered the nomination. */
export function countApplicationsIn(manager: EntityManager, nominationId: string): Promise<number> {
  return manager.countBy(ApplicationNomination, { nominationId });
}

/**
 * The accepted applications entered in any of the nominations, oldest filed first, with which nomination each
 * entered (`entries`). No nominations ask the database nothing.
 */
export async function acceptedEntriesOf(
  manager: EntityManager,
  nominationIds: readonly string[],
): Promise<{ entries: ApplicationNomination[]; applications: ContestApplication[] }> {
  const entries = nominationIds.length
    ? await manager.findBy(ApplicationNomination, { nominationId: In([...nominationIds]) })
    : [];
  const applications = entries.length
    ? await manager.find(ContestApplication, {
        where: { id: In(entries.map((e) => e.applicationId)), screening: 'accepted' },
        order: { filedAt: 'ASC' },
      })
    : [];
  return { entries, applications };
}

/** Every application to any of the contests, whatever its screening; no contests ask the database nothing. */
export function applicationsOfContests(
  manager: EntityManager,
  contestIds: readonly string[],
): Promise<ContestApplication[]> {
  return contestIds.length
    ? manager.findBy(ContestApplication, { contestId: In([...contestIds]) })
    : Promise.resolve([]);
}

/** One measured value as the results read it: only `verified` counts, null until the organiser verifies it. */
export interface VerifiedMeasure {
  applicationId: string;
  nominationId: string;
  criterionKey: string;
  verified: number | null;
}

/** The measured values held for the nominations' applications, verified or not; no nominations ask nothing. */
export async function verifiedMeasuresOf(
  manager: EntityManager,
  nominationIds: readonly string[],
): Promise<VerifiedMeasure[]> {
  if (!nominationIds.length) return [];
  const rows = await manager.findBy(ApplicationMeasure, { nominationId: In([...nominationIds]) });
  return rows.map(({ applicationId, nominationId, criterionKey, verified }) => ({
    applicationId,
    nominationId,
    criterionKey,
    verified,
  }));
}

/** How many applications were filed to the contest, whatever their screening: the data its application phase holds. */
export function countApplicationsOfContest(manager: EntityManager, contestId: string): Promise<number> {
  return manager.countBy(ContestApplication, { contestId });
}

/**
 * Whom to tell of news about a contest's applications: the accounts that filed them, and the contact addresses
 * of candidates who filed without one, with the language they filed in (null when it was not recorded). An
 * application whose personal data are erased has no address left.
 */
export async function applicantsOfContest(
  manager: EntityManager,
  contestId: string,
): Promise<{ accountIds: string[]; addresses: { email: string; locale: Locale | null }[] }> {
  const applications = await manager.find(ContestApplication, {
    select: { filerId: true, contactEmail: true, locale: true },
    where: [
      { contestId, filerId: Not(IsNull()) },
      { contestId, contactEmail: Not(IsNull()) },
    ],
  });
  return {
    accountIds: [...new Set(applications.flatMap((a) => (a.filerId ? [a.filerId] : [])))],
    addresses: applications.flatMap((a) =>
      a.contactEmail ? [{ email: a.contactEmail, locale: a.locale }] : [],
    ),
  };
}
