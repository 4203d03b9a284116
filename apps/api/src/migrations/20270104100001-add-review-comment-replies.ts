import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review loop: an agency answers a returned comment with a reply, and a comment closes when the submission
 * is resubmitted, so that only the latest return's comments must be answered. Comments of submissions that are
 * not returned now were answered by an earlier resubmission, so they start closed.
 */
export class AddReviewCommentReplies20270104100001 implements MigrationInterface {
  name = 'AddReviewCommentReplies20270104100001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE review_comment
        ADD COLUMN reply text,
        ADD COLUMN replied_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        ADD COLUMN replied_at timestamptz,
        ADD COLUMN closed_at timestamptz`);
    await q.query(`
      UPDATE review_comment c SET closed_at = s.updated_at
        FROM submission s WHERE s.id = c.submission_id AND s.status <> 'returned'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE review_comment
        DROP COLUMN closed_at,
        DROP COLUMN replied_at,
        DROP COLUMN replied_by,
        DROP COLUMN reply`);
  }
}
