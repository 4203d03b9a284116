import { EntityManager } from 'typeorm';
import { isExcluded } from './conflict-rules';
import { ContestRecord, ContestRecordNotFoundException } from '../setup/contest-errors';

/** One juror's position towards one accepted application in one nomination. */
export interface Eligibility {
  nominationId: string;
  applicationId: string;
  userId: string;
  excluded: boolean;
}

interface Row {
  nomination_id: string;
  application_id: string;
  user_id: string;
  juror_organisation: string;
  organisations: string[];
  declared: boolean;
}

/** Which seats to look at; an absent criterion does not narrow. */
interface SeatFilter {
  nominationIds?: string[];
  userId?: string;
  applicationId?: string;
}

/**
 * The (juror, accepted application) pairs of the filter, with whether the juror is kept from the application:
 * automatically when they belong to any of its organisations, or because they declared a conflict. The one source of exclusion
 * for task lists, sheets, files and results.
 */
async function seats(manager: EntityManager, filter: SeatFilter): Promise<Eligibility[]> {
  const rows: Row[] = await manager.query(
    `SELECT j.nomination_id, an.application_id, j.user_id, j.organisation AS juror_organisation,
            a.organisations,
            EXISTS (SELECT 1 FROM juror_conflict c WHERE c.application_id = a.id AND c.user_id = j.user_id) AS declared
       FROM contest_juror j
       JOIN application_nomination an ON an.nomination_id = j.nomination_id
       JOIN contest_application a ON a.id = an.application_id AND a.screening = 'accepted'
      WHERE ($1::uuid[] IS NULL OR j.nomination_id = ANY($1))
        AND ($2::uuid IS NULL OR j.user_id = $2)
        AND ($3::uuid IS NULL OR a.id = $3)
      ORDER BY a.filed_at, a.id`,
    [filter.nominationIds ?? null, filter.userId ?? null, filter.applicationId ?? null],
  );
  return rows.map((r) => ({
    nominationId: r.nomination_id,
    applicationId: r.application_id,
    userId: r.user_id,
    excluded: isExcluded(r.juror_organisation, r.organisations, r.declared),
  }));
}

/** Every (juror, accepted application) pair of the given nominations, optionally of one juror only. */
export async function jurorEligibility(
  manager: EntityManager,
  nominationIds: string[],
  userId?: string,
): Promise<Eligibility[]> {
  if (nominationIds.length === 0) return [];
  return seats(manager, { nominationIds, userId });
}

/**
 * The juror's seats from which they may see the application (in one nomination, when given): accepted, on a
 * nomination they sit on, and not excluded by a conflict. Without one it throws 404 `record.not_found` naming
 * the caller's `record`, the same answer as for a missing one, so that a conflict cannot be told from an unknown id.
 */
export async function openSeatsOrNotFound(
  manager: EntityManager,
  target: { applicationId: string; userId: string; nominationId?: string },
  record: ContestRecord,
): Promise<Eligibility[]> {
  const open = (
    await seats(manager, {
      applicationId: target.applicationId,
      userId: target.userId,
      nominationIds: target.nominationId ? [target.nominationId] : undefined,
    })
  ).filter((seat) => !seat.excluded);
  if (open.length === 0) throw new ContestRecordNotFoundException(record);
  return open;
}
