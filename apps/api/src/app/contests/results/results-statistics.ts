import type { ContestStatistics } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { personKey } from '../jury/conflict-rules';
import type { Contest } from '../setup/contest.entity';

interface ApplicationRow {
  contest_id: string;
  candidate_name: string;
  candidate_organisation: string;
}

const participants = (rows: ApplicationRow[]) =>
  new Set(rows.map((r) => personKey(r.candidate_name, r.candidate_organisation))).size;

/** Applications and distinct people, per nomination, and people against the previous year of the series. */
export async function contestStatistics(
  manager: EntityManager,
  contest: Contest,
): Promise<ContestStatistics> {
  const rows: ApplicationRow[] = await manager.query(
    `SELECT a.contest_id, a.candidate_name, a.candidate_organisation
       FROM contest_application a JOIN contest c ON c.id = a.contest_id
      WHERE c.id = $1 OR (c.series = $2 AND c.year = $3 - 1 AND c.status = 'announced')`,
    [contest.id, contest.series, contest.year],
  );
  const own = rows.filter((r) => r.contest_id === contest.id);
  const previous = rows.filter((r) => r.contest_id !== contest.id);
  const [{ exists }] = (await manager.query(
    `SELECT EXISTS (SELECT 1 FROM contest WHERE series = $1 AND year = $2 - 1 AND status = 'announced') AS exists`,
    [contest.series, contest.year],
  )) as { exists: boolean }[];
  const perNomination: { nomination_id: string; applications: number }[] = await manager.query(
    `SELECT n.id AS nomination_id, count(an.application_id)::int AS applications
       FROM nomination n LEFT JOIN application_nomination an ON an.nomination_id = n.id
      WHERE n.contest_id = $1 GROUP BY n.id, n.position ORDER BY n.position`,
    [contest.id],
  );
  return {
    applications: own.length,
    participants: participants(own),
    previousYearParticipants: exists ? participants(previous) : null,
    perNomination: perNomination.map((p) => ({
      nominationId: p.nomination_id,
      applications: p.applications,
    })),
  };
}
