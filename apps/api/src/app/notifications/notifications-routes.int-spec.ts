import type { NotificationPreferenceView, NotificationView, Page } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { setClock, releaseClock } from '../../../test/support/clock';
import { callerFor, seedRegions, type Caller, type RegionFixture } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { Notifier, type NotificationEvent } from './notifier';

describe('the bell and the choice of what one hears of', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let fx: RegionFixture;
  let notifier: Notifier;
  let editor: Caller;
  let otherEditor: Caller;
  let director: Caller;

  beforeAll(async () => {
    testApp = await createTestApp(undefined, { JOB_WORKER: 'false' });
    ds = testApp.app.get(DataSource);
    notifier = testApp.app.get(Notifier);
    fx = await seedRegions(testApp);
    await ds.query(`UPDATE region SET time_zone = 'Asia/Tehran' WHERE id = $1`, [fx.region.id]);
    // Sessions last from the app's clock, so the callers sign in at the time the notifications are recorded.
    setClock(testApp, '2027-03-01T07:00:00Z');
    [editor, otherEditor, director] = await Promise.all(
      [fx.logins.editorA, fx.logins.editorB, fx.logins.director].map((login) => callerFor(testApp, login)),
    );
  });
  afterAll(async () => {
    releaseClock(testApp);
    await testApp?.close();
  });

  const returned = (key: string, agency: string): NotificationEvent => ({
    kind: 'submission.returned',
    key,
    regionId: fx.region.id,
    audience: { regionId: fx.region.id, roles: ['agency_editor'], agencyIds: [fx.agencies.a.id] },
    params: {
      agency,
      cycle: '2026',
      reviewer: 'Директор',
      items: [
        {
          field: { ru: 'Пресс-релизы', fa: 'بیانیه‌ها' },
          text: 'Нет ссылок',
          link: '/x?field=media.releases',
        },
      ],
    },
    link: `/submissions/${key}`,
  });
  const record = async (key: string, agency: string, at: string) => {
    setClock(testApp, at);
    await ds.transaction((m) => notifier.notify(m, returned(key, agency)));
  };
  const get = async <T>(caller: Caller, url: string): Promise<T> => {
    const response = await caller({ method: 'GET', url });
    expect([url, response.statusCode]).toEqual([url, 200]);
    return response.json() as T;
  };
  const list = (caller: Caller, query = '') =>
    get<Page<NotificationView>>(caller, `/api/notifications${query}`);
  const unread = async (caller: Caller) =>
    (await get<{ unread: number }>(caller, '/api/notifications/unread')).unread;

  it("lists one's own notifications, newest first and paged, in one's language", async () => {
    await record('first', 'Ведомство A', '2027-03-01T08:00:00Z');
    await record('second', 'Ведомство A2', '2027-03-01T08:05:00Z');
    await record('third', 'Ведомство A3', '2027-03-01T08:10:00Z');

    const page = await list(editor, '?limit=2');
    expect(page.total).toBe(3);
    expect(page.items.map((n) => n.link)).toEqual(['/submissions/third', '/submissions/second']);
    expect(page.items[0]).toMatchObject({
      kind: 'submission.returned',
      title: 'Отчёт Ведомство A3 возвращён на доработку',
      body: ['Директор вернул(а) отчёт за цикл «2026» с замечаниями:'],
      items: [{ text: 'Пресс-релизы: Нет ссылок', link: '/x?field=media.releases' }],
      createdAt: '2027-03-01T08:10:00.000Z',
      readAt: null,
    });
    expect((await list(editor, '?offset=2')).items.map((n) => n.link)).toEqual(['/submissions/first']);
    expect((await list(otherEditor)).total).toBe(0);

    const response = await editor({ method: 'PATCH', url: '/api/auth/me', payload: { locale: 'fa' } });
    expect(response.statusCode).toBe(200);
    const [persian] = (await list(editor, '?limit=1')).items;
    expect(persian.title).toBe('گزارش \u2068Ведомство A3\u2069 برای اصلاح بازگردانده شد');
    expect(persian.items[0].text).toBe('\u2068بیانیه‌ها\u2069: \u2068Нет ссылок\u2069');
    await editor({ method: 'PATCH', url: '/api/auth/me', payload: { locale: 'ru' } });
    // The dashboard asks in the language it shows, whatever the account chose.
    const [kazakh] = (await list(editor, '?limit=1&lang=kk')).items;
    expect(kazakh.title).toBe('Ведомство A3 есебі пысықтауға қайтарылды');
    const wrong = await editor({ method: 'GET', url: '/api/notifications?lang=xx' });
    expect([wrong.statusCode, wrong.json().details[0].field]).toEqual([400, 'lang']);
  });

  it('counts the unread, marks one read, then all, and answers 404 for anyone else’s', async () => {
    expect(await unread(editor)).toBe(3);
    const [newest] = (await list(editor)).items;

    const stranger = await otherEditor({ method: 'POST', url: `/api/notifications/${newest.id}/read` });
    expect([stranger.statusCode, stranger.json().code]).toEqual([404, 'record.not_found']);
    const bad = await editor({ method: 'POST', url: '/api/notifications/not-an-id/read' });
    expect(bad.statusCode).toBe(400);

    setClock(testApp, '2027-03-01T09:00:00Z');
    const read = await editor({ method: 'POST', url: `/api/notifications/${newest.id}/read` });
    expect([read.statusCode, read.json()]).toEqual([200, { unread: 2 }]);
    setClock(testApp, '2027-03-01T09:30:00Z');
    await editor({ method: 'POST', url: `/api/notifications/${newest.id}/read` });
    expect((await list(editor)).items[0].readAt).toBe('2027-03-01T09:00:00.000Z');

    const all = await editor({ method: 'POST', url: '/api/notifications/read-all' });
    expect([all.statusCode, all.json()]).toEqual([200, { unread: 0 }]);
    expect((await list(editor)).items.every((n) => n.readAt !== null)).toBe(true);
  });

  it("shows one's own choice over the region's default, and refuses to turn off a mandatory kind", async () => {
    const put = (caller: Caller, url: string, preferences: object[]) =>
      caller({ method: 'PUT', url, payload: { preferences } });
    const defaultsUrl = `/api/regions/${fx.region.id}/notification-defaults`;
    const kind = (rows: NotificationPreferenceView[], name: string) => rows.find((r) => r.kind === name);

    const fresh = await get<NotificationPreferenceView[]>(editor, '/api/notifications/preferences');
    expect(kind(fresh, 'cycle.opened')).toEqual({
      kind: 'cycle.opened',
      app: true,
      email: true,
      optional: true,
    });
    expect(kind(fresh, 'account.password_reset')).toMatchObject({ email: true, optional: false });

    const byDirector = await put(director, defaultsUrl, [{ kind: 'cycle.opened', app: true, email: false }]);
    expect(byDirector.statusCode).toBe(200);
    expect(kind(byDirector.json(), 'cycle.opened')).toMatchObject({ app: true, email: false });
    expect((await put(editor, defaultsUrl, [])).statusCode).toBe(403);
    const south = await callerFor(testApp, fx.logins.foreignDirector);
    expect((await south({ method: 'GET', url: defaultsUrl })).statusCode).toBe(404);

    const inherited = await get<NotificationPreferenceView[]>(editor, '/api/notifications/preferences');
    expect(kind(inherited, 'cycle.opened')).toMatchObject({ app: true, email: false });
    const own = await put(editor, '/api/notifications/preferences', [
      { kind: 'cycle.opened', app: false, email: true },
    ]);
    expect(kind(own.json(), 'cycle.opened')).toMatchObject({ app: false, email: true });
    expect(kind(own.json(), 'deadline.reminder')).toMatchObject({ app: true, email: true });

    const mandatory = await put(editor, '/api/notifications/preferences', [
      { kind: 'cycle.opened', app: true, email: true },
      { kind: 'account.password_reset', app: false, email: false },
    ]);
    expect(mandatory.statusCode).toBe(400);
    expect(mandatory.json().details).toEqual([
      expect.objectContaining({
        field: 'preferences[1].email',
        code: 'notification.mandatory_kind',
        params: { kind: 'account.password_reset' },
      }),
    ]);
    // Refused whole: the first choice was not saved either.
    const after = await get<NotificationPreferenceView[]>(editor, '/api/notifications/preferences');
    expect(kind(after, 'cycle.opened')).toMatchObject({ app: false, email: true });

    const unknown = await put(editor, '/api/notifications/preferences', [
      { kind: 'nothing', app: 1, email: true },
    ]);
    expect(unknown.json().details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['preferences[0].kind', 'field.not_in_list'],
      ['preferences[0].app', 'field.type'],
    ]);
    const twice = await put(editor, '/api/notifications/preferences', [
      { kind: 'cycle.opened', app: true, email: true },
      { kind: 'cycle.opened', app: false, email: true },
    ]);
    expect([twice.statusCode, twice.json().details[0].code]).toEqual([400, 'field.not_unique']);

    const [audit] = await ds.query(
      `SELECT changes FROM audit_entry WHERE entity = 'region_notification_default' AND entity_id = $1`,
      [fx.region.id],
    );
    expect(audit.changes).toEqual([{ field: 'cycle.opened.email', old: true, new: false }]);
  });
});
