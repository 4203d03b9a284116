import type { DoubtfulPersonPair, TrainingPersonView } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { agencyCodesOf } from '../agencies/agency-references';
import { roundHours } from './training-figures';

interface PersonRow {
  id: string;
  region_id: string;
  name: string;
  agency_id: string | null;
  outlet: string | null;
  has_personal_id: boolean;
  attendances: number;
  person_hours: string;
  last_event_date: string | null;
  version: number;
}

/** Persons with their attended rows' figures, in the order of `ids`. */
export async function personViews(manager: EntityManager, ids: string[]): Promise<TrainingPersonView[]> {
  const rows: PersonRow[] = await manager.query(
    `SELECT p.id, p.region_id, p.name, p.agency_id, p.outlet,
            p.personal_id_key IS NOT NULL AS has_personal_id, p.version,
            count(a.id) FILTER (WHERE a.attended)::int AS attendances,
            coalesce(sum(a.hours) FILTER (WHERE a.attended), 0) AS person_hours,
            max(e.start_date) FILTER (WHERE a.attended)::text AS last_event_date
       FROM training_person p
       LEFT JOIN attendance a ON a.person_id = p.id
       LEFT JOIN training_event e ON e.id = a.event_id
      WHERE p.id = ANY($1::uuid[])
      GROUP BY p.id`,
    [ids],
  );
  const codes = new Map<string, string>();
  for (const regionId of new Set(rows.map((r) => r.region_id)))
    for (const agency of await agencyCodesOf(manager, regionId)) codes.set(agency.id, agency.code);
  const byId = new Map(
    rows.map((r) => [r.id, toView(r, r.agency_id ? (codes.get(r.agency_id) ?? null) : null)]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The region's doubtful pairs, by name, the person met first as `first`: persons not merged away, with the same name key and a different or missing
 * organisation, not both holding (different) personal ids, that nobody has kept apart and that still have rows.
 */
export async function doubtfulPairs(manager: EntityManager, regionId: string): Promise<DoubtfulPersonPair[]> {
  const pairs: { first_id: string; second_id: string }[] = await manager.query(
    `SELECT CASE WHEN p.created_at <= q.created_at THEN p.id ELSE q.id END AS first_id,
            CASE WHEN p.created_at <= q.created_at THEN q.id ELSE p.id END AS second_id
       FROM training_person p
       JOIN training_person q ON q.region_id = p.region_id AND q.name_key = p.name_key AND p.id < q.id
      WHERE p.region_id = $1 AND p.merged_into_id IS NULL AND q.merged_into_id IS NULL
        AND p.organisation_key <> q.organisation_key
        AND (p.personal_id_key IS NULL OR q.personal_id_key IS NULL)
        AND EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = p.id)
        AND EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = q.id)
        AND NOT EXISTS (SELECT 1 FROM training_person_separation s
                         WHERE s.first_person_id = p.id AND s.second_person_id = q.id)
      ORDER BY p.name_key, least(p.created_at, q.created_at)`,
    [regionId],
  );
  const views = new Map(
    (await personViews(manager, [...new Set(pairs.flatMap((p) => [p.first_id, p.second_id]))])).map((v) => [
      v.id,
      v,
    ]),
  );
  return pairs.flatMap((p) => {
    const first = views.get(p.first_id);
    const second = views.get(p.second_id);
    return first && second ? [{ first, second }] : [];
  });
}

function toView(r: PersonRow, agencyCode: string | null): TrainingPersonView {
  return {
    id: r.id,
    regionId: r.region_id,
    name: r.name,
    agencyId: r.agency_id,
    agencyCode,
    outlet: r.outlet,
    hasPersonalId: r.has_personal_id,
    attendances: r.attendances,
    personHours: roundHours(Number(r.person_hours)),
    lastEventDate: r.last_event_date,
    version: r.version,
  };
}
