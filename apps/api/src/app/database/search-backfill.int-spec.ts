import { searchDocument } from '@prgauge/text';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { AddAgencyNameSearch20270110100000 } from '../../migrations/20270110100000-add-agency-name-search';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { runMigrations } from './migrate';
import { typeOrmOptions } from './typeorm-options';

/**
 * Rows written before the search columns existed get them from the migrations, through the same TypeScript
 * function the API writes with.
 */
describe('search column backfill', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    const before = migrations.slice(0, migrations.indexOf(AddAgencyNameSearch20270110100000));
    db = await new DataSource({
      ...typeOrmOptions(database.ownerUrl, 'migrations'),
      migrations: before,
    }).initialize();
    await db.runMigrations({ transaction: 'each' });
  }, 120_000);
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('fills the search columns of agencies and accounts that existed before', async () => {
    const [region] = await db.query(
      `INSERT INTO region (code, name) VALUES ('kerman', '{"fa": "کرمان"}') RETURNING id`,
    );
    const name = { fa: 'شهرداري كرمان', ru: 'Мэрия Кермана' };
    await db.query(
      `INSERT INTO agency (region_id, code, name, attributes, active) VALUES ($1, 'KER', $2, '{}', true)`,
      [region.id, name],
    );
    await db.query(
      `INSERT INTO app_user (login, display_name, password_hash, role, region_id, active, password_changed_at)
       VALUES ('fedorov.p', 'Пётр Фёдоров', 'x', 'viewer', $1, true, now())`,
      [region.id],
    );
    await runMigrations(database.ownerUrl);
    expect(await db.query(`SELECT name_search FROM app_user`)).toEqual([
      { name_search: 'fedorovp петрфедоров' },
    ]);
    const rows: { name_search: string }[] = await db.query(`SELECT name_search FROM agency`);
    expect(rows).toEqual([{ name_search: searchDocument(['KER', name.fa, name.ru]) }]);
    expect(rows[0].name_search).toBe('ker شهرداریکرمان мэриякермана');
  });
});
