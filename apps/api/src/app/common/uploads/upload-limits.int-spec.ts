import type { EvidenceView, NominationView, PublicApplicationReceipt } from '@prgauge/contracts';
import type { InjectOptions } from 'fastify';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { announceContest } from '../../../../test/support/contest-fixtures';
import { insertCycle, insertSubmission } from '../../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../../test/support/fixtures';
import { FormFile, multipartForm } from '../../../../test/support/multipart';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { ATTACHMENT_UPLOAD } from '../../contests/applications/application-filing';
import { demoPdf } from '../../../demo/demo-files';
import { EVIDENCE_UPLOAD } from '../../submissions/evidence.service';

const TWENTY_MB = 20 * 1024 * 1024;

/**
 * A form sent in two pieces, the first ending `cut` bytes into the file. The parser then sees the file reach
 * the limit exactly at the end of a piece, the case in which it used to hand over a cut-down file as whole.
 */
function inTwoPieces(form: { payload: Buffer; headers: Record<string, string> }, file: Buffer, cut: number) {
  const start = form.payload.indexOf(file.subarray(0, 16));
  async function* pieces() {
    yield form.payload.subarray(0, start + cut);
    await new Promise((resolve) => setImmediate(resolve));
    yield form.payload.subarray(start + cut);
  }
  return { headers: form.headers, payload: Readable.from(pieces()) };
}

describe('uploads: limits, counts and names, on every multipart route', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let editor: Caller;
  let submissionId: string;
  let receipt: PublicApplicationReceipt;
  const big = Buffer.concat([demoPdf('Twenty megabytes'), Buffer.alloc(TWENTY_MB)]);

  const count = async (table: 'evidence' | 'application_attachment') =>
    Number((await testApp.app.get(DataSource).query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const postEvidence = (body: Pick<InjectOptions, 'headers' | 'payload'>) =>
    editor({ method: 'POST', url: `/api/submissions/${submissionId}/evidence`, ...body });
  const postAttachment = (body: Pick<InjectOptions, 'headers' | 'payload'>) =>
    testApp.request({
      method: 'POST',
      url: `/api/public/contest-applications/${receipt.application.id}/attachments`,
      payload: body.payload,
      headers: { ...body.headers, 'x-upload-token': receipt.uploadToken },
    });

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    editor = await callerFor(testApp, fx.logins.editorA);
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: 'Open cycle',
      status: 'open',
      periodStart: '2026-01-01',
      periodEnd: '2099-12-31',
    });
    submissionId = (await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'draft', {})).id;
    const director = await callerFor(testApp, fx.logins.director);
    const contest = await announceContest(director, { title: { en: 'Uploads' }, series: 'uploads' });
    const nominated = await director({
      method: 'POST',
      url: `/api/contests/${contest.id}/nominations`,
      payload: { name: { en: 'Project of the year' }, scoringMode: 'vote' },
    });
    const applied = await testApp.request({
      method: 'POST',
      url: `/api/public/contests/${contest.id}/applications`,
      remoteAddress: '203.0.113.50',
      payload: {
        candidateName: 'Aigerim Sadykova',
        candidatePosition: 'Press secretary',
        candidateOrganisation: 'Heat supply company',
        nominationIds: [(nominated.json() as NominationView).id],
        projectTitle: 'Live broadcasts',
        description: 'Every repair of the heating main streamed live.',
        contactEmail: 'aigerim@example.kz',
        personalDataConsent: true,
      },
    });
    receipt = applied.json();
  }, 120_000);
  afterAll(() => testApp.close());

  it('refuses a 20 MB evidence file with 413 twenty times out of twenty, and stores nothing', async () => {
    const answers: [number, string][] = [];
    for (let i = 0; i < 20; i++) {
      const form = multipartForm({ indicator: 'media.releases' }, [{ name: 'big.pdf', content: big }]);
      // Even tries end the first piece exactly at the limit; odd ones a little before or after it.
      const cut = EVIDENCE_UPLOAD.maxBytes + (i % 2 === 0 ? 0 : (i - 10) * 4096);
      const r = await postEvidence(inTwoPieces(form, big, cut));
      answers.push([r.statusCode, r.json().code]);
    }
    expect(answers).toEqual(Array.from({ length: 20 }, () => [413, 'upload.too_large']));
    expect(await count('evidence')).toBe(0);
  });

  it('refuses a 20 MB public application attachment with 413 twenty times out of twenty, and stores nothing', async () => {
    const answers: [number, string][] = [];
    for (let i = 0; i < 20; i++) {
      const form = multipartForm({}, [{ name: 'big.pdf', content: big }]);
      const cut = ATTACHMENT_UPLOAD.maxBytes + (i % 2 === 0 ? 0 : (i - 10) * 4096);
      const r = await postAttachment(inTwoPieces(form, big, cut));
      answers.push([r.statusCode, r.json().code]);
    }
    expect(answers).toEqual(Array.from({ length: 20 }, () => [413, 'upload.too_large']));
    expect(await count('application_attachment')).toBe(0);
  });

  it('refuses more files than a route takes with 400, storing none of them', async () => {
    const two: FormFile[] = [
      { name: 'one.pdf', content: demoPdf('one') },
      { name: 'two.pdf', content: demoPdf('two') },
    ];
    const evidence = await postEvidence(multipartForm({ indicator: 'media.releases' }, two));
    expect([evidence.statusCode, evidence.json().code]).toEqual([400, 'upload.too_many_files']);
    const attachment = await postAttachment(multipartForm({}, two));
    expect([attachment.statusCode, attachment.json().code]).toEqual([400, 'upload.too_many_files']);
    expect([await count('evidence'), await count('application_attachment')]).toEqual([0, 0]);
  });

  it('refuses a form field the route does not know, and a file in another field, naming them', async () => {
    const pdf = demoPdf('fields');
    const extra = await postEvidence(
      multipartForm({ indicator: 'media.releases', comment: 'x' }, [{ name: 'a.pdf', content: pdf }]),
    );
    expect([extra.statusCode, extra.json().code, extra.json().details[0].field]).toEqual([
      400,
      'upload.unknown_field',
      'comment',
    ]);
    const elsewhere = await postAttachment(
      multipartForm({}, [{ name: 'a.pdf', content: pdf, field: 'doc' }]),
    );
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([400, 'upload.unknown_field']);
    const none = await postAttachment(multipartForm({}, []));
    expect([none.statusCode, none.json().code]).toEqual([400, 'upload.file_required']);
  });

  it('stores a clean name with the extension of the detected type, and downloads it under that name', async () => {
    const pdf = demoPdf('Quarterly report');
    const uploaded = await postEvidence(
      multipartForm({ indicator: 'media.releases' }, [{ name: 'отчёт\u202Eлмтх.html', content: pdf }]),
    );
    expect(uploaded.statusCode).toBe(201);
    const view = uploaded.json() as EvidenceView;
    expect([view.fileName, view.mediaType]).toEqual(['отчётлмтх.pdf', 'application/pdf']);
    const download = await editor({ method: 'GET', url: `/api/evidence/${view.id}/content` });
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="?????????.pdf"; filename*=UTF-8''${encodeURIComponent('отчётлмтх.pdf')}`,
    );

    const attached = await postAttachment(
      multipartForm({}, [{ name: 'invoice\u202Efdp.\u0007html', content: pdf }]),
    );
    expect(attached.statusCode).toBe(201);
    expect(attached.json().attachments.map((f: { fileName: string }) => f.fileName)).toEqual([
      'invoicefdp.pdf',
    ]);
  });
});
