import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobStarted, JobView, NominationView } from '@prgauge/contracts';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import {
  announceContest,
  CRITERIA,
  fileApplication,
  insertAccount,
  moveContest,
} from '../../../test/support/contest-fixtures';
import { insertCycle, insertSubmission } from '../../../test/support/cycle-fixtures';
import { callerFor, type Caller, type RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { until } from '../../../test/support/job-fixtures';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { Agency } from '../agencies/agency.entity';

// Real Chromium: the first render launches it (a few seconds on a busy machine); the rest reuse it.
jest.setTimeout(120_000);

const PERSIAN_NAME = 'دانشگاه علوم پزشکی بیرجند';
const CYCLE_NAME = 'Оценка 2026';

/** The UTF-8 name a Content-Disposition header offers (RFC 6266 `filename*`), decoded. */
const utf8FileName = (header: unknown) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(String(header))?.[1] ?? '');
const folder = mkdtempSync(join(tmpdir(), 'pdf-reports-'));

/** The text pdftotext reads from a PDF, without the bidi marks it adds around right-to-left runs. */
function textOf(pdf: Buffer, name: string): string {
  const file = join(folder, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
    /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    '',
  );
}

/** Letters compared without combining marks (Persian short vowels, the hamza above), as readers search. */
const bare = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');

function pagesOf(pdf: Buffer, name: string): number {
  const file = join(folder, name);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/**
 * A published contest of one nomination with two places and a prize, scored by one juror: Ali Rezaei first,
 * Maria Ivanova second, a third candidate unplaced. Returns its id.
 */
async function publishedContest(testApp: TestApp, director: Caller, regionId: string): Promise<string> {
  const contestId = (
    await announceContest(director, {
      title: { fa: 'بهترین روابط عمومی', ru: 'Лучшая пресс-служба' },
      series: 'best-press-office',
    })
  ).id;
  const nomination = await director({
    method: 'POST',
    url: `/api/contests/${contestId}/nominations`,
    payload: {
      name: { fa: 'خبرنگار برتر', ru: 'Пресс-секретарь года' },
      places: 2,
      criteria: CRITERIA,
      scoringMode: 'jury',
      prizeAmount: 400000,
      prizeCurrency: 'KZT',
    },
  });
  const nominationId = (nomination.json() as NominationView).id;
  const candidates = [
    ['Ali Rezaei', 'Birjand University', 9],
    ['Maria Ivanova', 'Akimat', 8],
    ['Third Candidate', 'Elsewhere', 5],
  ] as const;
  const filed = [];
  for (const [name, organisation, mark] of candidates) {
    const id = await fileApplication(director, contestId, name, organisation, [nominationId]);
    await director({
      method: 'POST',
      url: `/api/contest-applications/${id}/screening`,
      payload: { status: 'accepted' },
    });
    filed.push({ id, mark });
  }
  const juror = await insertAccount(testApp, 'certificate-juror', 'juror', regionId);
  await director({
    method: 'POST',
    url: `/api/nominations/${nominationId}/jurors`,
    payload: { userId: juror.id, organisation: 'Commission' },
  });
  await moveContest(testApp, contestId, 'judging');
  const commission = await callerFor(testApp, 'certificate-juror');
  for (const { id, mark } of filed)
    await commission({
      method: 'PUT',
      url: `/api/nominations/${nominationId}/applications/${id}/score-sheet`,
      payload: { scores: { quality: mark, rating: mark, subscribers: mark } },
    });
  await moveContest(testApp, contestId, 'over');
  const published = await director({ method: 'POST', url: `/api/contests/${contestId}/results/publish` });
  expect(published.statusCode).toBe(201);
  return contestId;
}

/**
 * The PDF reports through the real routes, a real PostgreSQL and real Chromium: the scorecard in Persian and
 * Russian read back with pdftotext, its size and pages, who may get it, the batch, and 503 without Chromium.
 */
describe('PDF reports', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let cycleId: string;
  let director: Caller;
  let editorA: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    const ds = testApp.app.get(DataSource);
    await ds
      .getRepository(Agency)
      .update(fx.agencies.a.id, { name: { ru: 'Ведомство A', fa: PERSIAN_NAME, en: 'Agency A' } });
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: CYCLE_NAME,
      status: 'review',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    cycleId = cycle.id;
    // A: releases 30 → 100, quality 4/5 → 80, media 90; web 80 → total 0.6 × 90 + 0.4 × 80 = 86.
    await insertSubmission(testApp, cycleId, fx.agencies.a.id, 'approved', {
      'media.releases': 30,
      'media.quality': 4,
      'web.answered': 80,
    });
    // B: releases 10 → 0, quality 5 → 100, media 50; web 100 → total 0.6 × 50 + 0.4 × 100 = 70.
    await insertSubmission(testApp, cycleId, fx.agencies.b.id, 'approved', {
      'media.releases': 10,
      'media.quality': 5,
      'web.answered': 100,
    });
    director = await callerFor(testApp, fx.logins.director);
    editorA = await callerFor(testApp, fx.logins.editorA);
    const published = await director({ method: 'POST', url: `/api/cycles/${cycleId}/publish` });
    expect(published.statusCode).toBe(201);
  });
  afterAll(() => testApp.close());

  const scorecardUrl = (agencyId: string, query: string) =>
    `/api/cycles/${cycleId}/agencies/${agencyId}/scorecard.pdf?${query}`;

  it('prints the Persian scorecard with the agency’s joined Persian name and its total in Persian digits, on at most two A4 pages under 1 MB', async () => {
    const response = await editorA({
      method: 'GET',
      url: scorecardUrl(fx.agencies.a.id, 'lang=fa&letterNo=۱۲۳/۴۵&letterDate=2026-12-01'),
    });
    expect([response.statusCode, response.headers['content-type']]).toEqual([200, 'application/pdf']);
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(1_000_000);
    expect(pagesOf(pdf, 'fa.pdf')).toBeLessThanOrEqual(2);
    const text = bare(textOf(pdf, 'fa.pdf'));
    expect(text).toContain(bare(PERSIAN_NAME));
    // The total, 86, in Persian digits, and the letter's date in the Solar Hijri calendar: 10 Azar 1405.
    expect(text).toContain('۸۶');
    expect(text).not.toMatch(/\b86\b/);
    // pdftotext may drop the space where Persian digits meet Persian letters; the letters and digits stay in order.
    expect(text.replace(/ /g, '')).toContain(bare('۱۰آذر۱۴۰۵'));
    expect(text).toContain(bare('امتیاز کل ۸۶ از ۱۰۰'));
  });

  it('prints the Russian scorecard with the Cyrillic name, the total and the place', async () => {
    const response = await director({ method: 'GET', url: scorecardUrl(fx.agencies.a.id, 'lang=ru') });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="scorecard-.*\.pdf"; /);
    expect(utf8FileName(response.headers['content-disposition'])).toBe(`scorecard-${CYCLE_NAME}-A.pdf`);
    const text = bare(textOf(response.rawPayload, 'ru.pdf'));
    expect(text).toContain(bare('Руководителю: Ведомство A'));
    // The figures are boxes side by side, so pdftotext reads their labels before their values.
    expect(text).toMatch(/Итоговыи балл Место 86 1 из 2/);
  });

  it('refuses the scorecard to another agency’s editor and to another region, and checks the letter’s date', async () => {
    const editorB = await callerFor(testApp, fx.logins.editorB);
    const foreign = await callerFor(testApp, fx.logins.foreignDirector);
    const other = await editorB({ method: 'GET', url: scorecardUrl(fx.agencies.a.id, 'lang=fa') });
    const south = await foreign({ method: 'GET', url: scorecardUrl(fx.agencies.a.id, 'lang=fa') });
    expect([other.statusCode, other.json().code]).toEqual([404, 'record.not_found']);
    expect([south.statusCode, south.json().code]).toEqual([404, 'record.not_found']);
    const badDay = await director({
      method: 'GET',
      url: scorecardUrl(fx.agencies.a.id, 'letterDate=2026-13-01'),
    });
    expect([badDay.statusCode, badDay.json().details[0]]).toEqual([
      400,
      expect.objectContaining({ field: 'letterDate', code: 'field.format' }),
    ]);
    for (const day of ['0001-01-01', '9999-12-31', '1899-12-31', '2101-01-01']) {
      const outside = await director({
        method: 'GET',
        url: scorecardUrl(fx.agencies.a.id, `letterDate=${day}`),
      });
      expect([outside.statusCode, outside.json().details]).toEqual([
        400,
        [
          expect.objectContaining({
            field: 'letterDate',
            code: 'report.letter_date_range',
            params: { min: '1900-01-01', max: '2100-12-31' },
          }),
        ],
      ]);
    }
    const long = await director({
      method: 'GET',
      url: scorecardUrl(fx.agencies.a.id, `letterNo=${'1'.repeat(41)}`),
    });
    expect([long.statusCode, long.json().details[0]]).toEqual([
      400,
      expect.objectContaining({ field: 'letterNo', code: 'field.too_long', params: { max: 40 } }),
    ]);
  });

  it('prints the letter number without control and bidi characters, and a blank one as a draft', async () => {
    const hidden = encodeURIComponent(' \u202e12\u2066/45\u0007 ');
    const cleaned = await director({
      method: 'GET',
      url: scorecardUrl(fx.agencies.a.id, `lang=ru&letterNo=${hidden}&letterDate=1900-01-01`),
    });
    expect(cleaned.statusCode).toBe(200);
    expect(textOf(cleaned.rawPayload, 'letter-no.pdf')).toMatch(/№ 12\/45\s/);
    const blankFa = await director({
      method: 'GET',
      url: scorecardUrl(fx.agencies.a.id, `lang=fa&letterNo=${encodeURIComponent(' \u200f ')}`),
    });
    expect(bare(textOf(blankFa.rawPayload, 'draft.pdf'))).toContain(bare('شماره پیش‌نویس'));
  });

  it('queues a scorecard for every ranked agency as a background job whose result is a ZIP of one PDF each', async () => {
    const queued = await director({ method: 'POST', url: `/api/cycles/${cycleId}/scorecard-batch?lang=ru` });
    expect(queued.statusCode).toBe(202);
    const { jobId } = queued.json() as JobStarted;
    // Only the director who may have the ranking report may queue it.
    expect(
      (await editorA({ method: 'POST', url: `/api/cycles/${cycleId}/scorecard-batch` })).statusCode,
    ).toBe(403);
    const job = await until(
      async () => (await director({ method: 'GET', url: `/api/jobs/${jobId}` })).json() as JobView,
      (view) => view.state === 'done' || view.state === 'failed',
      'the scorecard batch to finish',
    );
    expect(job).toMatchObject({ kind: 'agency-scorecards', state: 'done', progress: { done: 2, total: 2 } });
    const result = await director({ method: 'GET', url: `/api/jobs/${jobId}/result` });
    expect(result.headers['content-type']).toBe('application/zip');
    expect(utf8FileName(result.headers['content-disposition'])).toBe(`scorecards-${CYCLE_NAME}.zip`);
    // The jobs list says which cycle the batch is of.
    const listed = (await director({ method: 'GET', url: '/api/jobs' })).json() as { items: JobView[] };
    expect(listed.items.find((item) => item.id === jobId)?.label).toBe(CYCLE_NAME);
    const archive = await JSZip.loadAsync(result.rawPayload);
    expect(Object.keys(archive.files).sort()).toEqual(['A.pdf', 'B.pdf']);
    const b = await archive.file('B.pdf')?.async('nodebuffer');
    expect(bare(textOf(b ?? Buffer.alloc(0), 'b.pdf'))).toMatch(/Ведомство B .* Место 70 2 из 2/);
  });

  it('answers a second identical batch request with the job already queued, not a second job', async () => {
    const ask = () =>
      director({ method: 'POST', url: `/api/cycles/${cycleId}/scorecard-batch?lang=fa&letterNo=7` });
    const [first, second] = await Promise.all([ask(), ask()]);
    expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
    const { jobId } = first.json() as JobStarted;
    expect((second.json() as JobStarted).jobId).toBe(jobId);
    // Another letter number is another batch.
    const other = await director({
      method: 'POST',
      url: `/api/cycles/${cycleId}/scorecard-batch?lang=fa&letterNo=8`,
    });
    expect((other.json() as JobStarted).jobId).not.toBe(jobId);
    for (const id of [jobId, (other.json() as JobStarted).jobId])
      await until(
        async () => (await director({ method: 'GET', url: `/api/jobs/${id}` })).json() as JobView,
        (view) => view.state === 'done' || view.state === 'failed',
        'the batch to finish',
      );
  });

  it('refuses a batch of a cycle that ranks no agency yet with 409 report.no_ranking, queueing nothing', async () => {
    const empty = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: 'Без отчётов',
      status: 'open',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    });
    const before = await director({ method: 'GET', url: '/api/jobs' });
    const refused = await director({ method: 'POST', url: `/api/cycles/${empty.id}/scorecard-batch` });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'report.no_ranking']);
    const after = await director({ method: 'GET', url: '/api/jobs' });
    expect(after.json().total).toBe(before.json().total);
  });

  it('prints the ranking report for the director, with the method and both agencies ranked', async () => {
    const response = await director({
      method: 'GET',
      url: `/api/cycles/${cycleId}/ranking-report.pdf?lang=ru`,
    });
    expect(response.statusCode).toBe(200);
    expect(utf8FileName(response.headers['content-disposition'])).toBe(`ranking-${CYCLE_NAME}.pdf`);
    const text = bare(textOf(response.rawPayload, 'ranking.pdf'));
    expect(text).toContain('Методика');
    expect(text).toContain('целевые границы от 0 до 100');
    expect(text).toMatch(/1 Ведомство A 86/);
    expect(text).toMatch(/2 Ведомство B 70/);
    const editor = await editorA({ method: 'GET', url: `/api/cycles/${cycleId}/ranking-report.pdf` });
    expect(editor.statusCode).toBe(403);
  });

  it('prints a certificate page per winner with the nomination, the place and the first place’s prize, in Persian and Russian', async () => {
    const contestId = await publishedContest(testApp, director, fx.region.id);
    const certificates = async (lang: string) => {
      const response = await director({
        method: 'GET',
        url: `/api/contests/${contestId}/certificates.pdf?lang=${lang}`,
      });
      expect([response.statusCode, pagesOf(response.rawPayload, `certificates-${lang}.pdf`)]).toEqual([
        200, 2,
      ]);
      // A page of its own per winner: pdftotext marks each page's end with a form feed.
      return textOf(response.rawPayload, `certificates-${lang}.pdf`).split('\f').map(bare);
    };
    const [first, second] = await certificates('ru');
    expect(first).toMatch(/Ali Rezaei .*за 1 место в номинации «Пресс-секретарь года».*Приз: 400 000 ₸/);
    expect(second).toMatch(/Maria Ivanova .*за 2 место в номинации «Пресс-секретарь года»/);
    expect(second).not.toContain('Приз');
    // pdftotext may drop the space where Persian digits meet Persian letters, so spaces are left out of the match.
    const [firstFa, secondFa] = (await certificates('fa')).map((page) => page.replace(/ /g, ''));
    expect(firstFa).toContain('AliRezaei');
    expect(firstFa).toContain(bare('رتبهٔ۱دربخش«خبرنگاربرتر»'));
    expect(firstFa).toContain('۴۰۰٬۰۰۰');
    expect(secondFa).toContain(bare('رتبهٔ۲دربخش«خبرنگاربرتر»'));
    expect(secondFa).not.toContain(bare('جایزه'));
  });

  it('answers 503 with its code when Chromium is not where CHROMIUM_PATH points, and serves the rest', async () => {
    const without = await createTestApp(testApp.database, { CHROMIUM_PATH: '/nowhere/chromium' });
    try {
      const caller = await callerFor(without, fx.logins.director);
      const response = await caller({ method: 'GET', url: scorecardUrl(fx.agencies.a.id, 'lang=ru') });
      expect([response.statusCode, response.json().code]).toEqual([503, 'report.renderer_unavailable']);
      const json = await caller({
        method: 'GET',
        url: `/api/cycles/${cycleId}/scorecards/${fx.agencies.a.id}`,
      });
      expect(json.statusCode).toBe(200);
    } finally {
      await without.close();
    }
  });
});
