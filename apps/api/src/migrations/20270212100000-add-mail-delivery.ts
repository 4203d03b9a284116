import { randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { MAIL_QUEUE, mailQueueCreationSql } from '../app/mail/mail-queue';
import { QUEUE_SCHEMA } from '../app/jobs/job-queue-schema';

/**
 * Mail delivery (issue 19): the queue the mail worker takes messages from (built here, so pg-boss never
 * creates anything at runtime), and the installation's secret that signs unsubscribe links
 * (`mail/unsubscribe-token.ts`), made once with 256 random bits.
 */
export class AddMailDelivery20270212100000 implements MigrationInterface {
  name = 'AddMailDelivery20270212100000';

  async up(q: QueryRunner): Promise<void> {
    const { sql, parameters } = mailQueueCreationSql();
    await q.query(sql, parameters);
    await q.query(`
      CREATE TABLE mail_secret (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        secret bytea NOT NULL CHECK (octet_length(secret) >= 32)
      )`);
    await q.query(`INSERT INTO mail_secret (secret) VALUES ($1)`, [randomBytes(32)]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_secret`);
    await q.query(`SELECT ${QUEUE_SCHEMA}.delete_queue($1)`, [MAIL_QUEUE]);
  }
}
