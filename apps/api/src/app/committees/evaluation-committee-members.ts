import type { EntityManager } from 'typeorm';

/**
 * The account ids of the people seated on the region's performance-evaluation committees (the committee that
 * reviews whole submissions, see `committeeReviewScope`), each once; outside members without an account are left
 * out. Read inside the caller's transaction.
 */
export async function evaluationCommitteeAccounts(
  manager: EntityManager,
  regionId: string,
): Promise<string[]> {
  const rows: { user_id: string }[] = await manager.query(
    `SELECT DISTINCT m.user_id FROM committee c JOIN committee_member m ON m.committee_id = c.id
      WHERE c.region_id = $1 AND c.kind = 'performance_evaluation' AND m.user_id IS NOT NULL
      ORDER BY m.user_id`,
    [regionId],
  );
  return rows.map((r) => r.user_id);
}
