import type {
  ApplicantApplicationView,
  ContestView,
  NominationView,
  PublicApplicationReceipt,
} from '@prgauge/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { announceContest, moveContest, refusalOf } from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, seedRegions } from '../../../../test/support/fixtures';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { APPLICANT_LINK_REQUESTS_PER_ADDRESS_PER_HOUR } from './applicant-link.service';

/**
 * "Press secretary of the year": the applicant gets a reference number and a private link on filing, reads the
 * application and its state through the link without an account, and edits it while applications are open.
 */
describe("an applicant's private link", () => {
  let testApp: TestApp;
  let director: Caller;
  let contest: ContestView;
  let nominationId: string;
  let receipts: PublicApplicationReceipt[];
  let filings = 0;

  const apply = async (name: string) => {
    filings += 1;
    const r = await testApp.request({
      method: 'POST',
      url: `/api/public/contests/${contest.id}/applications`,
      remoteAddress: `203.0.113.${filings}`,
      payload: {
        authors: [{ name, position: 'Press secretary' }],
        organisations: ['Heat supply company'],
        nominationIds: [nominationId],
        projectTitle: `${name}'s broadcasts`,
        description: 'Every repair of the heating main streamed live, with answers on air.',
        contactEmail: 'press@example.kz',
        personalDataConsent: true,
      },
    });
    expect(r.statusCode).toBe(201);
    return r.json() as PublicApplicationReceipt;
  };
  const follow = (token: string, remoteAddress = '198.51.100.1') =>
    testApp.request({ method: 'GET', url: `/api/public/application-links/${token}`, remoteAddress });
  const edit = (token: string, payload: object) =>
    testApp.request({
      method: 'PATCH',
      url: `/api/public/application-links/${token}`,
      remoteAddress: '198.51.100.2',
      payload,
    });
  const viewOf = (r: LightMyRequestResponse) => r.json() as ApplicantApplicationView;

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    contest = await announceContest(director, {
      title: { en: 'Press secretary of the year' },
      series: 'press-secretary-of-the-year',
    });
    const nominated = await director({
      method: 'POST',
      url: `/api/contests/${contest.id}/nominations`,
      payload: { name: { en: 'Project of the year' }, scoringMode: 'vote' },
    });
    nominationId = (nominated.json() as NominationView).id;
    receipts = [];
    for (const name of ['Aigerim Sadykova', 'Boris Ivanov', 'Dana Omarova']) receipts.push(await apply(name));
  }, 120_000);
  afterAll(() => testApp.close());

  it('gives each application a unique reference number of the contest year and five digits', () => {
    const references = receipts.map((r) => r.application.referenceNumber);
    for (const reference of references) expect(reference).toMatch(/^2026-\d{5}$/);
    expect(new Set(references).size).toBe(3);
  });

  it('gives a private link of at least 128 random bits, different for each application', () => {
    const tokens = receipts.map((r) => r.accessToken);
    for (const token of tokens) expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(new Set(tokens).size).toBe(3);
  });

  it('shows the application and its state through the link, without an account', async () => {
    const r = await follow(receipts[0].accessToken);
    expect(r.statusCode).toBe(200);
    const view = viewOf(r);
    expect({
      reference: view.application.referenceNumber,
      authors: view.application.authors,
      screening: view.application.screening,
      phase: view.contest.phase,
      editable: view.editable,
      places: view.places,
    }).toEqual({
      reference: receipts[0].application.referenceNumber,
      authors: [{ name: 'Aigerim Sadykova', position: 'Press secretary' }],
      screening: 'pending',
      phase: 'applications_open',
      editable: true,
      places: null,
    });
  });

  it('shows the screening decision and its reason once the organisers made it', async () => {
    const screened = await director({
      method: 'POST',
      url: `/api/contest-applications/${receipts[1].application.id}/screening`,
      payload: { status: 'rejected', reason: 'The project ran before the contest period' },
    });
    expect(screened.statusCode).toBe(201);
    const { application } = viewOf(await follow(receipts[1].accessToken));
    expect([application.screening, application.screeningReason]).toEqual([
      'rejected',
      'The project ran before the contest period',
    ]);
  });

  it('answers a wrong token with 404 and a code, like a missing application', async () => {
    expect(refusalOf(await follow('not-a-token-at-all'))).toEqual([404, 'application.link_invalid', {}]);
    const wrong = receipts[0].accessToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(refusalOf(await edit(wrong, { version: 1, projectTitle: 'Hijacked' }))).toEqual([
      404,
      'application.link_invalid',
      {},
    ]);
  });

  it('edits the application while applications are open, at the version last read', async () => {
    const token = receipts[2].accessToken;
    const before = viewOf(await follow(token));
    const r = await edit(token, {
      version: before.version,
      authors: [
        { name: 'Dana Omarova', position: 'Press secretary' },
        { name: 'Yerlan Sadykov', position: 'Camera operator' },
      ],
      organisations: ['Heat supply company', 'City akimat'],
      projectTitle: 'Live from the repair sites',
    });
    expect(r.statusCode).toBe(200);
    const after = viewOf(r);
    expect({
      version: after.version,
      name: after.application.candidateName,
      organisations: after.application.organisations,
      title: after.application.projectTitle,
    }).toEqual({
      version: before.version + 1,
      name: 'Dana Omarova, Yerlan Sadykov',
      organisations: ['Heat supply company', 'City akimat'],
      title: 'Live from the repair sites',
    });
    const stale = await edit(token, { version: before.version, projectTitle: 'Overwritten' });
    expect(refusalOf(stale).slice(0, 2)).toEqual([409, 'record.stale_version']);
    expect(viewOf(await follow(token)).application.projectTitle).toBe('Live from the repair sites');
  });

  it('names the field of a bad edit', async () => {
    const token = receipts[2].accessToken;
    const { version } = viewOf(await follow(token));
    const r = await edit(token, { version, organisations: [] });
    expect([
      r.statusCode,
      (r.json() as { details: { field: string }[] }).details.map((d) => d.field),
    ]).toEqual([400, ['organisations']]);
  });

  it('still shows the application after the close, but refuses an edit naming the window', async () => {
    await moveContest(testApp, contest.id, 'judging');
    const token = receipts[0].accessToken;
    const view = viewOf(await follow(token));
    expect([view.contest.phase, view.editable]).toEqual(['judging', false]);
    const [status, code] = refusalOf(await edit(token, { version: view.version, projectTitle: 'Too late' }));
    expect([status, code]).toEqual([409, 'contest.applications_closed']);
    expect(viewOf(await follow(token)).application.projectTitle).toBe("Aigerim Sadykova's broadcasts");
  });

  it('limits how often one address may try links, a wrong token as much as a right one', async () => {
    const address = '198.51.100.99';
    for (let i = 0; i < APPLICANT_LINK_REQUESTS_PER_ADDRESS_PER_HOUR; i += 1)
      expect((await follow(`guess-${i}`, address)).statusCode).toBe(404);
    expect((await follow(receipts[0].accessToken, address)).statusCode).toBe(429);
    expect((await follow(receipts[0].accessToken, '198.51.100.100')).statusCode).toBe(200);
  });
});
