import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contest's shape (vote-only, jury-only, combined) and a nomination's tie-break chain.
 * - A vote-only contest has no judging dates, so they become nullable; the shape decides which dates exist.
 * - Existing contests get the shape their data show: voting dates and nothing but vote-scored nominations make
 *   a vote-only contest (its judging dates were a placeholder and are cleared); no voting dates and nothing but
 *   jury-scored nominations make a jury-only one; the rest are combined, as every contest was before.
 * - Existing nominations keep ranking as before this change: jury score, then the earlier application.
 * `down` gives a vote-only contest its voting window as judging dates again.
 */
export class AddContestShapesAndTieRules20270201100000 implements MigrationInterface {
  name = 'AddContestShapesAndTieRules20270201100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contest
        ADD COLUMN shape text NOT NULL DEFAULT 'combined' CHECK (shape IN ('vote', 'jury', 'combined')),
        ALTER COLUMN judging_start_at DROP NOT NULL,
        ALTER COLUMN judging_end_at DROP NOT NULL`);
    await q.query(`
      UPDATE contest c
         SET shape = CASE WHEN c.voting_start_at IS NOT NULL THEN 'vote' ELSE 'jury' END
       WHERE EXISTS (SELECT 1 FROM nomination n WHERE n.contest_id = c.id)
         AND NOT EXISTS (
               SELECT 1 FROM nomination n
                WHERE n.contest_id = c.id
                  AND n.scoring_mode <> CASE WHEN c.voting_start_at IS NOT NULL THEN 'vote' ELSE 'jury' END)`);
    await q.query(`UPDATE contest SET judging_start_at = NULL, judging_end_at = NULL WHERE shape = 'vote'`);
    await q.query(`
      ALTER TABLE contest ADD CONSTRAINT contest_shape_phases CHECK (
        (shape = 'vote') = (judging_start_at IS NULL)
        AND (judging_start_at IS NULL) = (judging_end_at IS NULL)
        AND (shape <> 'vote' OR voting_start_at IS NOT NULL)
        AND (shape <> 'jury' OR voting_start_at IS NULL))`);
    await q.query(`
      ALTER TABLE nomination ADD COLUMN tie_breaks text[] NOT NULL DEFAULT '{}'
        CHECK (tie_breaks <@ ARRAY['jury_score', 'votes', 'earlier_application'])`);
    await q.query(`UPDATE nomination SET tie_breaks = ARRAY['jury_score', 'earlier_application']`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nomination DROP COLUMN tie_breaks`);
    await q.query(`ALTER TABLE contest DROP CONSTRAINT contest_shape_phases`);
    await q.query(`
      UPDATE contest SET judging_start_at = voting_start_at, judging_end_at = voting_end_at
       WHERE judging_start_at IS NULL`);
    await q.query(`
      ALTER TABLE contest
        DROP COLUMN shape,
        ALTER COLUMN judging_start_at SET NOT NULL,
        ALTER COLUMN judging_end_at SET NOT NULL`);
  }
}
