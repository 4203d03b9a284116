import type { LocalizedText } from '@prgauge/contracts';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { agencySearchTexts } from '../app/agencies/agency-search';
import { backfillSearchColumn } from '../app/common/search-column';

/**
 * Agencies are searched by the shared search key of their code and names (`name_search`), so that a name typed
 * with an Arabic Yeh or Kaf, a space for a zero-width non-joiner, or е for ё still finds the agency. The
 * existing rows are filled through the same TypeScript function the API writes with, so the two never differ.
 *
 * A trigram index (pg_trgm, a PostgreSQL contrib module like citext, which the schema already needs) serves
 * the contains-search `name_search LIKE '%key%'`, which a btree cannot.
 */
export class AddAgencyNameSearch20270110100000 implements MigrationInterface {
  name = 'AddAgencyNameSearch20270110100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query(`ALTER TABLE agency ADD COLUMN name_search text`);
    await backfillSearchColumn<{ id: string; code: string; name: LocalizedText }>(
      q,
      'agency',
      'name_search',
      'id, code, name',
      agencySearchTexts,
    );
    await q.query(`ALTER TABLE agency ALTER COLUMN name_search SET NOT NULL`);
    await q.query(`CREATE INDEX agency_name_search ON agency USING gin (name_search gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agency DROP COLUMN name_search`);
  }
}
