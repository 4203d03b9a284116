import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A national admin's cycle list is paged newest period first across regions (then by id, so the order is
 * total): this index hands out its first page without sorting every region's cycles (issue 20).
 */
export class AddCycleNewestIndex20270219100000 implements MigrationInterface {
  name = 'AddCycleNewestIndex20270219100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cycle_newest ON cycle (period_end DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cycle_newest`);
  }
}
