import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Criteria measured from applications: the numbers an applicant states for a nomination's measured criteria and
 * the values the organiser verified, one row per application, nomination and criterion; and each nomination's
 * threshold of juror disagreement (3 points on the 0–10 scale unless the organiser sets another).
 */
export class AddMeasuredCriteria20270202100000 implements MigrationInterface {
  name = 'AddMeasuredCriteria20270202100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE nomination
        ADD COLUMN disagreement_threshold numeric NOT NULL DEFAULT 3
          CONSTRAINT nomination_disagreement_threshold_range CHECK (disagreement_threshold BETWEEN 0 AND 10)`);
    await q.query(`
      CREATE TABLE application_measure (
        application_id uuid NOT NULL REFERENCES contest_application(id) ON DELETE CASCADE,
        nomination_id uuid NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
        criterion_key text NOT NULL,
        stated numeric CHECK (stated >= 0),
        verified numeric CHECK (verified >= 0),
        verified_by uuid,
        verified_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (application_id, nomination_id, criterion_key)
      )`);
    await q.query(`CREATE INDEX application_measure_nomination ON application_measure (nomination_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE application_measure`);
    await q.query(`ALTER TABLE nomination DROP COLUMN disagreement_threshold`);
  }
}
