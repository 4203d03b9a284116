import type {
  AccountView,
  ContestView,
  JurorTask,
  NominationView,
  PublicApplicationReceipt,
} from '@prgauge/contracts';
import { announceContest } from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, PASSWORD, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';

const KARAGANDA = 'Акимат Карагандинской области';
const POLICY = 'Управление внутренней политики';

/**
 * "Press secretary of the year": one application from two organisations. A juror of either organisation is kept
 * from it, however they typed the name (case, quotes, spaces); a juror of neither still scores it. Before, the
 * two were one text joined by ";", and a juror of the second one was not excluded.
 */
describe('conflict of interest over every organisation of an application', () => {
  let testApp: TestApp;
  let director: Caller;
  let contest: ContestView;
  let nomination: NominationView;
  const jurors: Record<string, Caller> = {};

  const expectCreated = (r: { statusCode: number; body: string }) => {
    if (r.statusCode !== 201) throw new Error(`${r.statusCode} ${r.body}`);
  };

  const apply = async (payload: object, remoteAddress: string) => {
    const r = await testApp.request({
      method: 'POST',
      url: `/api/public/contests/${contest.id}/applications`,
      remoteAddress,
      payload: {
        nominationIds: [nomination.id],
        description: 'A year of open briefings and answers to every request.',
        contactEmail: 'press@example.kz',
        personalDataConsent: true,
        ...payload,
      },
    });
    expectCreated(r);
    return (r.json() as PublicApplicationReceipt).application;
  };

  /** Creates a juror account through the API and seats it for the organisation as the juror typed it. */
  const seatJuror = async (login: string, organisation: string) => {
    const created = await director({
      method: 'POST',
      url: '/api/users',
      payload: { login, displayName: login, role: 'juror', password: PASSWORD },
    });
    expectCreated(created);
    const seated = await director({
      method: 'POST',
      url: `/api/nominations/${nomination.id}/jurors`,
      payload: { userId: (created.json() as AccountView).id, organisation },
    });
    expectCreated(seated);
    const juror = await callerFor(testApp, login);
    // A new account first replaces its one-time password; the session it does so from stays signed in.
    const changed = await juror({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: `${login} keeps a long passphrase 2026` },
    });
    expect(changed.statusCode).toBe(204);
    jurors[login] = juror;
  };

  const projectsSeenBy = async (login: string) => {
    const r = await jurors[login]({ method: 'GET', url: `/api/contests/${contest.id}/my-score-sheets` });
    expect(r.statusCode).toBe(200);
    return (r.json() as JurorTask[]).map((t) => t.application.projectTitle).sort();
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    contest = await announceContest(director, {
      title: { ru: 'Пресс-секретарь года', en: 'Press secretary of the year' },
      series: 'press-secretary-of-the-year',
    });
    const created = await director({
      method: 'POST',
      url: `/api/contests/${contest.id}/nominations`,
      payload: {
        name: { en: 'Project of the year' },
        scoringMode: 'jury',
        criteria: [{ key: 'quality', name: { en: 'Quality' }, weight: 1 }],
      },
    });
    expectCreated(created);
    nomination = created.json() as NominationView;
    const joint = await apply(
      {
        authors: [
          { name: 'Айгерим Садыкова', position: 'Пресс-секретарь' },
          { name: 'Ержан Омаров', position: 'Руководитель отдела' },
        ],
        organisations: [KARAGANDA, POLICY],
        projectTitle: 'Joint project',
      },
      '203.0.113.10',
    );
    const other = await apply(
      {
        authors: [{ name: 'Dana Other', position: 'SMM specialist' }],
        organisations: ['Редакция «Казинформ»'],
        projectTitle: 'Other project',
      },
      '203.0.113.11',
    );
    for (const id of [joint.id, other.id])
      expectCreated(
        await director({
          method: 'POST',
          url: `/api/contest-applications/${id}/screening`,
          payload: { status: 'accepted' },
        }),
      );
    await seatJuror('juror-karaganda', '«акимат  КАРАГАНДИНСКОЙ области»');
    await seatJuror('juror-policy', ' "УПРАВЛЕНИЕ внутренней  политики" ');
    await seatJuror('juror-outside', 'Управление образования');
  }, 120_000);
  afterAll(() => testApp.close());

  it('keeps a juror of the first organisation from the joint application', async () => {
    expect(await projectsSeenBy('juror-karaganda')).toEqual(['Other project']);
  });

  it('keeps a juror of the second organisation from it too', async () => {
    expect(await projectsSeenBy('juror-policy')).toEqual(['Other project']);
  });

  it('lets a juror of neither organisation score both applications', async () => {
    expect(await projectsSeenBy('juror-outside')).toEqual(['Joint project', 'Other project']);
  });

  it('shows the juror both authors and both organisations, and the one-line display of them', async () => {
    const r = await jurors['juror-outside']({
      method: 'GET',
      url: `/api/contests/${contest.id}/my-score-sheets`,
    });
    const joint = (r.json() as JurorTask[]).find((t) => t.application.projectTitle === 'Joint project');
    expect(joint?.application).toMatchObject({
      authors: [
        { name: 'Айгерим Садыкова', position: 'Пресс-секретарь' },
        { name: 'Ержан Омаров', position: 'Руководитель отдела' },
      ],
      organisations: [KARAGANDA, POLICY],
      candidateName: 'Айгерим Садыкова, Ержан Омаров',
      candidateOrganisation: `${KARAGANDA}; ${POLICY}`,
    });
  });

  it('reads organisations joined by ";" in the single-candidate fields as several', async () => {
    const legacy = await apply(
      {
        candidateName: 'Boris Legacy',
        candidatePosition: 'Press secretary',
        candidateOrganisation: `${KARAGANDA};  ${POLICY} ;`,
        projectTitle: 'Legacy project',
      },
      '203.0.113.12',
    );
    expect([legacy.authors, legacy.organisations]).toEqual([
      [{ name: 'Boris Legacy', position: 'Press secretary' }],
      [KARAGANDA, POLICY],
    ]);
  });
});
