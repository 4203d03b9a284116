import type { ApplicationView, ContestResults, ContestView } from '@prgauge/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { announceContest, refusalOf } from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, PASSWORD, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { multipartBody } from '../../../../test/support/multipart';
import {
  insertCandidate,
  insertContestWithNomination,
  insertVoter,
  SeededCandidate,
} from '../../../../test/support/privacy-fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { demoPdf } from '../../../demo/demo-files';

const REPORTER = 'a.nurlanova';
const CONSENT_REFUSED = [{ field: 'personalDataConsent', code: 'consent.required' }];

describe('personal data of applicants and voters', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let ds: DataSource;
  let director: Caller;
  let southDirector: Caller;
  let editor: Caller;

  const refusedFields = (r: { json: () => { details?: { field: string; code: string }[] } }) =>
    (r.json().details ?? []).map(({ field, code }) => ({ field, code }));

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    ds = testApp.app.get(DataSource);
    director = await callerFor(testApp, fx.logins.director);
    southDirector = await callerFor(testApp, fx.logins.foreignDirector);
    editor = await callerFor(testApp, fx.logins.editorA);
  }, 120_000);
  afterAll(() => testApp.close());

  describe('consent', () => {
    let contest: ContestView;
    const application = (consent: object) => ({
      candidateName: 'Aigerim Sadykova',
      candidatePosition: 'Press secretary',
      candidateOrganisation: 'Heat supply company',
      nominationIds: [contest.nominations[0].id],
      projectTitle: 'Live broadcasts',
      description: 'Every repair streamed live, with answers on air.',
      ...consent,
    });
    /** The time of consent the API answered with or, for the registration's receipt, that it stored. */
    const consentOf = async (r: LightMyRequestResponse, login: string): Promise<string | null> => {
      if (r.statusCode === 202) {
        const [voter] = await ds.query(
          `SELECT v.personal_data_consent_at AS at FROM contest_voter v JOIN app_user u ON u.id = v.user_id
            WHERE u.login = $1`,
          [login],
        );
        return (voter?.at as Date | undefined)?.toISOString() ?? null;
      }
      const body = r.json() as ApplicationView | { application: ApplicationView };
      return ('application' in body ? body.application : body).personalDataConsentAt;
    };
    const routes = () => [
      {
        url: `/api/contests/${contest.id}/applications`,
        accepted: 201,
        send: (payload: object) =>
          editor({
            method: 'POST',
            url: `/api/contests/${contest.id}/applications`,
            payload: { ...application(payload), filedBy: 'organisation' },
          }),
      },
      {
        url: `/api/public/contests/${contest.id}/applications`,
        accepted: 201,
        send: (payload: object) =>
          testApp.request({
            method: 'POST',
            url: `/api/public/contests/${contest.id}/applications`,
            payload: { ...application(payload), contactEmail: 'aigerim@example.kz' },
          }),
      },
      {
        url: `/api/public/contests/${contest.id}/voters`,
        // A receipt, the same whether or not the login existed.
        accepted: 202,
        send: (payload: object) =>
          testApp.request({
            method: 'POST',
            url: `/api/public/contests/${contest.id}/voters`,
            payload: {
              login: REPORTER,
              password: PASSWORD,
              displayName: 'Aliya Nurlanova',
              outlet: 'Zhetysu TV',
              mediaRole: 'reporter',
              workLink: 'https://zhetysu.tv/news/1',
              ...payload,
            },
          }),
      },
    ];

    beforeAll(async () => {
      contest = await announceContest(director, { title: { en: 'Consent' }, series: 'consent' });
      const r = await director({
        method: 'POST',
        url: `/api/contests/${contest.id}/nominations`,
        payload: { name: { en: 'Project' }, scoringMode: 'vote' },
      });
      contest = { ...contest, nominations: [r.json()] };
    });

    it('refuses an application or registration without an explicit true, naming the field and its code', async () => {
      for (const route of routes()) {
        for (const consent of [{}, { personalDataConsent: false }, { personalDataConsent: 'true' }]) {
          const r = await route.send(consent);
          expect([route.url, consent, r.statusCode, refusedFields(r)]).toEqual([
            route.url,
            consent,
            400,
            CONSENT_REFUSED,
          ]);
        }
      }
    });

    it('stores when the consent was given', async () => {
      for (const route of routes()) {
        const before = Date.now();
        const r = await route.send({ personalDataConsent: true });
        expect([route.url, r.statusCode]).toEqual([route.url, route.accepted]);
        const given = Date.parse((await consentOf(r, REPORTER)) ?? '');
        expect([route.url, given >= before - 1000 && given <= Date.now() + 1000]).toEqual([route.url, true]);
      }
    });
  });

  describe('erasure at an organiser’s request', () => {
    let contestId: string;
    let nominationId: string;
    let winner: SeededCandidate;
    let voter: Awaited<ReturnType<typeof insertVoter>>;
    let published: string;

    const results = async () =>
      (await testApp.request({ method: 'GET', url: `/api/public/contests/${contestId}/results` })).json();
    const erase = (caller: Caller, what: 'contest-applications' | 'contest-voters', id: string) =>
      caller({
        method: 'POST',
        url: `/api/${what}/${id}/personal-data-erasure`,
        payload: { reason: 'Letter of 3 March, no. 12' },
      });
    const auditOf = (id: string): Promise<Record<string, unknown>[]> =>
      ds.query(`SELECT * FROM audit_entry WHERE entity_id = $1 AND action LIKE '%personal-data.erase'`, [id]);

    beforeAll(async () => {
      const seeded = await insertContestWithNomination(testApp, fx.region.id, 'over');
      contestId = seeded.contest.id;
      nominationId = seeded.nomination.id;
      winner = await insertCandidate(testApp, contestId, nominationId, 'Gulnar Winner', 'Akimat');
      await insertCandidate(testApp, contestId, nominationId, 'Marat Second', 'University');
      voter = await insertVoter(testApp, contestId, fx.region.id, 'erased-reporter', {
        nominationId,
        applicationId: winner.applicationId,
      });
      const publish = await director({ method: 'POST', url: `/api/contests/${contestId}/results/publish` });
      expect(publish.statusCode).toBe(201);
      published = JSON.stringify(await results());
      expect((JSON.parse(published) as ContestResults).nominations[0].rows[0].votes).toBe(1);
    });

    it('answers another region’s organiser exactly as for an unknown id, and 403 to a filer, erasing nothing', async () => {
      const unknown = '00000000-0000-4000-8000-000000000001';
      for (const [path, id, record] of [
        ['contest-applications', winner.applicationId, 'application'],
        ['contest-voters', voter.voterId, 'voter'],
      ] as const) {
        const missing = refusalOf(await erase(director, path, unknown));
        expect(missing).toEqual([404, 'record.not_found', { record }]);
        expect(refusalOf(await erase(southDirector, path, id))).toEqual(missing);
      }
      expect((await erase(editor, 'contest-applications', winner.applicationId)).statusCode).toBe(403);
      const [row] = await ds.query(
        `SELECT contact_email, (SELECT count(*)::int FROM application_attachment WHERE application_id = a.id) AS files
           FROM contest_application a WHERE id = $1`,
        [winner.applicationId],
      );
      expect(row).toEqual({ contact_email: winner.contactEmail, files: 1 });
    });

    it('erases an applicant’s contact data and files, keeps the record, and audits it in the same stroke', async () => {
      const mailTo = async () =>
        (
          await ds.query(`SELECT count(*)::int AS n FROM mail_message WHERE lower(to_address) = lower($1)`, [
            winner.contactEmail,
          ])
        )[0].n;
      // The results were mailed to the applicant's address: that message is personal data too.
      expect(await mailTo()).toBeGreaterThan(0);
      const r = await erase(director, 'contest-applications', winner.applicationId);
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({
        candidateName: 'Gulnar Winner',
        contactEmail: null,
        attachments: [],
        personalDataErasedAt: expect.any(String),
      });
      const [row] = await ds.query(
        `SELECT contact_email, filer_ip_hash, upload_token_hash,
                (SELECT count(*)::int FROM application_attachment WHERE application_id = a.id) AS files
           FROM contest_application a WHERE id = $1`,
        [winner.applicationId],
      );
      expect(row).toEqual({ contact_email: null, filer_ip_hash: null, upload_token_hash: null, files: 0 });
      expect(await mailTo()).toBe(0);
      const audit = await auditOf(winner.applicationId);
      expect(audit.map((a) => [a['action'], a['user_login'], a['reason']])).toEqual([
        ['contest.application.personal-data.erase', fx.logins.director, 'Letter of 3 March, no. 12'],
      ]);
      expect(JSON.stringify(audit)).not.toContain(winner.contactEmail);
    });

    it('takes no new file on an erased application, and a second request changes nothing', async () => {
      const body = multipartBody({}, { name: 'late.pdf', content: demoPdf('late') });
      const attach = await director({
        method: 'POST',
        url: `/api/contest-applications/${winner.applicationId}/attachments`,
        ...body,
      });
      const [{ at }] = await ds.query(
        'SELECT personal_data_erased_at AS at FROM contest_application WHERE id = $1',
        [winner.applicationId],
      );
      const erasedAt = (at as Date).toISOString();
      expect(refusalOf(attach)).toEqual([409, 'personal_data.erased', { erasedAt }]);
      expect((await erase(director, 'contest-applications', winner.applicationId)).statusCode).toBe(200);
      expect(await auditOf(winner.applicationId)).toHaveLength(1);
    });

    it('erases a voter’s link, document and account, and the vote still counts', async () => {
      const r = await erase(director, 'contest-voters', voter.voterId);
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ name: '', workLink: null, document: null, hasDocument: false });
      const [account] = await ds.query(`SELECT login, display_name, active FROM app_user WHERE id = $1`, [
        voter.userId,
      ]);
      expect(account).toEqual({ login: `erased:${voter.userId}`, display_name: '', active: false });
      const signIn = await testApp.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: voter.login, password: PASSWORD },
      });
      expect(signIn.statusCode).toBe(401);
      const votes = await ds.query(`SELECT count(*)::int AS n FROM contest_vote WHERE voter_id = $1`, [
        voter.voterId,
      ]);
      expect(votes).toEqual([{ n: 1 }]);
      expect(await auditOf(voter.voterId)).toHaveLength(1);
      expect(JSON.stringify(await auditOf(voter.voterId))).not.toContain(voter.workLink);
    });

    it('leaves the published results exactly as they were after both erasures', async () => {
      const erased = await ds.query(
        `SELECT (SELECT count(*)::int FROM contest_application WHERE contest_id = $1 AND personal_data_erased_at IS NOT NULL) AS applicants,
                (SELECT count(*)::int FROM contest_voter WHERE contest_id = $1 AND personal_data_erased_at IS NOT NULL) AS voters`,
        [contestId],
      );
      expect(erased).toEqual([{ applicants: 1, voters: 1 }]);
      expect(JSON.stringify(await results())).toBe(published);
    });
  });
});
