import type {
  ApplicantApplicationView,
  ContestView,
  NominationView,
  PublicApplicationReceipt,
} from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { setClock, releaseClock } from '../../../test/support/clock';
import {
  announceContest,
  fileApplication,
  insertAccount,
  registerVoter,
} from '../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { seedCommittee } from '../../../test/support/committee-fixtures';
import { startSmtpDelivery, type SmtpDelivery } from '../../../test/support/smtp-delivery';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { insertEvent } from '../../../test/support/training-fixtures';
import { ContestReminders } from '../contests/notices/contest-reminders';

const PUBLIC_URL = 'https://prgauge.example.gov';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface NotificationRow {
  account_id: string;
  kind: string;
  event_key: string;
  params: Record<string, unknown>;
  link: string | null;
}
interface MailRow {
  to_address: string;
  locale: string;
  subject: string;
  text_body: string;
  kind: string;
}

/**
 * A contest from filing to results, and a training register, told to the people concerned: rows in `notification`
 * (the bell) and `mail_message` (the emails), recorded with the change that causes them. The sweep is called
 * directly at chosen instants, as the every-minute maintenance would.
 */
describe('contest and training notifications', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let fx: RegionFixture;
  let director: Caller;
  let contest: ContestView;
  let nomination: NominationView;
  let reminders: ContestReminders;
  let mail: SmtpDelivery;
  const ids: Record<string, string> = {};
  let base: number;

  const notes = (kind: string, accountId?: string): Promise<NotificationRow[]> =>
    ds.query(
      `SELECT account_id, kind, event_key, params, link FROM notification
        WHERE kind = $1 AND ($2::uuid IS NULL OR account_id = $2) ORDER BY created_at, event_key`,
      [kind, accountId ?? null],
    );
  const mails = (kind: string, to?: string): Promise<MailRow[]> =>
    ds.query(
      `SELECT to_address, locale, subject, text_body, kind FROM mail_message
        WHERE kind = $1 AND ($2::text IS NULL OR to_address = $2) ORDER BY created_at, idempotency_key`,
      [kind, to ?? null],
    );
  const sweep = (at: number) => reminders.sendDueContestReminders(new Date(at));

  beforeAll(async () => {
    testApp = await createTestApp(undefined, { JOB_WORKER: 'false', PUBLIC_URL });
    ds = testApp.app.get(DataSource);
    mail = await startSmtpDelivery(testApp, PUBLIC_URL);
    reminders = testApp.app.get(ContestReminders);
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    contest = await announceContest(director, {
      title: { ru: 'Пресс-секретарь года', kk: 'Жыл баспасөз хатшысы', en: 'Press secretary of the year' },
      series: 'press-secretary',
    });
    nomination = (
      await director({
        method: 'POST',
        url: `/api/contests/${contest.id}/nominations`,
        payload: {
          name: { ru: 'Проект года', en: 'Project of the year' },
          scoringMode: 'jury',
          criteria: [{ key: 'quality', name: { en: 'Quality' }, weight: 1 }],
        },
      })
    ).json();
    for (const [i, login] of ['juror-one', 'juror-two'].entries()) {
      const juror = await insertAccount(testApp, login, 'juror', fx.region.id);
      ids[login] = juror.id;
      await ds.query(`UPDATE app_user SET email = $2 WHERE id = $1`, [juror.id, `${login}@prgauge.example`]);
      await director({
        method: 'POST',
        url: `/api/nominations/${nomination.id}/jurors`,
        payload: { userId: juror.id, organisation: `Newsroom ${i}` },
      });
    }
  }, 120_000);
  afterAll(async () => {
    releaseClock(testApp);
    await mail?.stop();
    await testApp?.close();
  });

  it('sends the candidate a receipt by SMTP in their language with the reference number and a private link that opens the application', async () => {
    const since = (await mail.delivered(0)).length;
    const filed = await testApp.request({
      method: 'POST',
      url: `/api/public/contests/${contest.id}/applications`,
      remoteAddress: '203.0.113.7',
      payload: {
        candidateName: 'Aigerim Sadykova',
        candidatePosition: 'Press secretary',
        candidateOrganisation: 'Heat supply company',
        nominationIds: [nomination.id],
        projectTitle: 'Live broadcasts from repair sites',
        description: 'Every repair of the heating main streamed live.',
        contactEmail: 'aigerim@example.kz',
        locale: 'kk',
        personalDataConsent: true,
      },
    });
    expect(filed.statusCode).toBe(201);
    const receipt = filed.json() as PublicApplicationReceipt;
    ids['public'] = receipt.application.id;

    const [row] = await mails('contest.application_received', 'aigerim@example.kz');
    expect(row).toMatchObject({ locale: 'kk' });

    // What reaches the applicant's mailbox: the only message of the filing, in Kazakh.
    const [received, ...others] = await mail.delivered(since);
    expect(others).toEqual([]);
    expect(received.recipients).toEqual(['aigerim@example.kz']);
    const { referenceNumber } = receipt.application;
    expect(received.parsed.subject).toBe(`${referenceNumber} өтінімі қабылданды: Жыл баспасөз хатшысы`);
    expect(received.parsed.text).toContain(referenceNumber);
    expect(received.parsed.html).toContain(referenceNumber);
    const privateLink =
      /https?:\/\/\S+\/contests\/application\/[\w-]+/.exec(received.parsed.text ?? '')?.[0] ?? '';
    expect(privateLink).toBe(`${PUBLIC_URL}/contests/application/${receipt.accessToken}`);
    expect(received.parsed.html).toContain(`href="${privateLink}"`);

    // The link's token, as the dashboard's page at that address sends it, opens the application.
    const token = new URL(privateLink).pathname.split('/').at(-1);
    const opened = await testApp.request({
      method: 'GET',
      url: `/api/public/application-links/${token}`,
      remoteAddress: '203.0.113.8',
    });
    expect(opened.statusCode).toBe(200);
    expect((opened.json() as ApplicantApplicationView).application.referenceNumber).toBe(
      receipt.application.referenceNumber,
    );
  });

  it('tells the candidate and the filing account of a screening, with the reason when it is refused', async () => {
    ids['filed'] = await fileApplication(director, contest.id, 'Dana', 'Dana office', [nomination.id]);
    const [directorAccount] = await ds.query(`SELECT id FROM app_user WHERE login = 'director'`);
    const screen = (id: string, payload: object) =>
      director({ method: 'POST', url: `/api/contest-applications/${id}/screening`, payload });

    expect(
      (await screen(ids['public'], { status: 'rejected', reason: 'The project began before 2026' }))
        .statusCode,
    ).toBe(201);
    const [out] = await mails('contest.screened', 'aigerim@example.kz');
    expect(out.subject).toContain('байқауға жіберілмеді');
    expect(out.text_body).toContain('Себебі: The project began before 2026');

    expect((await screen(ids['filed'], { status: 'accepted' })).statusCode).toBe(201);
    const [told] = await notes('contest.screened', directorAccount.id);
    expect(told).toMatchObject({ link: `/contests/${contest.id}` });
    expect(told.params['items']).toEqual([]);
    const [mail] = await mails('contest.screened', 'director@prgauge.example');
    expect(mail.subject).toMatch(/^Заявка \S+ допущена к конкурсу$/);
  });

  it('tells a voter that their registration is verified or refused, and no one while it is unchanged', async () => {
    ids['voterYes'] = await registerVoter(testApp, contest.id, 'reporter-yes');
    ids['voterNo'] = await registerVoter(testApp, contest.id, 'reporter-no');
    const decide = (id: string, payload: object) =>
      director({ method: 'POST', url: `/api/contest-voters/${id}/verification`, payload });
    expect((await decide(ids['voterYes'], { status: 'verified' })).statusCode).toBe(201);
    expect((await decide(ids['voterYes'], { status: 'verified' })).statusCode).toBe(201);
    expect(
      (await decide(ids['voterNo'], { status: 'rejected', reason: 'No published work' })).statusCode,
    ).toBe(201);

    const told = await notes('contest.voter_decided');
    expect(told).toHaveLength(2);
    const byLink = new Map(told.map((n) => [n.link, n.params]));
    expect(byLink.get(`/contests/${contest.id}/vote`)).toMatchObject({
      outcome: { en: 'confirmed' },
      items: [],
    });
    expect(byLink.get(`/contests/${contest.id}`)).toMatchObject({
      outcome: { en: 'refused' },
      items: [{ reason: 'No published work', link: null }],
    });
  });

  it('opens judging once for each juror, reminds only unfinished jurors at 3 and 1 days, once each', async () => {
    base = Date.now();
    const judgingEnd = base + 5 * DAY;
    const votingEnd = base + 6 * DAY;
    await ds.query(
      `UPDATE contest SET applications_open_at = $2, applications_close_at = $3, judging_start_at = $4,
              judging_end_at = $5, voting_start_at = $4, voting_end_at = $6 WHERE id = $1`,
      [
        contest.id,
        new Date(base - 10 * DAY),
        new Date(base - 2 * HOUR),
        new Date(base - HOUR),
        new Date(judgingEnd),
        new Date(votingEnd),
      ],
    );
    const jurorTwo = await callerFor(testApp, 'juror-two');
    const sheet = await jurorTwo({
      method: 'PUT',
      url: `/api/nominations/${nomination.id}/applications/${ids['filed']}/score-sheet`,
      payload: { scores: { quality: 8 } },
    });
    expect(sheet.statusCode).toBe(200);

    expect(await sweep(base)).toEqual([
      `contest.judging_open:${contest.id}`,
      `contest.voting_open:${contest.id}`,
    ]);
    expect(await sweep(base + 60_000)).toEqual([]);
    const opened = await notes('contest.judging_open');
    expect(opened.map((n) => n.account_id).sort()).toEqual([ids['juror-one'], ids['juror-two']].sort());
    expect(opened[0].params['items']).toEqual([
      {
        nomination: { ru: 'Проект года', en: 'Project of the year' },
        assigned: 1,
        scored: expect.any(Number),
        link: `/contests/${contest.id}/jury`,
      },
    ]);

    expect(await sweep(judgingEnd - 3 * DAY + 60_000)).toEqual([
      `contest.judging_reminder:${contest.id}:3d:${new Date(judgingEnd).toISOString()}`,
    ]);
    expect(await sweep(judgingEnd - 3 * DAY + 120_000)).toEqual([]);
    expect(await sweep(judgingEnd - DAY + 60_000)).toEqual([
      `contest.judging_reminder:${contest.id}:1d:${new Date(judgingEnd).toISOString()}`,
    ]);
    const reminded = await notes('contest.judging_reminder');
    expect(reminded.map((n) => n.account_id)).toEqual([ids['juror-one'], ids['juror-one']]);
    expect(reminded[0].params['items']).toMatchObject([{ assigned: 1, scored: 0 }]);
    const reminderMails = await mails('contest.judging_reminder');
    expect(reminderMails.map((m) => m.to_address)).toEqual([
      'juror-one@prgauge.example',
      'juror-one@prgauge.example',
    ]);
    expect(reminderMails[0].text_body).toContain('Проект года: оценено 0 из 1');

    const late = await insertAccount(testApp, 'juror-late', 'juror', fx.region.id);
    ids['juror-late'] = late.id;
    const seated = await director({
      method: 'POST',
      url: `/api/nominations/${nomination.id}/jurors`,
      payload: { userId: late.id, organisation: 'Newsroom late' },
    });
    expect(seated.statusCode).toBe(201);
    expect(await notes('contest.judging_open', late.id)).toHaveLength(1);
  });

  it('tells verified voters only that voting opened and closes in a day', async () => {
    const [yes] = await ds.query(`SELECT user_id FROM contest_voter WHERE id = $1`, [ids['voterYes']]);
    expect((await notes('contest.voting_open')).map((n) => n.account_id)).toEqual([yes.user_id]);
    const votingEnd = base + 6 * DAY;
    expect(await sweep(votingEnd - DAY + 60_000)).toEqual([
      `contest.voting_closing:${contest.id}:1d:${new Date(votingEnd).toISOString()}`,
    ]);
    expect((await notes('contest.voting_closing')).map((n) => n.account_id)).toEqual([yes.user_id]);
  });

  it('tells applicants, jurors and verified voters that the results are published', async () => {
    setClock(testApp, new Date(base + 7 * DAY).toISOString());
    // A week on, the first session has expired (and signing in removes it).
    director = await callerFor(testApp, fx.logins.director);
    const published = await director({ method: 'POST', url: `/api/contests/${contest.id}/results/publish` });
    expect(published.statusCode).toBe(201);
    const [director_, yes] = [
      (await ds.query(`SELECT id FROM app_user WHERE login = 'director'`))[0].id,
      (await ds.query(`SELECT user_id FROM contest_voter WHERE id = $1`, [ids['voterYes']]))[0].user_id,
    ];
    expect((await notes('contest.results_published')).map((n) => n.account_id).sort()).toEqual(
      [director_, ids['juror-one'], ids['juror-two'], ids['juror-late'], yes].sort(),
    );
    const [mail] = await mails('contest.results_published', 'aigerim@example.kz');
    expect(mail).toMatchObject({ locale: 'kk' });
    expect(await sweep(base + 7 * DAY)).toEqual([]);
    releaseClock(testApp);
  });

  it('tells the members of the committee that runs an event when its register is first filled', async () => {
    const member = await insertAccount(testApp, 'trainer-member', 'committee_member', fx.region.id);
    const committeeId = await seedCommittee(testApp, {
      regionId: fx.region.id,
      kind: 'training',
      name: { ru: 'Учебный комитет', en: 'Training committee' },
      memberUserIds: [member.id],
      withOutsider: true,
    });
    const event = await insertEvent(testApp, {
      regionId: fx.region.id,
      topic: 'news_writing',
      startDate: '2026-04-01',
      plannedHours: 8,
      title: 'Writing press releases',
      committeeId,
    });
    const add = (name: string) =>
      director({
        method: 'POST',
        url: `/api/training/events/${event.id}/attendance`,
        payload: { participantName: name, audience: 'pr_staff', agencyId: fx.agencies.a.id },
      });
    expect((await add('Aliya Nurlanova')).statusCode).toBe(201);
    expect((await add('Bolat Serikov')).statusCode).toBe(201);

    const told = await notes('training.register_filled');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      account_id: member.id,
      link: `/training/events/${event.id}`,
      params: { event: 'Writing press releases', rows: 1, day: { day: '2026-04-01' } },
    });
  });
});
