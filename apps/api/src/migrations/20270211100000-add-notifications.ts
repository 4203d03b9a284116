import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue 19): an account's email address; the notifications each account reads in the dashboard;
 * each account's and each region's choice per kind and channel; and the outgoing mail, one row per message, kept
 * whether it was sent by SMTP or written to the outbox.
 */
export class AddNotifications20270211100000 implements MigrationInterface {
  name = 'AddNotifications20270211100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN email citext
      CHECK (char_length(email) <= 254 AND email ~ '^[^@\\s]+@[^@\\s]+$')`);
    await q.query(`CREATE INDEX app_user_email ON app_user (email) WHERE email IS NOT NULL`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        region_id uuid REFERENCES region(id) ON DELETE CASCADE,
        kind text NOT NULL,
        event_key text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        link text,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        UNIQUE (account_id, event_key)
      )`);
    await q.query(`CREATE INDEX notification_reader ON notification (account_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX notification_unread ON notification (account_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE notification_preference (
        account_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('app', 'email')),
        enabled boolean NOT NULL,
        PRIMARY KEY (account_id, kind, channel)
      )`);
    await q.query(`
      CREATE TABLE region_notification_default (
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('app', 'email')),
        enabled boolean NOT NULL,
        PRIMARY KEY (region_id, kind, channel)
      )`);
    await q.query(`
      CREATE TABLE mail_message (
        id uuid PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        message_id text NOT NULL UNIQUE,
        region_id uuid REFERENCES region(id) ON DELETE SET NULL,
        account_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        kind text NOT NULL,
        to_address text NOT NULL,
        locale text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'kept', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        secrets text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX mail_message_outbox ON mail_message (region_id, created_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_message`);
    await q.query(`DROP TABLE region_notification_default`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email`);
  }
}
