import { MigrationInterface, QueryRunner } from 'typeorm';

/** Regions, agencies, accounts and sessions, cycles with their frameworks, submissions, evidence, reviews, published scores and the audit trail. */
export class CreateEvaluationSchema20261123070000 implements MigrationInterface {
  name = 'CreateEvaluationSchema20261123070000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE user_role AS ENUM ('admin', 'director', 'evaluator', 'agency_editor', 'viewer')`,
    );
    await q.query(`CREATE TYPE cycle_status AS ENUM ('draft', 'open', 'review', 'published', 'archived')`);
    await q.query(`CREATE TYPE submission_status AS ENUM ('draft', 'submitted', 'returned', 'approved')`);

    await q.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE peer_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        code text NOT NULL,
        name jsonb NOT NULL,
        UNIQUE (region_id, code)
      )`);
    await q.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        code text NOT NULL,
        name jsonb NOT NULL,
        peer_group_id uuid REFERENCES peer_group(id) ON DELETE SET NULL,
        attributes jsonb NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_id, code)
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        login citext NOT NULL UNIQUE,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role user_role NOT NULL,
        region_id uuid REFERENCES region(id) ON DELETE CASCADE,
        agency_id uuid REFERENCES agency(id) ON DELETE CASCADE,
        locale text NOT NULL DEFAULT 'ru',
        active boolean NOT NULL DEFAULT true,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_scope CHECK (
          (role = 'admin' AND region_id IS NULL AND agency_id IS NULL)
          OR (role IN ('director', 'evaluator', 'viewer') AND region_id IS NOT NULL AND agency_id IS NULL)
          OR (role = 'agency_editor' AND region_id IS NOT NULL AND agency_id IS NOT NULL)
        )
      )`);
    await q.query(`
      CREATE TABLE user_session (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX user_session_user ON user_session (user_id)`);
    await q.query(`CREATE INDEX user_session_expiry ON user_session (expires_at)`);
    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        ip text NOT NULL,
        login citext NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_ip_at ON login_attempt (ip, at)`);

    await q.query(`
      CREATE TABLE cycle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        name text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        deadline timestamptz NOT NULL,
        status cycle_status NOT NULL DEFAULT 'draft',
        framework jsonb NOT NULL,
        published_at timestamptz,
        publication integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cycle_period CHECK (period_end >= period_start)
      )`);
    await q.query(`CREATE INDEX cycle_region ON cycle (region_id, period_end)`);

    await q.query(`
      CREATE TABLE submission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
        status submission_status NOT NULL DEFAULT 'draft',
        version integer NOT NULL DEFAULT 1,
        extension_until timestamptz,
        submitted_at timestamptz,
        approved_at timestamptz,
        last_reviewed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cycle_id, agency_id)
      )`);
    await q.query(`
      CREATE TABLE submission_value (
        submission_id uuid NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        indicator_key text NOT NULL,
        value double precision,
        note text,
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        reviewed_value double precision,
        PRIMARY KEY (submission_id, indicator_key)
      )`);
    await q.query(`
      CREATE TABLE evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        indicator_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('file', 'link')),
        file_name text,
        media_type text,
        size_bytes integer,
        sha256 text,
        content bytea,
        url text,
        uploaded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evidence_shape CHECK (
          (kind = 'file' AND content IS NOT NULL AND file_name IS NOT NULL) OR (kind = 'link' AND url IS NOT NULL)
        )
      )`);
    await q.query(`CREATE INDEX evidence_submission ON evidence (submission_id, indicator_key)`);
    await q.query(`
      CREATE TABLE review_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        indicator_key text,
        body text NOT NULL,
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX review_comment_submission ON review_comment (submission_id, created_at)`);

    await q.query(`
      CREATE TABLE score_snapshot (
        cycle_id uuid NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
        publication integer NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
        peer_group_id uuid REFERENCES peer_group(id) ON DELETE SET NULL,
        total double precision,
        rank integer,
        group_rank integer,
        coverage double precision NOT NULL,
        scores jsonb NOT NULL,
        contributions jsonb NOT NULL,
        stability jsonb,
        indicator_values jsonb NOT NULL,
        PRIMARY KEY (cycle_id, publication, agency_id)
      )`);
    await q.query(`
      CREATE TABLE published_ranking (
        cycle_id uuid NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
        publication integer NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        body text NOT NULL,
        PRIMARY KEY (cycle_id, publication)
      )`);

    await q.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid,
        user_login text,
        region_id uuid,
        agency_id uuid,
        cycle_id uuid,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        changes jsonb NOT NULL DEFAULT '[]',
        reason text,
        request_id text,
        ip text
      )`);
    await q.query(`CREATE INDEX audit_entry_region_at ON audit_entry (region_id, at DESC)`);
    await q.query(`CREATE INDEX audit_entry_agency ON audit_entry (agency_id, at DESC)`);
    await q.query(`CREATE INDEX audit_entry_user ON audit_entry (user_id, at DESC)`);
    await q.query(`CREATE INDEX audit_entry_cycle ON audit_entry (cycle_id, at DESC)`);
    // The trail must outlive anyone who wants to tidy it: the database itself refuses edits.
    await q.query(`
      CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_entry',
      'published_ranking',
      'score_snapshot',
      'review_comment',
      'evidence',
      'submission_value',
      'submission',
      'cycle',
      'login_attempt',
      'user_session',
      'app_user',
      'agency',
      'peer_group',
      'region',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query('DROP FUNCTION IF EXISTS audit_entry_is_append_only');
    await q.query('DROP TYPE IF EXISTS submission_status');
    await q.query('DROP TYPE IF EXISTS cycle_status');
    await q.query('DROP TYPE IF EXISTS user_role');
  }
}
