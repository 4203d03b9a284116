import type {
  ApplicationView,
  ContestView,
  NominationView,
  PublicApplicationReceipt,
} from '@prgauge/contracts';
import {
  announceContest,
  fieldProblemsOf,
  moveContest,
  refusalOf,
} from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { multipartBody } from '../../../../test/support/multipart';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { demoPdf } from '../../../demo/demo-files';
import { PUBLIC_APPLICATIONS_PER_ADDRESS_PER_HOUR } from './public-applications.service';
import { itemsOf } from '../../../../test/support/pages';

/** "Press secretary of the year": candidates apply for themselves, describing a project, with no account. */
describe('public applications by candidates', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let contest: ContestView;
  let nominationId: string;
  let receipt: PublicApplicationReceipt;

  const application = (overrides: object = {}) => ({
    candidateName: 'Aigerim Sadykova',
    candidatePosition: 'Press secretary',
    candidateOrganisation: 'Heat supply company',
    nominationIds: [nominationId],
    projectTitle: 'Live broadcasts from repair sites',
    projectStart: '2026-01-10',
    projectEnd: '2026-06-30',
    description: 'Every repair of the heating main streamed live, with answers to questions on air.',
    goal: 'Let residents see why the heat is off and when it returns.',
    results: 'Complaints to the akimat fell by a third.',
    links: ['https://t.me/teplo_live'],
    contactEmail: 'aigerim@example.kz',
    personalDataConsent: true,
    ...overrides,
  });
  const apply = (payload: object, remoteAddress = '203.0.113.1', contestId = contest.id) =>
    testApp.request({
      method: 'POST',
      url: `/api/public/contests/${contestId}/applications`,
      payload,
      remoteAddress,
    });
  const attach = (token: string | undefined, name: string, content: Buffer, applicationId?: string) => {
    const body = multipartBody({}, { name, content });
    return testApp.request({
      method: 'POST',
      url: `/api/public/contest-applications/${applicationId ?? receipt.application.id}/attachments`,
      payload: body.payload,
      headers: { ...body.headers, ...(token ? { 'x-upload-token': token } : {}) },
    });
  };
  const fields = (r: { json: () => { details?: { field: string }[] } }) =>
    (r.json().details ?? []).map((d) => d.field);

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    contest = await announceContest(director, {
      title: { ru: 'Пресс-секретарь года', en: 'Press secretary of the year' },
      series: 'press-secretary-of-the-year',
    });
    const nominated = await director({
      method: 'POST',
      url: `/api/contests/${contest.id}/nominations`,
      payload: { name: { en: 'Project of the year' }, scoringMode: 'vote' },
    });
    nominationId = (nominated.json() as NominationView).id;
  }, 120_000);
  afterAll(() => testApp.close());

  it('files a candidate’s own application without an account, and returns a token to attach files', async () => {
    const r = await apply(application());
    expect(r.statusCode).toBe(201);
    receipt = r.json();
    expect(receipt.application).toMatchObject({
      filedBy: 'candidate',
      contactEmail: 'aigerim@example.kz',
      screening: 'pending',
      projectStart: '2026-01-10',
      goal: 'Let residents see why the heat is off and when it returns.',
    });
    expect(receipt.uploadToken).toMatch(/^[\w-]{32}$/);
  });

  it('shows the organisers the application with its contact email', async () => {
    const listed = await director({ method: 'GET', url: `/api/contests/${contest.id}/applications` });
    expect(itemsOf<ApplicationView>(listed).map((a) => [a.candidateName, a.filedBy, a.contactEmail])).toEqual(
      [['Aigerim Sadykova', 'candidate', 'aigerim@example.kz']],
    );
  });

  it('names the field of every bad input', async () => {
    const withoutEmail: Record<string, unknown> = application();
    delete withoutEmail['contactEmail'];
    expect(fields(await apply(withoutEmail))).toEqual(['contactEmail']);
    expect(fields(await apply(application({ contactEmail: 'not an email' })))).toEqual(['contactEmail']);
    expect(fields(await apply(application({ filedBy: 'organisation' })))).toEqual(['filedBy']);
    const wrongNomination = await apply(application({ nominationIds: [fx.region.id] }));
    expect([wrongNomination.statusCode, fields(wrongNomination)]).toEqual([400, ['nominationIds']]);
    expect(fieldProblemsOf(await apply(application({ projectEnd: '2025-12-31' })))).toEqual([
      {
        field: 'projectEnd',
        code: 'contest.date_must_not_precede',
        params: { other: 'projectStart', otherDate: '2026-01-10' },
      },
    ]);
    expect(fieldProblemsOf(await apply(application({ agencyId: fx.agencies.foreign.id })))).toEqual([
      { field: 'agencyId', code: 'field.unknown_reference' },
    ]);
  });

  it('takes a PDF with the upload token, and refuses a wrong token or a file that is not a document', async () => {
    const ok = await attach(receipt.uploadToken, 'project.pdf', demoPdf('Live broadcasts'));
    expect(ok.statusCode).toBe(201);
    expect((ok.json() as ApplicationView).attachments.map((f) => [f.fileName, f.mediaType])).toEqual([
      ['project.pdf', 'application/pdf'],
    ]);
    const wrongLink = [404, 'application.upload_link_invalid', {}];
    expect(refusalOf(await attach('forged-token', 'x.pdf', demoPdf('forged')))).toEqual(wrongLink);
    expect(refusalOf(await attach(undefined, 'x.pdf', demoPdf('forged')))).toEqual(wrongLink);
    const unknownId = '00000000-0000-4000-8000-000000000001';
    expect(refusalOf(await attach(receipt.uploadToken, 'x.pdf', demoPdf('x'), unknownId))).toEqual(wrongLink);
    const script = await attach(receipt.uploadToken, 'run.sh', Buffer.from('#!/bin/sh\nrm -rf /\n'));
    expect([script.statusCode, fields(script)]).toEqual([400, ['file']]);
  });

  it('knows nothing of a draft contest', async () => {
    const draft = await announceContest(director, {
      title: { en: 'Draft' },
      series: 'draft-contest',
      status: 'draft',
    });
    expect(refusalOf(await apply(application(), '203.0.113.2', draft.id))).toEqual([
      404,
      'record.not_found',
      { record: 'contest' },
    ]);
  });

  it(`refuses the ${PUBLIC_APPLICATIONS_PER_ADDRESS_PER_HOUR + 1}th application from one address within an hour`, async () => {
    for (let i = 0; i < PUBLIC_APPLICATIONS_PER_ADDRESS_PER_HOUR; i++)
      expect((await apply(application({ candidateName: `Candidate ${i}` }), '198.51.100.7')).statusCode).toBe(
        201,
      );
    const refused = await apply(application({ candidateName: 'One too many' }), '198.51.100.7');
    expect([refused.statusCode, refused.json().message]).toEqual([429, expect.stringContaining('Too many')]);
    expect((await apply(application({ candidateName: 'Elsewhere' }), '198.51.100.8')).statusCode).toBe(201);
  });

  it('refuses applications and files after the deadline with 409 naming the phase and the window', async () => {
    await moveContest(testApp, contest.id, 'judging');
    const moved = (
      await director({ method: 'GET', url: `/api/contests/${contest.id}` })
    ).json() as ContestView;
    const closed = [
      409,
      'contest.applications_closed',
      { phase: 'judging', opensAt: moved.applicationsOpenAt, closesAt: moved.applicationsCloseAt },
    ];
    expect(refusalOf(await apply(application({ candidateName: 'Late Comer' }), '203.0.113.3'))).toEqual(
      closed,
    );
    expect(refusalOf(await attach(receipt.uploadToken, 'late.pdf', demoPdf('late')))).toEqual(closed);
  });
});
