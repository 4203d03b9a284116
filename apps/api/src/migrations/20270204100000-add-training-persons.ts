import { MigrationInterface, QueryRunner } from 'typeorm';
import { matchPerson, personKeys, type KnownPerson } from '../app/training/person-match';

interface RegisterRow {
  id: string;
  region_id: string;
  participant_name: string;
  agency_id: string | null;
  outlet: string | null;
}

/**
 * Participants become persons (issue 17, item 7): `training_person`, the persons a register row counts for,
 * and `training_person_separation`, the doubtful pairs someone decided are two people. Existing rows are linked
 * by the API's own rule (`matchPerson`), oldest row first, so they migrate exactly as new rows would be matched.
 */
export class AddTrainingPersons20270204100000 implements MigrationInterface {
  name = 'AddTrainingPersons20270204100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training_person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        name text NOT NULL,
        agency_id uuid REFERENCES agency(id) ON DELETE SET NULL,
        outlet text,
        personal_id text,
        name_key text NOT NULL,
        organisation_key text NOT NULL,
        personal_id_key text,
        merged_into_id uuid REFERENCES training_person(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX training_person_name ON training_person (region_id, name_key)`);
    await q.query(
      `CREATE UNIQUE INDEX training_person_personal_id ON training_person (region_id, personal_id_key)
        WHERE personal_id_key IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE training_person_separation (
        first_person_id uuid NOT NULL REFERENCES training_person(id) ON DELETE CASCADE,
        second_person_id uuid NOT NULL REFERENCES training_person(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (first_person_id, second_person_id),
        CHECK (first_person_id < second_person_id)
      )`);
    await q.query(`ALTER TABLE attendance ADD COLUMN person_id uuid REFERENCES training_person(id)`);
    await linkExistingRows(q);
    await q.query(`ALTER TABLE attendance ALTER COLUMN person_id SET NOT NULL`);
    await q.query(`CREATE INDEX attendance_person ON attendance (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attendance DROP COLUMN person_id`);
    await q.query(`DROP TABLE training_person_separation`);
    await q.query(`DROP TABLE training_person`);
  }
}

async function linkExistingRows(q: QueryRunner): Promise<void> {
  const rows: RegisterRow[] = await q.query(
    `SELECT a.id, e.region_id, a.participant_name, a.agency_id, a.outlet
       FROM attendance a JOIN training_event e ON e.id = a.event_id
      ORDER BY a.created_at, a.id`,
  );
  const known = new Map<string, KnownPerson[]>();
  for (const row of rows) {
    const facts = { name: row.participant_name, agencyId: row.agency_id, outlet: row.outlet };
    const keys = personKeys(facts);
    const region = known.get(row.region_id) ?? [];
    let person = matchPerson(region, keys);
    if (!person) {
      const [created]: { id: string }[] = await q.query(
        `INSERT INTO training_person (region_id, name, agency_id, outlet, name_key, organisation_key)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          row.region_id,
          row.participant_name.trim(),
          row.agency_id,
          row.agency_id ? null : row.outlet?.trim() || null,
          keys.nameKey,
          keys.organisationKey,
        ],
      );
      person = { id: created.id, ...keys };
      known.set(row.region_id, [...region, person]);
    }
    await q.query(`UPDATE attendance SET person_id = $1 WHERE id = $2`, [person.id, row.id]);
  }
}
