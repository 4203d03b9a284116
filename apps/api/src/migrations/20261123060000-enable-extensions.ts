import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnableExtensions20261123060000 implements MigrationInterface {
  name = 'EnableExtensions20261123060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS citext');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS citext');
    await queryRunner.query('DROP EXTENSION IF EXISTS pgcrypto');
  }
}
