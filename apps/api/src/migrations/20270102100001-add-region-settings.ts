import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A region's time zone, default language and calendar, and a version for concurrent edits. Existing rows get
 * Moscow time, Russian and the Gregorian calendar, except the demo's South Khorasan, which is Iranian: Tehran
 * time, Persian and the Solar Hijri calendar.
 */
export class AddRegionSettings20270102100001 implements MigrationInterface {
  name = 'AddRegionSettings20270102100001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE region
        ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/Moscow',
        ADD COLUMN default_locale text NOT NULL DEFAULT 'ru'
          CONSTRAINT region_default_locale_known CHECK (default_locale IN ('ru', 'kk', 'fa', 'en')),
        ADD COLUMN calendar text NOT NULL DEFAULT 'gregorian'
          CONSTRAINT region_calendar_known CHECK (calendar IN ('gregorian', 'persian')),
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(
      `UPDATE region SET time_zone = 'Asia/Tehran', default_locale = 'fa', calendar = 'persian'
        WHERE code = 'south-khorasan'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE region DROP COLUMN version, DROP COLUMN calendar, DROP COLUMN default_locale, DROP COLUMN time_zone`,
    );
  }
}
