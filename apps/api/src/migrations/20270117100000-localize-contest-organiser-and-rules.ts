import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language each contest's existing texts were written in: the default language of its first region, as
 * that region's organisers write in it. The title cannot tell: it often carries a translation beside the
 * organisers' own language. A contest whose region is gone reads as Russian, the product's first language.
 */
const CONTEST_LOCALE = `
  SELECT c.id, COALESCE(r.default_locale, 'ru') AS locale
    FROM contest c LEFT JOIN region r ON r.id = c.region_ids[1]`;

/**
 * A contest's organiser and rules become texts by language (jsonb `{ "ru": "…" }`), as its title already is.
 * Existing texts are kept under the language of the contest's first region; empty rules become none.
 * `down` keeps one language per contest (the region's, else the first filled in en, ru, kk, fa order).
 */
export class LocalizeContestOrganiserAndRules20270117100000 implements MigrationInterface {
  name = 'LocalizeContestOrganiserAndRules20270117100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contest ADD COLUMN organiser_texts jsonb, ADD COLUMN rules_texts jsonb`);
    await q.query(`
      UPDATE contest c
         SET organiser_texts = jsonb_build_object(l.locale, c.organiser),
             rules_texts = CASE WHEN btrim(COALESCE(c.rules, '')) = '' THEN NULL
                                ELSE jsonb_build_object(l.locale, c.rules) END
        FROM (${CONTEST_LOCALE}) l
       WHERE l.id = c.id`);
    await q.query(`ALTER TABLE contest DROP COLUMN organiser, DROP COLUMN rules`);
    await q.query(`ALTER TABLE contest RENAME COLUMN organiser_texts TO organiser`);
    await q.query(`ALTER TABLE contest RENAME COLUMN rules_texts TO rules`);
    await q.query(`
      ALTER TABLE contest
        ALTER COLUMN organiser SET NOT NULL,
        ADD CONSTRAINT contest_organiser_by_language CHECK (jsonb_typeof(organiser) = 'object'),
        ADD CONSTRAINT contest_rules_by_language CHECK (rules IS NULL OR jsonb_typeof(rules) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    const oneText = (column: string) =>
      `COALESCE(c.${column} ->> l.locale, c.${column} ->> 'en', c.${column} ->> 'ru',
                c.${column} ->> 'kk', c.${column} ->> 'fa')`;
    await q.query(`ALTER TABLE contest ADD COLUMN organiser_text text, ADD COLUMN rules_text text`);
    await q.query(`
      UPDATE contest c
         SET organiser_text = COALESCE(${oneText('organiser')}, ''),
             rules_text = ${oneText('rules')}
        FROM (${CONTEST_LOCALE}) l
       WHERE l.id = c.id`);
    await q.query(`ALTER TABLE contest DROP COLUMN organiser, DROP COLUMN rules`);
    await q.query(`ALTER TABLE contest RENAME COLUMN organiser_text TO organiser`);
    await q.query(`ALTER TABLE contest RENAME COLUMN rules_text TO rules`);
    await q.query(`ALTER TABLE contest ALTER COLUMN organiser SET NOT NULL`);
  }
}
