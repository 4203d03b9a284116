import { MigrationInterface, QueryRunner } from 'typeorm';
import { searchDocument } from '@prgauge/text';
import { accountSearchTexts } from '../app/users/account-search';

const PLACEHOLDER = 'National administrator';

/**
 * The first admin was named "National administrator", in English on every screen, Persian and Russian alike.
 * An unnamed account reads as its role in the reader's language, so the placeholder goes where nobody changed
 * it; a name an admin gave stays.
 */
export class UnnameFirstAdmin20270223100000 implements MigrationInterface {
  name = 'UnnameFirstAdmin20270223100000';

  async up(q: QueryRunner): Promise<void> {
    await rename(q, PLACEHOLDER, '');
  }

  async down(q: QueryRunner): Promise<void> {
    await rename(q, '', PLACEHOLDER);
  }
}

/** Renames admins named `from` to `to`, with the search key the API would write for the new name. */
async function rename(q: QueryRunner, from: string, to: string): Promise<void> {
  const admins: { id: string; login: string }[] = await q.query(
    `SELECT id, login FROM app_user WHERE role = 'admin' AND display_name = $1`,
    [from],
  );
  for (const admin of admins) {
    await q.query(`UPDATE app_user SET display_name = $2, name_search = $3 WHERE id = $1`, [
      admin.id,
      to,
      searchDocument(accountSearchTexts({ login: admin.login, displayName: to })),
    ]);
  }
}
