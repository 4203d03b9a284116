import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The totals and ranks a directorate published for a past cycle before it used the product, kept as given so the
 * ranking of imported history shows them beside the product's own recomputation.
 */
export class AddPublishedThen20270207100000 implements MigrationInterface {
  name = 'AddPublishedThen20270207100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE published_then (
        cycle_id uuid NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency(id),
        total double precision,
        rank integer CHECK (rank >= 1),
        PRIMARY KEY (cycle_id, agency_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE published_then`);
  }
}
