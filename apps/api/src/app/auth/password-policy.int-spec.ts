import type { AccountView, ContestView } from '@prgauge/contracts';
import type { InjectOptions } from 'fastify';
import { announceContest } from '../../../test/support/contest-fixtures';
import { Caller, callerFor, PASSWORD, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { itemsOf } from '../../../test/support/pages';

/** Every way a password is set refuses one that is common, patterned or built from the login or name. */
describe('password policy wherever a password is set', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let viewer: Caller;
  let contest: ContestView;
  let editorId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    viewer = await callerFor(testApp, fx.logins.viewer);
    contest = await announceContest(director, { title: { en: 'Best press secretary' }, series: 'policy' });
    const accounts = itemsOf<AccountView>(await director({ method: 'GET', url: '/api/users' }));
    editorId = accounts.find((a) => a.login === fx.logins.editorA)?.id ?? '';
  }, 120_000);
  afterAll(() => testApp.close());

  /** Each route that sets a password, with the field it names and the login the password must not echo. */
  const routes: {
    name: string;
    field: string;
    login: string;
    send: (password: string) => Promise<unknown>;
  }[] = [
    {
      name: 'changing your own password',
      field: 'newPassword',
      login: 'viewer',
      send: (password) =>
        viewer({
          method: 'POST',
          url: '/api/auth/password',
          payload: { currentPassword: PASSWORD, newPassword: password },
        }),
    },
    {
      name: 'creating an account',
      field: 'password',
      login: 'press.health',
      send: (password) =>
        director({
          method: 'POST',
          url: '/api/users',
          payload: { login: 'press.health', displayName: 'Press Health', role: 'viewer', password },
        }),
    },
    {
      name: "resetting someone's password",
      field: 'password',
      login: 'editor-a',
      send: (password) =>
        director({ method: 'POST', url: `/api/users/${editorId}/password`, payload: { password } }),
    },
    {
      name: 'registering to vote',
      field: 'password',
      login: 'a.nurlanova',
      send: (password) =>
        testApp.request({
          method: 'POST',
          url: `/api/public/contests/${contest.id}/voters`,
          remoteAddress: '203.0.113.40',
          payload: {
            login: 'a.nurlanova',
            password,
            displayName: 'Aliya Nurlanova',
            outlet: 'Zhetysu TV',
            mediaRole: 'reporter',
            workLink: 'https://zhetysu.tv/news/1',
            personalDataConsent: true,
          },
        } satisfies InjectOptions),
    },
  ];

  it.each(routes)('refuses common and personal passwords when $name, naming the field', async (route) => {
    for (const weak of ['111111111111', 'password1234', `${route.login}${route.login}`]) {
      const r = (await route.send(weak)) as { statusCode: number; json(): Record<string, unknown> };
      expect([r.statusCode, r.json()['code'], r.json()['details']]).toEqual([
        400,
        'auth.password_too_weak',
        [
          {
            field: route.field,
            code: 'field.weak_password',
            problems: [expect.stringMatching(/^is too easy to guess/)],
          },
        ],
      ]);
    }
  });

  it('refuses a password over 128 characters and takes a long passphrase of any letters', async () => {
    const tooLong = await director({
      method: 'POST',
      url: `/api/users/${editorId}/password`,
      payload: { password: 'x'.repeat(129) },
    });
    expect([tooLong.statusCode, tooLong.json().details[0].field]).toEqual([400, 'password']);
    const long = await director({
      method: 'POST',
      url: `/api/users/${editorId}/password`,
      payload: { password: 'Жетысу — это семь рек, и у каждой своё имя. '.repeat(2).slice(0, 64) },
    });
    expect(long.statusCode).toBe(204);
  });
});
