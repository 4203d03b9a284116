import { MigrationInterface, QueryRunner } from 'typeorm';

/** Earlier years of a contest series, entered as figures when they predate the product. */
export class AddContestSeriesYears20270205100000 implements MigrationInterface {
  name = 'AddContestSeriesYears20270205100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contest_series_year (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        series text NOT NULL,
        year integer NOT NULL,
        participants integer CHECK (participants >= 0),
        applications integer CHECK (applications >= 0),
        winners integer CHECK (winners >= 0),
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contest_series_year_series_year_key UNIQUE (series, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contest_series_year`);
  }
}
