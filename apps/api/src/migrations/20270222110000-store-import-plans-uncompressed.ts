import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A queued import's plan is stored out of line but uncompressed (issue 18, value import within 5× the parse).
 * A plan lives from the apply's request to its job's start, usually under a second, so compressing it saves no
 * disk worth having. Writing and taking an 80,000-value plan (about 2 MB of JSON) took 46–56 ms compressed in
 * three runs of the import benchmark, and 39 ms uncompressed.
 */
export class StoreImportPlansUncompressed20270222110000 implements MigrationInterface {
  name = 'StoreImportPlansUncompressed20270222110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE value_import_plan ALTER COLUMN writes SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE value_import_plan ALTER COLUMN writes SET STORAGE EXTENDED`);
  }
}
