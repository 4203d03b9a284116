import type { SubmissionStatus } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';

/** One stored, non-empty value of a cycle's submission. */
export interface CycleValue {
  submissionId: string;
  agencyId: string;
  indicator: string;
  value: number;
}

/** Which of a cycle's values to read; every criterion given narrows. */
export interface CycleValueFilter {
  /** Leave out this agency's submission (its peers' values). */
  exceptAgencyId?: string | null;
  /** Only these indicator keys. */
  indicators?: readonly string[] | null;
  /** Only approved submissions. */
  approvedOnly?: boolean;
}

/**
 * The non-empty values of a cycle's submissions. Each submission's values are read through the primary key of
 * `submission_value` (a lateral subquery per submission), so the cost follows the cycle's size: a join of the two
 * tables leaves the planner free to scan every cycle's values of every region, which it does once the table is
 * large, because a submission's values are scattered over the table.
 */
export async function cycleValues(
  manager: EntityManager,
  cycleId: string,
  filter: CycleValueFilter = {},
): Promise<CycleValue[]> {
  // JSON arrays rather than PostgreSQL arrays: the driver parses array text in JavaScript, element by element,
  // and JSON with JSON.parse, which took about a quarter off reading a 1,000-agency region's values end to end.
  const rows: { submission_id: string; agency_id: string; keys: string[] | null; vals: number[] | null }[] =
    await manager.query(
      `SELECT s.id AS submission_id, s.agency_id, v.keys, v.vals
         FROM submission s
        CROSS JOIN LATERAL (
          SELECT json_agg(indicator_key) AS keys, json_agg(value) AS vals
            FROM submission_value
           WHERE submission_id = s.id AND value IS NOT NULL
             AND ($3::text[] IS NULL OR indicator_key = ANY($3::text[]))) v
        WHERE s.cycle_id = $1 AND ($2::uuid IS NULL OR s.agency_id <> $2::uuid)
          AND (NOT $4::boolean OR s.status = 'approved')`,
      [
        cycleId,
        filter.exceptAgencyId ?? null,
        filter.indicators ? [...filter.indicators] : null,
        !!filter.approvedOnly,
      ],
    );
  return rows.flatMap((r) =>
    (r.keys ?? []).map((indicator, i) => ({
      submissionId: r.submission_id,
      agencyId: r.agency_id,
      indicator,
      value: Number((r.vals ?? [])[i]),
    })),
  );
}

/** A submission of a cycle with how many of its values are filled and changed since its last review. */
export interface SubmissionProgressRow {
  submission_id: string;
  agency_id: string;
  status: SubmissionStatus;
  version: number;
  extension_until: Date | null;
  submitted_at: Date | null;
  /** Values filled in. */
  filled: number;
  /** Values that differ from what the last review saw (0 before any review). */
  changed: number;
}

/** Every submission of a cycle with its counts, in no particular order; per submission as `cycleValues` reads. */
export function submissionProgress(
  manager: EntityManager,
  cycleId: string,
): Promise<SubmissionProgressRow[]> {
  return manager.query(
    `SELECT s.id AS submission_id, s.agency_id, s.status, s.version, s.extension_until, s.submitted_at,
            v.filled, v.changed
       FROM submission s
      CROSS JOIN LATERAL (
        SELECT count(value)::int AS filled,
               count(*) FILTER (WHERE s.last_reviewed_at IS NOT NULL AND value IS DISTINCT FROM reviewed_value)::int
                 AS changed
          FROM submission_value WHERE submission_id = s.id) v
      WHERE s.cycle_id = $1`,
    [cycleId],
  );
}
