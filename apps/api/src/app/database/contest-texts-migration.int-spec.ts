import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { LocalizeContestOrganiserAndRules20270117100000 } from '../../migrations/20270117100000-localize-contest-organiser-and-rules';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { typeOrmOptions } from './typeorm-options';

const DATES = `'2026-01-01Z', '2026-02-01Z', '2026-02-02Z', '2026-03-01Z'`;

/**
 * Contests written while organiser and rules were plain text keep them, under the language of their first
 * region, and `down` gives the plain text back.
 */
describe('contest texts by language: the migration', () => {
  let database: TestDatabase;
  let db: DataSource;
  const id = { tehran: '', moscow: '', empty: '' };

  const contests = async () =>
    Object.fromEntries(
      (
        (await db.query(`SELECT id, organiser, rules FROM contest`)) as {
          id: string;
          organiser: unknown;
          rules: unknown;
        }[]
      ).map((c) => [c.id, { organiser: c.organiser, rules: c.rules }]),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    const at = migrations.indexOf(LocalizeContestOrganiserAndRules20270117100000);
    db = await new DataSource({
      ...typeOrmOptions(database.ownerUrl, 'migrations'),
      migrations: migrations.slice(0, at),
    }).initialize();
    await db.runMigrations({ transaction: 'each' });
    const [tehran] = await db.query(
      `INSERT INTO region (code, name, default_locale) VALUES ('tehran', '{"fa": "تهران"}', 'fa') RETURNING id`,
    );
    const [moscow] = await db.query(
      `INSERT INTO region (code, name) VALUES ('moscow', '{"ru": "Москва"}') RETURNING id`,
    );
    const insert = async (regionId: string, organiser: string, rules: string | null) =>
      (
        await db.query(
          `INSERT INTO contest (title, organiser, region_ids, year, series, rules, applications_open_at,
             applications_close_at, judging_start_at, judging_end_at)
           VALUES ('{"en": "Contest"}', $1, ARRAY[$2]::uuid[], 2026, 'c', $3, ${DATES}) RETURNING id`,
          [organiser, regionId, rules],
        )
      )[0].id as string;
    id.tehran = await insert(tehran.id, 'اداره روابط عمومی', 'یک رأی در هر بخش.');
    id.moscow = await insert(moscow.id, 'Управление по связям', 'Один голос в номинации.');
    id.empty = await insert(moscow.id, 'Медиахаб', '  ');
    await db.destroy();
    db = await new DataSource({
      ...typeOrmOptions(database.ownerUrl, 'migrations'),
      migrations: migrations.slice(0, at + 1),
    }).initialize();
    await db.runMigrations({ transaction: 'each' });
  }, 120_000);
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it("keeps each contest's texts under its region's language, and blank rules as none", async () => {
    expect(await contests()).toEqual({
      [id.tehran]: { organiser: { fa: 'اداره روابط عمومی' }, rules: { fa: 'یک رأی در هر بخش.' } },
      [id.moscow]: { organiser: { ru: 'Управление по связям' }, rules: { ru: 'Один голос в номинации.' } },
      [id.empty]: { organiser: { ru: 'Медиахаб' }, rules: null },
    });
  });

  it("gives back plain text on the way down: the region's language first, else another filled one", async () => {
    await db.query(`UPDATE contest SET organiser = '{"en": "PR office", "kk": "Басқарма"}' WHERE id = $1`, [
      id.moscow,
    ]);
    await db.undoLastMigration({ transaction: 'each' });
    expect(await contests()).toEqual({
      [id.tehran]: { organiser: 'اداره روابط عمومی', rules: 'یک رأی در هر بخش.' },
      [id.moscow]: { organiser: 'PR office', rules: 'Один голос в номинации.' },
      [id.empty]: { organiser: 'Медиахаб', rules: null },
    });
  });
});
