import { Client } from 'pg';
import { migrations } from '../../migrations';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { runMigrations } from './migrate';

describe('runMigrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('lets two instances starting together on a fresh database both succeed, applying each migration once', async () => {
    const [first, second] = await Promise.all([
      runMigrations(database.ownerUrl),
      runMigrations(database.ownerUrl),
    ]);

    // One instance applied everything while the other waited for it, then found nothing left to do.
    expect([...first, ...second].sort()).toEqual(migrations.map((migration) => migration.name).sort());
    const client = new Client({ connectionString: database.ownerUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; times: number }>(
        'SELECT name, count(*)::int AS times FROM migrations GROUP BY name',
      );
      // Both sides sorted in JavaScript: the database collation orders some names differently.
      expect([...rows].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
        migrations
          .map((migration) => ({ name: migration.name, times: 1 }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    } finally {
      await client.end();
    }
  });
});
