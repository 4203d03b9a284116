import { EntityManager } from 'typeorm';
import { isExcluded } from './conflict-rules';

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
  candidate_organisation: string;
  declared: boolean;
}

/**
 * Every (juror, accepted application) pair of the given nominations, with whether the juror is kept from
 * it: automatically for the same organisation, or because they declared a conflict.
 */
export async function jurorEligibility(
  manager: EntityManager,
  nominationIds: string[],
  userId?: string,
): Promise<Eligibility[]> {
  if (nominationIds.length === 0) return [];
  const rows: Row[] = await manager.query(
    `SELECT j.nomination_id, an.application_id, j.user_id, j.organisation AS juror_organisation,
            a.candidate_organisation,
            EXISTS (SELECT 1 FROM juror_conflict c WHERE c.application_id = a.id AND c.user_id = j.user_id) AS declared
       FROM contest_juror j
       JOIN application_nomination an ON an.nomination_id = j.nomination_id
       JOIN contest_application a ON a.id = an.application_id AND a.screening = 'accepted'
      WHERE j.nomination_id = ANY($1) AND ($2::uuid IS NULL OR j.user_id = $2)
      ORDER BY a.filed_at, a.id`,
    [nominationIds, userId ?? null],
  );
  return rows.map((r) => ({
    nominationId: r.nomination_id,
    applicationId: r.application_id,
    userId: r.user_id,
    excluded: isExcluded(r.juror_organisation, r.candidate_organisation, r.declared),
  }));
}
