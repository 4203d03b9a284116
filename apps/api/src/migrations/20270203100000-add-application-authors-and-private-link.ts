import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications get several authors and organisations, a reference number and a private link:
 * - `authors` (jsonb `[{ "name", "position" }]`): the existing candidate becomes the only author;
 * - `organisations` (text[]): the existing organisation, split on ";" where organisers typed several into one
 *   field, each part trimmed, empty parts dropped;
 * - `reference_number`: `<contest year>-<serial>`, the serial from one sequence, given to existing rows in the
 *   order they were filed;
 * - `access_token_hash`: the SHA-256 of the private link's token (none for existing rows: their link was never
 *   given, and the notifications issue sends new ones);
 * - `version`: edits through the link and by organisers are checked against it.
 * `candidate_name`, `candidate_position` and `candidate_organisation` stay as the one-line display of the people,
 * kept by the API from `authors` and `organisations`.
 */
export class AddApplicationAuthorsAndPrivateLink20270203100000 implements MigrationInterface {
  name = 'AddApplicationAuthorsAndPrivateLink20270203100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contest_application
        ADD COLUMN authors jsonb,
        ADD COLUMN organisations text[],
        ADD COLUMN reference_number text,
        ADD COLUMN access_token_hash text,
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`
      UPDATE contest_application
         SET authors = jsonb_build_array(jsonb_build_object('name', candidate_name, 'position', candidate_position)),
             organisations = COALESCE(
               NULLIF(ARRAY(SELECT btrim(part) FROM unnest(string_to_array(candidate_organisation, ';')) part
                             WHERE btrim(part) <> ''), '{}'),
               ARRAY[candidate_organisation])`);
    await q.query(`
      UPDATE contest_application a
         SET candidate_organisation = array_to_string(a.organisations, '; ')`);
    await q.query(`CREATE SEQUENCE contest_application_reference_seq`);
    await q.query(`
      WITH ordered AS (
        SELECT a.id, c.year, row_number() OVER (ORDER BY a.filed_at, a.id) AS n
          FROM contest_application a JOIN contest c ON c.id = a.contest_id)
      UPDATE contest_application a
         SET reference_number = o.year || '-' || lpad(o.n::text, greatest(5, length(o.n::text)), '0')
        FROM ordered o WHERE o.id = a.id`);
    await q.query(`
      SELECT setval('contest_application_reference_seq', greatest(count(*), 1), count(*) > 0)
        FROM contest_application`);
    await q.query(`
      ALTER TABLE contest_application
        ALTER COLUMN authors SET NOT NULL,
        ALTER COLUMN organisations SET NOT NULL,
        ALTER COLUMN reference_number SET NOT NULL,
        ADD CONSTRAINT contest_application_reference_number_unique UNIQUE (reference_number),
        ADD CONSTRAINT contest_application_access_token_hash_unique UNIQUE (access_token_hash),
        ADD CONSTRAINT contest_application_authors_present CHECK (jsonb_array_length(authors) >= 1),
        ADD CONSTRAINT contest_application_organisations_present CHECK (cardinality(organisations) >= 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE contest_application
         SET candidate_name = authors->0->>'name',
             candidate_position = authors->0->>'position',
             candidate_organisation = array_to_string(organisations, ';')`);
    await q.query(`
      ALTER TABLE contest_application
        DROP COLUMN authors, DROP COLUMN organisations, DROP COLUMN reference_number,
        DROP COLUMN access_token_hash, DROP COLUMN version`);
    await q.query(`DROP SEQUENCE contest_application_reference_seq`);
  }
}
