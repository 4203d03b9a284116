import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published result keeps the agency attributes it was scored with (PR staff, say), so that a scorecard can
 * show a per-staff indicator's divisor as it stood when published. Results published before this keep the
 * agencies' figures as they stand at the upgrade: the best record there is.
 */
export class KeepAgencyAttributesInSnapshots20261231100000 implements MigrationInterface {
  name = 'KeepAgencyAttributesInSnapshots20261231100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE score_snapshot ADD COLUMN agency_attributes jsonb NOT NULL DEFAULT '{}'`);
    await q.query(
      `UPDATE score_snapshot s SET agency_attributes = a.attributes FROM agency a WHERE a.id = s.agency_id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE score_snapshot DROP COLUMN agency_attributes`);
  }
}
