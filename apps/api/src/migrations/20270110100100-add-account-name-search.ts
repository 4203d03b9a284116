import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillSearchColumn } from '../app/common/search-column';
import { accountSearchTexts } from '../app/users/account-search';

/**
 * Accounts are searched by the shared search key of their login and display name (`name_search`), filled for
 * existing rows through the API's own function, with a trigram index for the contains-search.
 */
export class AddAccountNameSearch20270110100100 implements MigrationInterface {
  name = 'AddAccountNameSearch20270110100100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN name_search text`);
    await backfillSearchColumn<{ id: string; login: string; displayName: string }>(
      q,
      'app_user',
      'name_search',
      'id, login, display_name AS "displayName"',
      accountSearchTexts,
    );
    await q.query(`ALTER TABLE app_user ALTER COLUMN name_search SET NOT NULL`);
    await q.query(`CREATE INDEX app_user_name_search ON app_user USING gin (name_search gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN name_search`);
  }
}
