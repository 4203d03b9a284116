import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Professional contests: contests and nominations, applications with attachments, jurors with their
 * conflicts and score sheets, verified voters with their votes, and published results.
 */
export class AddContests20261210090000 implements MigrationInterface {
  name = 'AddContests20261210090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'juror'`);
    await q.query(`ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'journalist'`);
    // A new enum value cannot be used in the transaction that adds it, so the scope rule compares text.
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT user_scope`);
    await q.query(`
      ALTER TABLE app_user ADD CONSTRAINT user_scope CHECK (
        (role::text = 'admin' AND region_id IS NULL AND agency_id IS NULL)
        OR (role::text IN ('director', 'evaluator', 'viewer', 'committee_member', 'juror', 'journalist')
            AND region_id IS NOT NULL AND agency_id IS NULL)
        OR (role::text = 'agency_editor' AND region_id IS NOT NULL AND agency_id IS NOT NULL)
      )`);

    await q.query(`
      CREATE TABLE contest (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title jsonb NOT NULL,
        organiser text NOT NULL,
        region_ids uuid[] NOT NULL CHECK (cardinality(region_ids) > 0),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        series text NOT NULL,
        rules text,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'announced')),
        applications_open_at timestamptz NOT NULL,
        applications_close_at timestamptz NOT NULL,
        judging_start_at timestamptz NOT NULL,
        judging_end_at timestamptz NOT NULL,
        voting_start_at timestamptz,
        voting_end_at timestamptz,
        results_published_at timestamptz,
        live_counts boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contest_application_dates CHECK (applications_close_at > applications_open_at),
        CONSTRAINT contest_judging_dates CHECK (judging_end_at > judging_start_at AND judging_start_at >= applications_close_at),
        CONSTRAINT contest_voting_dates CHECK (
          (voting_start_at IS NULL AND voting_end_at IS NULL)
          OR (voting_end_at > voting_start_at AND voting_start_at >= applications_close_at))
      )`);
    await q.query(`CREATE INDEX contest_regions ON contest USING gin (region_ids)`);
    await q.query(`CREATE INDEX contest_series ON contest (series, year)`);

    await q.query(`
      CREATE TABLE nomination (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contest_id uuid NOT NULL REFERENCES contest(id) ON DELETE CASCADE,
        name jsonb NOT NULL,
        places integer NOT NULL DEFAULT 1 CHECK (places BETWEEN 1 AND 100),
        criteria jsonb NOT NULL DEFAULT '[]',
        scoring_mode text NOT NULL CHECK (scoring_mode IN ('jury', 'vote', 'combined')),
        jury_share numeric(4, 3) NOT NULL DEFAULT 1 CHECK (jury_share BETWEEN 0 AND 1),
        comment_required boolean NOT NULL DEFAULT false,
        normalise_jurors boolean NOT NULL DEFAULT false,
        prize_amount numeric(14, 2) CHECK (prize_amount >= 0),
        prize_currency text CHECK (prize_currency ~ '^[A-Z]{3}$'),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX nomination_contest ON nomination (contest_id, position)`);

    await q.query(`
      CREATE TABLE contest_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contest_id uuid NOT NULL REFERENCES contest(id) ON DELETE CASCADE,
        candidate_name text NOT NULL,
        candidate_position text NOT NULL,
        candidate_organisation text NOT NULL,
        agency_id uuid REFERENCES agency(id) ON DELETE SET NULL,
        filed_by text NOT NULL CHECK (filed_by IN ('candidate', 'organisation')),
        filer_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        project_title text NOT NULL,
        project_start date,
        project_end date,
        description text NOT NULL,
        goal text,
        results text,
        links text[] NOT NULL DEFAULT '{}',
        screening text NOT NULL DEFAULT 'pending' CHECK (screening IN ('pending', 'accepted', 'rejected')),
        screening_reason text,
        screened_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        filed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contest_application_dates CHECK (project_end IS NULL OR project_start IS NULL OR project_end >= project_start),
        CONSTRAINT contest_application_reason CHECK (screening <> 'rejected' OR screening_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX contest_application_contest ON contest_application (contest_id, filed_at)`);
    await q.query(`
      CREATE TABLE application_nomination (
        application_id uuid NOT NULL REFERENCES contest_application(id) ON DELETE CASCADE,
        nomination_id uuid NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
        PRIMARY KEY (application_id, nomination_id)
      )`);
    await q.query(`CREATE INDEX application_nomination_nomination ON application_nomination (nomination_id)`);
    await q.query(`
      CREATE TABLE application_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES contest_application(id) ON DELETE CASCADE,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX application_attachment_application ON application_attachment (application_id)`,
    );

    await q.query(`
      CREATE TABLE contest_juror (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        organisation text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (nomination_id, user_id)
      )`);
    await q.query(`CREATE INDEX contest_juror_user ON contest_juror (user_id)`);
    await q.query(`
      CREATE TABLE juror_conflict (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES contest_application(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        reason text NOT NULL,
        declared_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (application_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE score_sheet (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES contest_application(id) ON DELETE CASCADE,
        juror_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        scores jsonb NOT NULL,
        comment text,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (nomination_id, application_id, juror_id)
      )`);

    await q.query(`
      CREATE TABLE contest_voter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contest_id uuid NOT NULL REFERENCES contest(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        outlet text NOT NULL,
        media_role text NOT NULL,
        work_link text NOT NULL,
        document_name text,
        document_type text,
        document bytea,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'rejected')),
        status_reason text,
        reviewed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (contest_id, user_id),
        CONSTRAINT contest_voter_reason CHECK (status <> 'rejected' OR status_reason IS NOT NULL)
      )`);
    // The unique key is the rule "one vote per nomination per voter": concurrent or replayed requests count once.
    await q.query(`
      CREATE TABLE contest_vote (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES contest_application(id) ON DELETE CASCADE,
        voter_id uuid NOT NULL REFERENCES contest_voter(id) ON DELETE CASCADE,
        ip_hash text NOT NULL,
        cast_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (voter_id, nomination_id)
      )`);
    await q.query(`CREATE INDEX contest_vote_nomination ON contest_vote (nomination_id, application_id)`);
    await q.query(`CREATE INDEX contest_vote_ip ON contest_vote (ip_hash, cast_at)`);

    await q.query(`
      CREATE TABLE contest_result (
        nomination_id uuid NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
        application_id uuid NOT NULL REFERENCES contest_application(id) ON DELETE CASCADE,
        jury_score numeric(8, 4),
        votes integer NOT NULL DEFAULT 0,
        score numeric(8, 4),
        rank integer NOT NULL,
        winner boolean NOT NULL,
        PRIMARY KEY (nomination_id, application_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'contest_result',
      'contest_vote',
      'contest_voter',
      'score_sheet',
      'juror_conflict',
      'contest_juror',
      'application_attachment',
      'application_nomination',
      'contest_application',
      'nomination',
      'contest',
    ])
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    await q.query(`DELETE FROM app_user WHERE role::text IN ('juror', 'journalist')`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT user_scope`);
    await q.query(`
      ALTER TABLE app_user ADD CONSTRAINT user_scope CHECK (
        (role::text = 'admin' AND region_id IS NULL AND agency_id IS NULL)
        OR (role::text IN ('director', 'evaluator', 'viewer', 'committee_member') AND region_id IS NOT NULL AND agency_id IS NULL)
        OR (role::text = 'agency_editor' AND region_id IS NOT NULL AND agency_id IS NOT NULL)
      )`);
    // PostgreSQL cannot drop one value of an enum; juror and journalist stay in user_role, unused.
  }
}
