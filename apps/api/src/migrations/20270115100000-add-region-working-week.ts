import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A region's working week: its weekly days off (ISO weekdays, 1 Monday … 7 Sunday) and its public holidays.
 * Existing regions that speak Persian or count in the Solar Hijri calendar are Iranian and rest on Friday;
 * the others (Russian and Kazakh) on Saturday and Sunday. Holidays start empty: an admin adds a country's list.
 */
export class AddRegionWorkingWeek20270115100000 implements MigrationInterface {
  name = 'AddRegionWorkingWeek20270115100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE region
        ADD COLUMN days_off smallint[] NOT NULL DEFAULT '{6,7}'
          CONSTRAINT region_days_off_weekdays CHECK (days_off <@ '{1,2,3,4,5,6,7}'::smallint[])`);
    await q.query(`UPDATE region SET days_off = '{5}' WHERE default_locale = 'fa' OR calendar = 'persian'`);
    await q.query(`
      CREATE TABLE region_holiday (
        region_id uuid NOT NULL REFERENCES region(id) ON DELETE CASCADE,
        day date NOT NULL,
        name jsonb NOT NULL,
        PRIMARY KEY (region_id, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE region_holiday`);
    await q.query(`ALTER TABLE region DROP COLUMN days_off`);
  }
}
