import { MigrationInterface, QueryRunner } from 'typeorm';

const SCORE_MAPS = ['scores', 'contributions', 'indicator_values'];

const storeScoreMaps = (storage: 'EXTERNAL' | 'EXTENDED') =>
  `ALTER TABLE score_snapshot ${SCORE_MAPS.map((column) => `ALTER COLUMN ${column} SET STORAGE ${storage}`).join(', ')}`;

/**
 * A publication's snapshot rows keep their scores, contributions and indicator values out of line but
 * uncompressed (issue 20, publishing within 3× the scoring CLI). Compressing them (PostgreSQL's pglz, as this
 * server has no lz4) took about 40 % of writing a 1,000-agency region's snapshot: 345–360 ms against 200–230 ms
 * uncompressed, side by side on one PostgreSQL with rows of the same size. The price is about twice the table's
 * size on disk. Rows written before stay compressed and read as before.
 */
export class StoreSnapshotScoresUncompressed20270221100000 implements MigrationInterface {
  name = 'StoreSnapshotScoresUncompressed20270221100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(storeScoreMaps('EXTERNAL'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(storeScoreMaps('EXTENDED'));
  }
}
