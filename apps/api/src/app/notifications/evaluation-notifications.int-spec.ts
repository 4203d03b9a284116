import type { SubmissionView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { releaseClock, setClock } from '../../../test/support/clock';
import { SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { callerFor, type Caller, type RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { insertAccount } from '../../../test/support/contest-fixtures';
import { seedCommittee } from '../../../test/support/committee-fixtures';
import { startSmtpDelivery, subjectsTo, type SmtpDelivery } from '../../../test/support/smtp-delivery';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { runMaintenanceTasks } from '../jobs/maintenance-tasks';
import { DeadlineReminders } from '../submissions/deadline-reminders';
import { SubmissionNotices } from '../submissions/submission-notices';

interface NoteRow {
  login: string;
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
}

const PUBLIC_URL = 'https://prgauge.example.gov';

// The region keeps Tehran time (UTC+03:30): a deadline at 18:00 there is 14:30 UTC.
describe('the evaluation cycle tells its people', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let fx: RegionFixture;
  let director: Caller;
  let evaluator: Caller;
  let editorA: Caller;
  let reminders: DeadlineReminders;
  let mail: SmtpDelivery;

  beforeAll(async () => {
    testApp = await createTestApp(undefined, { JOB_WORKER: 'false', PUBLIC_URL });
    ds = testApp.app.get(DataSource);
    // The app's queue worker stays off (its maintenance would sweep at times of its own); this one only sends.
    mail = await startSmtpDelivery(testApp, PUBLIC_URL);
    reminders = testApp.app.get(DeadlineReminders);
    fx = await seedRegions(testApp);
    await ds.query(`UPDATE region SET time_zone = 'Asia/Tehran' WHERE id = $1`, [fx.region.id]);
    const member = await insertAccount(testApp, 'judge', 'committee_member', fx.region.id);
    await seedCommittee(testApp, {
      regionId: fx.region.id,
      kind: 'performance_evaluation',
      name: { ru: 'Комиссия по оценке' },
      memberUserIds: [member.id],
    });
    [director, evaluator, editorA] = await Promise.all(
      [fx.logins.director, fx.logins.evaluator, fx.logins.editorA].map((login) => callerFor(testApp, login)),
    );
  });
  afterAll(async () => {
    if (testApp) releaseClock(testApp);
    await mail?.stop();
    await testApp?.close();
  });

  const notes = (kind: string, keyPart = ''): Promise<NoteRow[]> =>
    ds.query(
      `SELECT u.login, n.kind, n.event_key, n.params, n.link FROM notification n JOIN app_user u ON u.id = n.account_id
        WHERE n.kind = $1 AND n.event_key LIKE $2 ORDER BY n.created_at, u.login`,
      [kind, `%${keyPart}%`],
    );
  const mails = (kind: string, keyPart = ''): Promise<MailRow[]> =>
    ds.query(
      `SELECT to_address, locale, subject, text_body FROM mail_message
        WHERE kind = $1 AND idempotency_key LIKE $2 ORDER BY created_at, to_address`,
      [kind, `%${keyPart}%`],
    );
  const loginsOf = (rows: NoteRow[]) => rows.map((r) => r.login);

  async function openCycle(name: string, deadline: string): Promise<string> {
    const created = await director({
      method: 'POST',
      url: '/api/cycles',
      payload: {
        name,
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        deadline,
        framework: SMALL_FRAMEWORK,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await director({ method: 'POST', url: `/api/cycles/${created.json().id}/open` })).statusCode,
    ).toBe(200);
    return created.json().id;
  }
  async function submitA(cycleId: string): Promise<SubmissionView> {
    const mine = (await editorA({ method: 'GET', url: `/api/cycles/${cycleId}/submissions/mine` })).json();
    const values = [
      { indicator: 'media.releases', value: 12 },
      { indicator: 'web.answered', value: 80 },
    ];
    const saved = await editorA({
      method: 'PUT',
      url: `/api/submissions/${mine.id}/values`,
      payload: { version: mine.version, values },
    });
    return send(editorA, 'submit', mine.id, { version: saved.json().version });
  }
  async function send(caller: Caller, step: string, id: string, payload: object): Promise<SubmissionView> {
    const answer = await caller({ method: 'POST', url: `/api/submissions/${id}/${step}`, payload });
    expect([step, answer.statusCode]).toEqual([step, 200]);
    return answer.json();
  }

  it('an open cycle, a return with its comments, a resubmission, an approval and the results', async () => {
    setClock(testApp, '2026-06-01T06:00:00Z');
    const cycleId = await openCycle('Цикл 2026', '2026-07-10T18:00:00+03:30');
    expect(loginsOf(await notes('cycle.opened', cycleId))).toEqual(['editor-a', 'editor-b']);
    const submitted = await submitA(cycleId);
    const id = submitted.id;
    const comments = [
      { indicator: 'media.releases', body: 'Нет ссылок на публикации' },
      { body: 'Приложите план работы' },
    ];

    // A return whose transaction fails after recording its notification leaves no trace of it.
    const notices = testApp.app.get(SubmissionNotices);
    const returned = notices.returned.bind(notices);
    jest.spyOn(notices, 'returned').mockImplementationOnce(async (...args) => {
      await returned(...args);
      throw new Error('the return failed');
    });
    const failed = await director({
      method: 'POST',
      url: `/api/submissions/${id}/return`,
      payload: { version: submitted.version, comments },
    });
    expect(failed.statusCode).toBe(500);
    expect(await notes('submission.returned', id)).toEqual([]);
    expect(await mails('submission.returned', id)).toEqual([]);

    // The director returns it through the route the review page uses.
    const sentBefore = (await mail.delivered(0)).length;
    const back = await send(director, 'return', id, { version: submitted.version, comments });
    const [note, ...others] = await notes('submission.returned', id);
    expect(others).toEqual([]);
    expect(note).toMatchObject({ login: 'editor-a', link: `/submissions/${id}` });
    // The remark on the whole submission first, then the fields in the framework's order.
    expect(note.params['items']).toEqual([
      {
        field: expect.objectContaining({ ru: 'Отчёт в целом' }),
        text: 'Приложите план работы',
        link: `/submissions/${id}`,
      },
      {
        field: { ru: 'Пресс-релизы', en: 'Press releases' },
        text: 'Нет ссылок на публикации',
        link: `/submissions/${id}?field=media.releases`,
      },
    ]);
    const [row] = await mails('submission.returned', id);
    expect(row).toMatchObject({
      to_address: 'editor-a@prgauge.example',
      locale: 'ru',
      subject: 'Отчёт Ведомство A возвращён на доработку',
    });
    // What the editor's mail program receives, in their language, with each comment linked to its field.
    const delivered = await mail.delivered(sentBefore);
    expect(subjectsTo(delivered, 'editor-a@prgauge.example')).toEqual([
      'Отчёт Ведомство A возвращён на доработку',
    ]);
    const [received] = delivered.filter((m) => m.recipients.includes('editor-a@prgauge.example'));
    const { text = '', html = '' } = received.parsed;
    expect(text).toContain('director вернул(а) отчёт за цикл «Цикл 2026» с замечаниями:');
    expect(text).toContain('Отчёт в целом: Приложите план работы');
    expect(text).toContain('Пресс-релизы: Нет ссылок на публикации');
    expect(text).toContain(`${PUBLIC_URL}/submissions/${id}?field=media.releases`);
    expect(html).toContain('Пресс-релизы: Нет ссылок на публикации');
    expect(html).toContain(`href="${PUBLIC_URL}/submissions/${id}?field=media.releases"`);
    expect(html).toContain(`href="${PUBLIC_URL}/submissions/${id}"`);
    expect(html).toContain('<html lang="ru" dir="ltr">');

    // The agency answers both comments and sends it back; a second return is told again.
    const open = (await editorA({ method: 'GET', url: `/api/submissions/${id}` })).json().comments;
    for (const comment of open) {
      const reply = await editorA({
        method: 'PUT',
        url: `/api/submissions/${id}/comments/${comment.id}/reply`,
        payload: { body: 'Исправлено' },
      });
      expect(reply.statusCode).toBe(200);
    }
    const again = await send(editorA, 'submit', id, { version: back.version });
    expect(loginsOf(await notes('submission.resubmitted', id))).toEqual(['evaluator', 'judge']);
    const second = await send(evaluator, 'return', id, {
      version: again.version,
      comments: [{ indicator: 'web.answered', body: 'Уточните долю' }],
    });
    expect(loginsOf(await notes('submission.returned', id))).toEqual(['editor-a', 'editor-a']);
    expect((await mails('submission.returned', id)).map((m) => m.to_address)).toHaveLength(2);

    await editorA({
      method: 'PUT',
      url: `/api/submissions/${id}/comments/${second.comments.at(-1)?.id}/reply`,
      payload: { body: 'Уточнено' },
    });
    const third = await send(editorA, 'submit', id, { version: second.version });
    const rated = await evaluator({
      method: 'PUT',
      url: `/api/submissions/${id}/values`,
      payload: { version: third.version, values: [{ indicator: 'media.quality', value: 4 }] },
    });
    await send(evaluator, 'approve', id, { version: rated.json().version });
    expect(loginsOf(await notes('submission.approved', id))).toEqual(['editor-a']);

    await director({ method: 'POST', url: `/api/cycles/${cycleId}/close` });
    expect((await director({ method: 'POST', url: `/api/cycles/${cycleId}/publish` })).statusCode).toBe(201);
    expect(loginsOf(await notes('results.published', cycleId))).toEqual([
      'director',
      'editor-a',
      'editor-b',
      'evaluator',
      'judge',
      'viewer',
    ]);
  });

  it('reminds at 7, 3 and 1 days once each, re-planned by a moved deadline and an extension', async () => {
    setClock(testApp, '2026-08-01T06:00:00Z');
    // B's editor reads Persian; A's has submitted and must hear of no reminder.
    await ds.query(`UPDATE app_user SET locale = 'fa' WHERE login = 'editor-b'`);
    const since = (await mail.delivered(0)).length;
    const inbox = async (login: string) =>
      subjectsTo(await mail.delivered(since), `${login}@prgauge.example`);
    const reminderSubject = 'روزهای باقی‌مانده تا مهلت ارسال گزارش: ';
    // The days of each reminder B's editor received by SMTP, in order, in Persian digits.
    const remindedByMail = async () =>
      (await inbox('editor-b'))
        .filter((subject) => subject.startsWith(reminderSubject))
        // The number sits in a first-strong isolate (see render-notification.ts); compared here as read.
        .map((subject) => subject.slice(reminderSubject.length).replace(/[\u2068\u2069]/g, ''));
    const cycleId = await openCycle('Осень 2026', '2026-09-10T18:00:00+03:30');
    await submitA(cycleId);
    // Two sweeps at once, as on two API instances, then a third: the total sent, then what the third sent.
    const sweep = async (at: string): Promise<number[]> => {
      setClock(testApp, at);
      const run = () => reminders.sendDueReminders(new Date(at));
      const together = await Promise.all([run(), run()]);
      return [together[0] + together[1], await run()];
    };
    const told = async () =>
      (await notes('deadline.reminder'))
        .map((n) => `${n.login}:${n.params['days']}`)
        .concat((await notes('deadline.overdue')).map((n) => `${n.login}:overdue`));
    const digests = async () =>
      (await notes('deadline.digest')).map((n) => [
        n.login,
        (n.params['items'] as { agency: { en: string } }[]).map((i) => i.agency.en),
      ]);

    expect(await sweep('2026-09-03T14:29:59Z')).toEqual([0, 0]);
    // B and C are behind (C has no editor account, so only its directors hear of it); A has submitted.
    expect(await sweep('2026-09-03T14:30:00Z')).toEqual([3, 0]);
    expect(await told()).toEqual(['editor-b:7']);
    expect(await digests()).toEqual([['director', ['Agency B', 'Agency C']]]);
    const [digestMail] = await mails('deadline.digest');
    expect(digestMail).toMatchObject({ to_address: 'director@prgauge.example', locale: 'ru' });
    expect(digestMail.subject).toBe('«Осень 2026»: ведомств, не сдавших отчёт: 2');
    expect(digestMail.text_body).toContain('Ведомство B — срок до');
    expect(await remindedByMail()).toEqual(['۷']);
    expect(await inbox('editor-b')).toContain(`${reminderSubject}\u2068۷\u2069`);

    // The deadline moves two days later: the old 3-day point never fires, the new deadline's points do.
    const cycle = (await director({ method: 'GET', url: `/api/cycles/${cycleId}` })).json();
    const moved = await director({
      method: 'PATCH',
      url: `/api/cycles/${cycleId}`,
      payload: { version: cycle.version, deadline: '2026-09-12T18:00:00+03:30' },
    });
    expect(moved.statusCode).toBe(200);
    expect(await sweep('2026-09-05T14:29:00Z')).toEqual([0, 0]);
    expect(await sweep('2026-09-05T14:30:00Z')).toEqual([3, 0]);
    expect(await remindedByMail()).toEqual(['۷', '۷']);
    expect(await sweep('2026-09-07T14:30:00Z')).toEqual([0, 0]);
    expect(await remindedByMail()).toEqual(['۷', '۷']);
    expect(await sweep('2026-09-09T14:30:00Z')).toEqual([3, 0]);
    expect(await told()).toEqual(['editor-b:7', 'editor-b:7', 'editor-b:3']);
    expect(await remindedByMail()).toEqual(['۷', '۷', '۳']);

    // B's extension moves its reminders only; C keeps the cycle's deadline.
    setClock(testApp, '2026-09-10T10:00:00Z');
    const granted = await director({
      method: 'POST',
      url: `/api/cycles/${cycleId}/extensions`,
      payload: { agencyId: fx.agencies.b.id, until: '2026-09-20', reason: 'Смена руководителя' },
    });
    expect(granted.statusCode).toBe(201);
    const [extended] = await notes('deadline.extended');
    expect(extended).toMatchObject({
      login: 'editor-b',
      params: { deadline: { instant: '2026-09-20T20:29:59.999Z' } },
    });
    expect(await sweep('2026-09-11T14:30:00Z')).toEqual([2, 0]);
    expect(await sweep('2026-09-12T14:30:00.001Z')).toEqual([2, 0]);
    expect(await told()).toEqual(['editor-b:7', 'editor-b:7', 'editor-b:3']);
    // This point comes through the queue's every-minute maintenance, where the sweep is registered.
    setClock(testApp, '2026-09-13T20:29:59.999Z');
    const warnings: string[] = [];
    await runMaintenanceTasks(ds.manager, new Date('2026-09-13T20:29:59.999Z'), (w) => warnings.push(w));
    expect(warnings).toEqual([]);
    expect(await told()).toEqual(['editor-b:7', 'editor-b:7', 'editor-b:3', 'editor-b:7']);
    expect(await remindedByMail()).toEqual(['۷', '۷', '۳', '۷']);
    expect((await digests()).map(([login]) => login)).toEqual([
      'director',
      'director',
      'director',
      'director',
      'director',
    ]);
    expect((await notes('deadline.digest')).map((n) => n.event_key.split(':').at(-1))).toEqual([
      '7',
      '7',
      '3',
      '1',
      'overdue',
    ]);
    expect((await notes('deadline.reminder', '')).filter((n) => n.login === 'editor-a')).toEqual([]);

    // B's 3- and 1-day points before its extended deadline, each sent once however often the sweep runs.
    expect(await sweep('2026-09-17T20:29:59.998Z')).toEqual([0, 0]);
    expect(await sweep('2026-09-17T20:29:59.999Z')).toEqual([1, 0]);
    expect(await sweep('2026-09-19T20:29:59.999Z')).toEqual([1, 0]);
    expect(await sweep('2026-09-19T22:00:00Z')).toEqual([0, 0]);
    expect(await remindedByMail()).toEqual(['۷', '۷', '۳', '۷', '۳', '۱']);
    expect(await inbox('editor-a')).toEqual(['Открыт цикл «Осень 2026»']);
    const last = (await mail.delivered(since)).at(-1);
    expect(last?.recipients).toEqual(['editor-b@prgauge.example']);
    expect(last?.parsed.html).toMatch(/<html lang="fa" dir="rtl">/);
    expect(last?.parsed.html).toContain(`href="${PUBLIC_URL}/submissions/`);
  });
});
