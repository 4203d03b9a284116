import type { AccountView } from '@prgauge/contracts';
import { Caller, callerFor, seedRegions } from '../../../test/support/fixtures';
import { itemsOf } from '../../../test/support/pages';
import { createTestApp, TestApp } from '../../../test/support/test-app';

const ZWNJ = '\u200c';

/** `GET /api/users?search=` matches logins and names through the shared search key, in SQL. */
describe('account search as people type', () => {
  let testApp: TestApp;
  let director: Caller;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    const names: Record<string, string> = {
      'fedorov.p': 'Пётр Фёдоров',
      'karimi.m': 'مریم کریمی، کارشناس روابط عمومی',
      'ahmadi.r': `رضا احمدی، مسئول کتابخانه${ZWNJ}ها`,
    };
    for (const [login, displayName] of Object.entries(names)) {
      const r = await director({
        method: 'POST',
        url: '/api/users',
        payload: { login, displayName, role: 'viewer', password: 'a long enough password' },
      });
      expect(r.statusCode).toBe(201);
      ids[login] = (r.json() as AccountView).id;
    }
  }, 120_000);
  afterAll(() => testApp.close());

  async function found(search: string): Promise<string[]> {
    const r = await director({ method: 'GET', url: `/api/users?search=${encodeURIComponent(search)}` });
    expect(r.statusCode).toBe(200);
    return itemsOf<AccountView>(r).map((a) => a.login);
  }

  it.each([
    ['е for ё', 'петр федоров', ['fedorov.p']],
    ['Arabic Yeh and Kaf', 'كريمي', ['karimi.m']],
    ['an Arabic Yeh in a phrase', 'روابط عمومي', ['karimi.m']],
    ['a space for a zero-width non-joiner', 'کتابخانه ها', ['ahmadi.r']],
    ['a login with other punctuation', 'fedorov p', ['fedorov.p']],
  ])('finds a name typed with %s', async (_what, search, logins) => {
    expect(await found(search)).toEqual(logins);
  });

  it('finds an account by its new name once renamed', async () => {
    const r = await director({
      method: 'PATCH',
      url: `/api/users/${ids['fedorov.p']}`,
      payload: { version: 1, displayName: 'Алёна Семёнова' },
    });
    expect(r.statusCode).toBe(200);
    expect(await found('алена')).toEqual(['fedorov.p']);
    expect(await found('петр')).toEqual([]);
  });
});
