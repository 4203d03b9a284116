import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that keep a region's reads at the region's cost when the installation holds many regions (issue 20,
 * found by the national bench, `npm run bench -- national`):
 * - the audit search pages newest first by id within a region, cycle, agency or account: each of those indexes
 *   now ends on `id` instead of `at`, so a page reads its 50 entries instead of sorting the region's whole trail
 *   or walking every region's entries backwards;
 * - the reasons shown beside a changed record (a contest's moved date) are found by entity and action among the
 *   few entries that carry a reason, instead of by scanning the trail;
 * - a national admin's agency list is ordered by code then id across regions;
 * - a region's account list (and its count) is read by region, ordered by login.
 */
/** The audit trail's indexes by `at`, and those by `id` that replace them: [old, new, column]. */
const AUDIT_INDEXES = [
  ['audit_entry_region_at', 'audit_entry_region_newest', 'region_id'],
  ['audit_entry_agency', 'audit_entry_agency_newest', 'agency_id'],
  ['audit_entry_user', 'audit_entry_user_newest', 'user_id'],
  ['audit_entry_cycle', 'audit_entry_cycle_newest', 'cycle_id'],
] as const;

export class AddNationalScaleIndexes20270217100000 implements MigrationInterface {
  name = 'AddNationalScaleIndexes20270217100000';

  async up(q: QueryRunner): Promise<void> {
    for (const [old, index, column] of AUDIT_INDEXES) {
      await q.query(`DROP INDEX ${old}`);
      await q.query(`CREATE INDEX ${index} ON audit_entry (${column}, id)`);
    }
    await q.query(
      `CREATE INDEX audit_entry_reasoned ON audit_entry (entity, action, entity_id) WHERE reason IS NOT NULL`,
    );
    await q.query(`CREATE INDEX agency_code_id ON agency (code, id)`);
    await q.query(`CREATE INDEX app_user_region_login ON app_user (region_id, login)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX app_user_region_login`);
    await q.query(`DROP INDEX agency_code_id`);
    await q.query(`DROP INDEX audit_entry_reasoned`);
    for (const [old, index, column] of AUDIT_INDEXES) {
      await q.query(`DROP INDEX ${index}`);
      await q.query(`CREATE INDEX ${old} ON audit_entry (${column}, at DESC)`);
    }
  }
}
