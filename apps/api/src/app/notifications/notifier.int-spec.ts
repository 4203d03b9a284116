import { DataSource } from 'typeorm';
import { seedRegions, type RegionFixture } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { Notifier, type NotificationEvent } from './notifier';

describe('recording a notification with its event', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let fx: RegionFixture;
  let notifier: Notifier;

  beforeAll(async () => {
    testApp = await createTestApp(undefined, { JOB_WORKER: 'false' });
    ds = testApp.app.get(DataSource);
    notifier = testApp.app.get(Notifier);
    fx = await seedRegions(testApp);
  });
  afterAll(() => testApp?.close());

  const returned = (key: string): NotificationEvent => ({
    kind: 'submission.returned',
    key,
    regionId: fx.region.id,
    audience: { regionId: fx.region.id, roles: ['agency_editor'], agencyIds: [fx.agencies.a.id] },
    params: {
      agency: fx.agencies.a.name,
      cycle: '2026',
      reviewer: 'director',
      items: [
        { field: { ru: 'Пресс-релизы', en: 'Press releases' }, text: 'Нет ссылок', link: '/x?field=a' },
      ],
    },
    link: '/cycles/c/submissions/s',
  });
  const rows = (table: string, key: string) =>
    ds.query(
      `SELECT * FROM ${table} WHERE ${table === 'notification' ? 'event_key' : 'idempotency_key'} LIKE $1`,
      [`${key}%`],
    ) as Promise<Record<string, unknown>[]>;

  it('tells only the editors of the agency, in the bell and by email in their language, once per key', async () => {
    await ds.transaction((m) => notifier.notify(m, returned('k1')));
    await ds.transaction((m) => notifier.notify(m, returned('k1')));
    const notes = await rows('notification', 'k1');
    expect(notes).toHaveLength(1);
    const mails = await rows('mail_message', 'k1');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to_address: 'editor-a@prgauge.example', locale: 'ru', state: 'queued' });
    expect(mails[0]['subject']).toBe('Отчёт Ведомство A возвращён на доработку');
    expect(mails[0]['text_body']).toContain('Пресс-релизы: Нет ссылок');
    expect(mails[0]['text_body']).toContain('http://localhost');
  });

  it('records nothing when the event is rolled back', async () => {
    await expect(
      ds.transaction(async (m) => {
        await notifier.notify(m, returned('k2'));
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await rows('notification', 'k2')).toHaveLength(0);
    expect(await rows('mail_message', 'k2')).toHaveLength(0);
  });

  it("follows the account's own choice over the region's default", async () => {
    const [editor] = await ds.query(`SELECT id FROM app_user WHERE login = 'editor-a'`);
    await ds.query(
      `INSERT INTO region_notification_default VALUES ($1, 'submission.returned', 'email', false)`,
      [fx.region.id],
    );
    await ds.query(`INSERT INTO notification_preference VALUES ($1, 'submission.returned', 'app', false)`, [
      editor.id,
    ]);
    await ds.transaction((m) => notifier.notify(m, returned('k3')));
    expect(await rows('notification', 'k3')).toHaveLength(0);
    expect(await rows('mail_message', 'k3')).toHaveLength(0);
  });
});
