import { MigrationInterface, QueryRunner } from 'typeorm';

/** A region's letterhead for its PDF reports: names and address per language, and an emblem image. */
export class AddRegionLetterhead20270208100000 implements MigrationInterface {
  name = 'AddRegionLetterhead20270208100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region_letterhead (
        region_id uuid PRIMARY KEY REFERENCES region(id) ON DELETE CASCADE,
        name jsonb NOT NULL,
        address jsonb NOT NULL,
        emblem bytea,
        emblem_type text CHECK (emblem_type IN ('image/png', 'image/jpeg', 'image/svg+xml')),
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT region_letterhead_emblem_with_type_check CHECK ((emblem IS NULL) = (emblem_type IS NULL)),
        CONSTRAINT region_letterhead_emblem_size_check CHECK (octet_length(emblem) <= 300000)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE region_letterhead`);
  }
}
