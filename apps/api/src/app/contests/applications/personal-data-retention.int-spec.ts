import { DataSource } from 'typeorm';
import { RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import {
  datesEndedDaysAgo,
  insertCandidate,
  insertContestWithNomination,
  insertVoter,
  SeededCandidate,
} from '../../../../test/support/privacy-fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { PersonalDataRetention } from './personal-data-retention';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** The test installation keeps the default period: 1095 days after results. */
describe('retention of personal data', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let ds: DataSource;
  let retention: PersonalDataRetention;

  /** A contest with one candidate and one voter, each with contact data and a file. */
  async function contestWith(label: string, extra: Parameters<typeof insertContestWithNomination>[3]) {
    const { contest, nomination } = await insertContestWithNomination(testApp, fx.region.id, 'over', extra);
    const candidate = await insertCandidate(
      testApp,
      contest.id,
      nomination.id,
      `${label} Candidate`,
      'Akimat',
    );
    const voter = await insertVoter(testApp, contest.id, fx.region.id, `${label.toLowerCase()}-voter`);
    return { contestId: contest.id, candidate, voter };
  }
  const applicant = async (c: SeededCandidate) =>
    (
      await ds.query(
        `SELECT contact_email AS email, filer_ip_hash IS NOT NULL AS address,
                (SELECT count(*)::int FROM application_attachment f WHERE f.application_id = a.id) AS files
           FROM contest_application a WHERE id = $1`,
        [c.applicationId],
      )
    )[0];
  const voterRow = async (v: Awaited<ReturnType<typeof insertVoter>>) =>
    (
      await ds.query(
        `SELECT v.work_link AS link, v.document IS NOT NULL AS document, u.login, u.active
           FROM contest_voter v JOIN app_user u ON u.id = v.user_id WHERE v.id = $1`,
        [v.voterId],
      )
    )[0];

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    ds = testApp.app.get(DataSource);
    retention = testApp.app.get(PersonalDataRetention);
  }, 120_000);
  afterAll(() => testApp.close());

  it('erases contact data and files past the period, and nothing newer', async () => {
    const expired = await contestWith('Expired', { resultsPublishedAt: daysAgo(1096) });
    const recent = await contestWith('Recent', { resultsPublishedAt: daysAgo(1094) });
    // Never published: the period runs from the end of voting.
    const abandoned = await contestWith('Abandoned', {
      ...datesEndedDaysAgo(1100),
      resultsPublishedAt: null,
    });

    expect(await retention.eraseExpired()).toEqual({ applications: 2, voters: 2 });

    for (const erased of [expired, abandoned]) {
      expect(await applicant(erased.candidate)).toEqual({ email: null, address: false, files: 0 });
      expect(await voterRow(erased.voter)).toEqual({
        link: null,
        document: false,
        login: `erased:${erased.voter.userId}`,
        active: false,
      });
    }
    expect(await applicant(recent.candidate)).toEqual({
      email: recent.candidate.contactEmail,
      address: true,
      files: 1,
    });
    expect(await voterRow(recent.voter)).toEqual({
      link: recent.voter.workLink,
      document: true,
      login: recent.voter.login,
      active: true,
    });
    const audit = await ds.query(
      `SELECT entity_id, changes, user_login FROM audit_entry WHERE action = 'contest.personal-data.expire'
        ORDER BY entity_id, changes::text`,
    );
    expect(audit).toEqual(
      [expired, abandoned]
        .flatMap(({ contestId }) => [
          {
            entity_id: contestId,
            changes: [{ field: 'applicants', old: null, new: 1 }],
            user_login: 'system',
          },
          { entity_id: contestId, changes: [{ field: 'voters', old: null, new: 1 }], user_login: 'system' },
        ])
        .sort((a, b) => a.entity_id.localeCompare(b.entity_id)),
    );
  });

  it('erases each record once when two instances run together, and again finds nothing', async () => {
    const { contest, nomination } = await insertContestWithNomination(testApp, fx.region.id, 'over', {
      resultsPublishedAt: daysAgo(2000),
    });
    for (const name of ['Ali One', 'Bota Two', 'Cyrus Three'])
      await insertCandidate(testApp, contest.id, nomination.id, name, 'Akimat');
    // A second instance of the API on the same database.
    const other = await createTestApp(testApp.database.url);
    const runs = await Promise.all([
      retention.eraseExpired(),
      other.app.get(PersonalDataRetention).eraseExpired(),
    ]).finally(() => other.close());
    expect(runs.reduce((sum, r) => sum + r.applications, 0)).toBe(3);
    const audit = await ds.query(
      `SELECT changes FROM audit_entry WHERE action = 'contest.personal-data.expire' AND entity_id = $1`,
      [contest.id],
    );
    expect(audit).toEqual([{ changes: [{ field: 'applicants', old: null, new: 3 }] }]);
    expect(await retention.eraseExpired()).toEqual({ applications: 0, voters: 0 });
  });
});
