import type { ApplicationView } from '@prgauge/contracts';
import { Caller, callerFor, seedRegions } from '../../../../test/support/fixtures';
import { itemsOf } from '../../../../test/support/pages';
import { insertCandidate, insertContestWithNomination } from '../../../../test/support/privacy-fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

const ZWNJ = '\u200c';

/**
 * `GET /api/contests/:id/applications?search=` matches the candidate's name and organisation and the project's
 * title through the shared search key.
 */
describe('contest application search as people type', () => {
  let testApp: TestApp;
  let director: Caller;
  let contestId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    const { contest, nomination } = await insertContestWithNomination(testApp, fx.region.id, 'judging');
    contestId = contest.id;
    const candidates: [string, string][] = [
      ['Kerman', 'شهرداري كرمان'],
      ['Libraries', `کتابخانه${ZWNJ}های عمومی`],
      ['Алёна Фёдорова', 'Объединённая редакция'],
    ];
    for (const [name, organisation] of candidates)
      await insertCandidate(testApp, contest.id, nomination.id, name, organisation);
  }, 120_000);
  afterAll(() => testApp.close());

  async function found(search: string): Promise<string[]> {
    const r = await director({
      method: 'GET',
      url: `/api/contests/${contestId}/applications?search=${encodeURIComponent(search)}`,
    });
    expect(r.statusCode).toBe(200);
    return itemsOf<ApplicationView>(r).map((a) => a.candidateName);
  }

  it.each([
    ['Persian Yeh and Kaf for Arabic ones', 'شهرداری کرمان', ['Kerman']],
    ['a space for a zero-width non-joiner', 'کتابخانه های', ['Libraries']],
    ['е for ё in the name', 'алена федорова', ['Алёна Фёдорова']],
    ['е for ё in the organisation', 'объединенная', ['Алёна Фёдорова']],
    ['part of the project title', 'S PROJECT', ['Kerman', 'Libraries', 'Алёна Фёдорова']],
  ])('finds an application typed with %s', async (_what, search, names) => {
    expect(await found(search)).toEqual(names);
  });
});
