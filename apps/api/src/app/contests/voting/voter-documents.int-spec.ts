import type { ContestView, VoterView } from '@prgauge/contracts';
import { announceContest, refusalOf, registerVoter } from '../../../../test/support/contest-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { multipartBody } from '../../../../test/support/multipart';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { demoPdf } from '../../../demo/demo-files';
import { MAX_VOTER_DOCUMENT_BYTES } from './voter-documents.service';

/** A journalist proves their media work with an optional document that only the organisers may open. */
describe('voter documents', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let contest: ContestView;
  const voters: Record<'aliya' | 'other', { caller: Caller; id: string }> = {
    aliya: { caller: () => Promise.reject(new Error('not signed in')), id: '' },
    other: { caller: () => Promise.reject(new Error('not signed in')), id: '' },
  };
  const pdf = demoPdf('Press card of Aliya Nurlanova');

  const upload = (caller: Caller, voterId: string, name: string, content: Buffer) => {
    const body = multipartBody({}, { name, content });
    return caller({
      method: 'PUT',
      url: `/api/contest-voters/${voterId}/document`,
      payload: body.payload,
      headers: body.headers,
    });
  };
  const download = (caller: Caller, voterId = voters.aliya.id) =>
    caller({ method: 'GET', url: `/api/contest-voters/${voterId}/document` });

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    contest = await announceContest(director, {
      title: { en: 'Best press secretary' },
      series: 'best-press-secretary',
    });
    for (const login of ['aliya', 'other'] as const) {
      const id = await registerVoter(testApp, contest.id, login);
      voters[login] = { caller: await callerFor(testApp, login), id };
    }
  }, 120_000);
  afterAll(() => testApp.close());

  it('takes a PDF from the voter and shows organisers that it is there', async () => {
    const r = await upload(voters.aliya.caller, voters.aliya.id, 'press-card.pdf', pdf);
    expect(r.statusCode).toBe(200);
    expect((r.json() as VoterView).document).toEqual({
      fileName: 'press-card.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    const listed = await director({ method: 'GET', url: `/api/contests/${contest.id}/voters` });
    expect((listed.json() as VoterView[]).map((v) => [v.name, v.hasDocument])).toEqual([
      ['aliya', true],
      ['other', false],
    ]);
  });

  it('refuses a file that is neither a PDF nor an image (400), and one over 5 MB (413), naming the field', async () => {
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    const office = await upload(voters.aliya.caller, voters.aliya.id, 'card.docx', docx);
    expect([office.statusCode, office.json().code, office.json().details]).toEqual([
      400,
      'upload.unsupported_type',
      [
        {
          field: 'file',
          code: 'field.not_in_list',
          params: { allowed: 'pdf, image', value: 'card.docx' },
          problems: [expect.stringContaining('is not a PDF or an image')],
        },
      ],
    ]);
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_VOTER_DOCUMENT_BYTES)]);
    const large = await upload(voters.aliya.caller, voters.aliya.id, 'big.pdf', big);
    expect(refusalOf(large)).toEqual([413, 'upload.too_large', { maxBytes: MAX_VOTER_DOCUMENT_BYTES }]);
    expect(large.json().details).toEqual([
      {
        field: 'file',
        code: 'field.too_large',
        params: { max: MAX_VOTER_DOCUMENT_BYTES, unit: 'bytes' },
        problems: ['is larger than 5 MB'],
      },
    ]);
  });

  it('lets the organisers download it, byte for byte', async () => {
    const r = await download(director);
    expect([r.statusCode, r.headers['content-type'], r.rawPayload.equals(pdf)]).toEqual([
      200,
      'application/pdf',
      true,
    ]);
    expect(r.headers['content-disposition']).toBe('attachment; filename=press-card.pdf');
    expect(refusalOf(await download(director, voters.other.id))).toEqual([
      404,
      'record.not_found',
      { record: 'voter_document' },
    ]);
  });

  it('keeps it from voters, other regions, agency editors and anonymous visitors', async () => {
    expect((await download(voters.aliya.caller)).statusCode).toBe(403);
    expect((await download(await callerFor(testApp, fx.logins.editorA))).statusCode).toBe(403);
    const foreign = await download(await callerFor(testApp, fx.logins.foreignDirector));
    expect(refusalOf(foreign)).toEqual([404, 'record.not_found', { record: 'voter' }]);
    expect((await download((options) => testApp.request(options))).statusCode).toBe(401);
  });

  it('lets nobody else replace a voter’s document', async () => {
    expect(refusalOf(await upload(voters.other.caller, voters.aliya.id, 'forged.pdf', pdf))).toEqual([
      404,
      'record.not_found',
      { record: 'voter' },
    ]);
    expect((await upload(director, voters.aliya.id, 'forged.pdf', pdf)).statusCode).toBe(403);
  });

  it('freezes the document once the registration is verified', async () => {
    await director({
      method: 'POST',
      url: `/api/contest-voters/${voters.aliya.id}/verification`,
      payload: { status: 'verified' },
    });
    const r = await upload(voters.aliya.caller, voters.aliya.id, 'later.pdf', pdf);
    expect(refusalOf(r)).toEqual([409, 'voter.document_locked', { status: 'verified' }]);
  });
});
