import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks a cycle of imported history: results brought in from before the product, which may be published
 * without any submission approved in it. Every existing cycle was run here, so none is marked.
 */
export class AddCycleImportedHistory20270103100000 implements MigrationInterface {
  name = 'AddCycleImportedHistory20270103100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cycle ADD COLUMN imported_history boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cycle DROP COLUMN imported_history`);
  }
}
