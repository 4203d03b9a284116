import type { JurorTask } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { insertAccount } from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, seedRegions } from '../../../../test/support/fixtures';
import { insertCandidate, insertContestWithNomination } from '../../../../test/support/privacy-fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { ContestJuror } from './jury.entities';

const ZWNJ = '\u200c';

/** Each candidate's organisation as the application spells it, and as a juror of the same one typed it. */
const ORGANISATIONS = {
  kerman: { application: 'شهرداري كرمان', juror: 'شهرداری کرمان' },
  libraries: { application: 'کتابخانه های عمومی', juror: `کتابخانه${ZWNJ}های عمومی` },
  newsroom: { application: 'Объединённая редакция', juror: 'ОБЪЕДИНЕННАЯ РЕДАКЦИЯ' },
} as const;
type Organisation = keyof typeof ORGANISATIONS;
const NAMES: Record<Organisation, string> = {
  kerman: 'Kerman',
  libraries: 'Libraries',
  newsroom: 'Newsroom',
};

/**
 * The automatic conflict of interest compares organisations by the shared search key: a juror is kept from
 * the candidate of their own organisation however the two spelt it (Arabic or Persian Yeh and Kaf, a space
 * or a zero-width non-joiner, ё or е), and only from that one.
 */
describe('automatic conflict of interest across spellings', () => {
  let testApp: TestApp;
  const jurors = {} as Record<Organisation, Caller>;
  let contestId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    const { contest, nomination } = await insertContestWithNomination(testApp, fx.region.id, 'judging');
    contestId = contest.id;
    for (const [key, spelling] of Object.entries(ORGANISATIONS) as [
      Organisation,
      (typeof ORGANISATIONS)[Organisation],
    ][]) {
      await insertCandidate(testApp, contest.id, nomination.id, NAMES[key], spelling.application);
      const account = await insertAccount(testApp, `juror-${key}`, 'juror', fx.region.id);
      await testApp.app
        .get(DataSource)
        .getRepository(ContestJuror)
        .save({ nominationId: nomination.id, userId: account.id, organisation: spelling.juror });
      jurors[key] = await callerFor(testApp, account.login);
    }
  }, 120_000);
  afterAll(() => testApp.close());

  async function candidatesOf(juror: Organisation): Promise<string[]> {
    const r = await jurors[juror]({ method: 'GET', url: `/api/contests/${contestId}/my-score-sheets` });
    expect(r.statusCode).toBe(200);
    return (r.json() as JurorTask[]).map((t) => t.application.candidateName).sort();
  }

  it.each([
    ['Arabic Yeh and Kaf against Persian ones', 'kerman', ['Libraries', 'Newsroom']],
    ['a space against a zero-width non-joiner', 'libraries', ['Kerman', 'Newsroom']],
    ['ё against е, in capitals', 'newsroom', ['Kerman', 'Libraries']],
  ] as const)('keeps a juror from their own organisation across %s', async (_what, juror, others) => {
    expect(await candidatesOf(juror)).toEqual(others);
  });
});
