import type { AgencyView } from '@prgauge/contracts';
import { Caller, callerFor, seedRegions } from '../../../test/support/fixtures';
import { itemsOf } from '../../../test/support/pages';
import { createTestApp, TestApp } from '../../../test/support/test-app';

const ZWNJ = '\u200c';

/**
 * `GET /api/agencies?search=` matches through the shared search key, in SQL on `agency.name_search`: the
 * spellings that keyboards produce for one name find it, whether the agency was created, renamed or imported.
 */
describe('agency search as people type', () => {
  let testApp: TestApp;
  let director: Caller;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    const names: Record<string, Record<string, string>> = {
      KER: { fa: 'شهرداری کرمان' },
      LIB: { fa: `کتابخانه${ZWNJ}های عمومی` },
      NEWS: { ru: 'Объединённая редакция', en: 'United newsroom' },
      MOY: { ru: 'Мой город' },
    };
    for (const [code, name] of Object.entries(names)) {
      const r = await director({ method: 'POST', url: '/api/agencies', payload: { code, name } });
      expect(r.statusCode).toBe(201);
      ids[code] = (r.json() as AgencyView).id;
    }
  }, 120_000);
  afterAll(() => testApp.close());

  async function found(search: string): Promise<string[]> {
    const r = await director({ method: 'GET', url: `/api/agencies?search=${encodeURIComponent(search)}` });
    expect(r.statusCode).toBe(200);
    return itemsOf<AgencyView>(r).map((a) => a.code);
  }

  it.each([
    ['an Arabic Yeh', 'شهرداري', ['KER']],
    ['an Arabic Kaf', 'كرمان', ['KER']],
    ['Arabic Yeh and Kaf together, with a space', 'شهرداري كرمان', ['KER']],
    ['a space for a zero-width non-joiner', 'کتابخانه های', ['LIB']],
    ['nothing for a zero-width non-joiner', 'کتابخانههای', ['LIB']],
    ['е for ё, in capitals', 'ОБЪЕДИНЕННАЯ', ['NEWS']],
    ['quotes and extra spaces', '«объединённая   редакция»', ['NEWS']],
    ['a code in lower case', 'ker', ['KER']],
  ])('finds a name typed with %s', async (_what, search, codes) => {
    expect(await found(search)).toEqual(codes);
  });

  it('keeps й apart from и', async () => {
    expect(await found('Мои город')).toEqual([]);
    expect(await found('мой')).toEqual(['MOY']);
  });

  it('does not narrow on a search without letters or digits', async () => {
    expect((await found('«  »')).length).toBe(7);
  });

  it('finds an agency by its new name once renamed, and no longer by the old one', async () => {
    const r = await director({
      method: 'PATCH',
      url: `/api/agencies/${ids['MOY']}`,
      payload: { version: 1, name: { ru: 'Наш посёлок' } },
    });
    expect(r.statusCode).toBe(200);
    expect(await found('наш поселок')).toEqual(['MOY']);
    expect(await found('мой город')).toEqual([]);
  });

  it('finds agencies imported from a file', async () => {
    const r = await director({
      method: 'POST',
      url: '/api/agencies/import',
      payload: 'code;name_fa;pr_staff\nIMP;اداره كل ارشاد;2\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(r.statusCode).toBe(201);
    expect(await found('اداره کل ارشاد')).toEqual(['IMP']);
  });
});
