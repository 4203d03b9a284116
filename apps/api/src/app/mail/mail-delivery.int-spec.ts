import type { MailMessageSummary, MailMessageView, Page } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { callerFor, seedRegions, type RegionFixture } from '../../../test/support/fixtures';
import { gate, until } from '../../../test/support/job-fixtures';
import { startTestMailWorker, TEST_MAIL_FROM as FROM } from '../../../test/support/smtp-delivery';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../../../test/support/smtp-server';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { QUEUE_SCHEMA } from '../jobs/job-queue-schema';
import { Notifier, type NotificationEvent } from '../notifications/notifier';
import { deliverMail } from './deliver-mail';
import { giveUpLostMail, LOST_MAIL_ERROR } from './lost-mail';
import { MAIL_QUEUE } from './mail-queue';
import { smtpTransport, type MailTransport } from './mail-transport';
import type { MailWorker } from './mail-worker';

const PUBLIC_URL = 'https://prgauge.example.gov';

/** Where the messages of one event stand, by recipient. */
interface MessageRow {
  id: string;
  to_address: string;
  message_id: string;
  state: string;
  attempts: number;
  last_error: string | null;
  text_body: string;
}

describe('delivering email through SMTP from the mail queue', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let fx: RegionFixture;
  let notifier: Notifier;
  let smtp: TestSmtpServer;
  const workers: MailWorker[] = [];
  const transports: MailTransport[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // No worker of the app's own: each test starts (and kills) the workers it needs.
    testApp = await createTestApp(undefined, { JOB_WORKER: 'false', PUBLIC_URL });
    ds = testApp.app.get(DataSource);
    notifier = testApp.app.get(Notifier);
    fx = await seedRegions(testApp);
    await ds.query(`UPDATE app_user SET locale = 'fa' WHERE login = $1`, [fx.logins.editorB]);
  });
  // Each test's workers end with it, so that none takes the next test's messages.
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.stop().catch(() => undefined);
    for (const transport of transports.splice(0)) transport.close();
  });
  afterAll(async () => {
    await testApp?.close();
    await smtp?.stop();
  });

  /** A worker on the test's database; `transport` null keeps messages in the outbox. */
  async function startWorker(
    transport: MailTransport | null,
    warn: (message: string) => void = () => undefined,
  ): Promise<MailWorker> {
    if (transport) transports.push(transport);
    const worker = await startTestMailWorker(testApp, transport, { publicUrl: PUBLIC_URL, warn });
    workers.push(worker);
    return worker;
  }

  const returned = (key: string, agencyIds: string[]): NotificationEvent => ({
    kind: 'submission.returned',
    key,
    regionId: fx.region.id,
    audience: { regionId: fx.region.id, roles: ['agency_editor'], agencyIds },
    params: {
      agency: fx.agencies.a.name,
      cycle: '2026',
      reviewer: 'Директор',
      items: [
        {
          field: { ru: 'Пресс-релизы', en: 'Press releases', fa: 'اطلاعیه‌های مطبوعاتی' },
          text: 'Нет ссылок на публикации',
          link: '/cycles/c/submissions/s?field=media.releases',
        },
      ],
    },
    link: '/cycles/c/submissions/s',
  });
  const notify = (event: NotificationEvent) => ds.transaction((m) => notifier.notify(m, event));
  const messages = (key: string) =>
    ds.query(
      `SELECT id, to_address, message_id, state, attempts, last_error, text_body FROM mail_message
        WHERE idempotency_key LIKE $1 ORDER BY to_address`,
      [`${key}:%`],
    ) as Promise<MessageRow[]>;
  const mailJobs = async () =>
    Number(
      (await ds.query(`SELECT count(*) AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1`, [MAIL_QUEUE]))[0].n,
    );
  /** Ends a retry's back-off now, as the clock reaching it would. */
  const retryNow = (id: string) =>
    ds.query(`UPDATE ${QUEUE_SCHEMA}.job SET start_after = now() WHERE id = $1 AND state = 'retry'`, [id]);
  const jobState = async (id: string) =>
    ((await ds.query(`SELECT state FROM ${QUEUE_SCHEMA}.job WHERE id = $1`, [id])) as { state: string }[])[0]
      ?.state;
  const to = (mails: ReceivedMail[], address: string) => mails.filter((m) => m.recipients.includes(address));

  it('reaches each editor by SMTP in their language, Persian right to left, with the comments and both parts', async () => {
    await startWorker(smtpTransport(smtp.url));
    const queuedBefore = await mailJobs();
    await expect(
      ds.transaction(async (m) => {
        await notifier.notify(m, returned('rolled-back', [fx.agencies.a.id]));
        throw new Error('the return failed');
      }),
    ).rejects.toThrow('the return failed');
    expect(await mailJobs()).toBe(queuedBefore);

    const start = smtp.received.length;
    const connectionsBefore = smtp.connections;
    await notify(returned('return-1', [fx.agencies.a.id, fx.agencies.b.id]));
    const mails = (await smtp.waitFor(start + 2)).slice(start);
    const rows = await until(
      () => messages('return-1'),
      (all) => all.every((row) => row.state === 'sent'),
      'both messages marked sent',
    );
    // One connection carries both: the second pays no new handshake.
    expect(smtp.connections - connectionsBefore).toBe(1);

    const [ru] = to(mails, 'editor-a@prgauge.example');
    expect(ru.parsed.subject).toBe('Отчёт Ведомство A возвращён на доработку');
    expect(ru.parsed.messageId).toBe(rows[0].message_id);
    expect(ru.parsed.from?.value).toEqual([{ name: 'PR Gauge', address: 'noreply@prgauge.example' }]);
    expect(ru.parsed.text).toContain('Пресс-релизы: Нет ссылок на публикации');
    expect(ru.parsed.text).toContain(`${PUBLIC_URL}/cycles/c/submissions/s?field=media.releases`);
    expect(ru.parsed.html).toContain('Пресс-релизы: Нет ссылок на публикации');
    expect(ru.parsed.html).toContain(`href="${PUBLIC_URL}/cycles/c/submissions/s"`);
    expect(ru.parsed.html).toContain('Открыть отчёт');
    expect(ru.parsed.html).toContain('dir="ltr"');
    const header = (name: string) =>
      ru.parsed.headerLines
        .find((line) => line.key === name)
        ?.line.replace(/^[^:]+:\s*/, '')
        .replace(/\r\n\s+/g, ' ');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(
      new RegExp(`^<${PUBLIC_URL}/api/mail/unsubscribe\\?token=[\\w.-]+>$`),
    );

    const [fa] = to(mails, 'editor-b@prgauge.example');
    expect(fa.parsed.subject).toContain('برای اصلاح بازگردانده شد');
    expect(fa.parsed.text).toContain(
      '\u2068اطلاعیه‌های مطبوعاتی\u2069: \u2068Нет ссылок на публикации\u2069',
    );
    expect(fa.parsed.html).toMatch(/<html lang="fa" dir="rtl">/);
    expect(fa.parsed.html).toContain('text-align:right');
    expect(fa.parsed.html).toContain(
      '\u2068اطلاعیه‌های مطبوعاتی\u2069: \u2068Нет ссылок на публикации\u2069',
    );
    expect(fa.parsed.html).toContain('خاموش کردن ایمیل‌های این نوع');
  });

  it('resends at most once, with the same Message-ID, when the worker dies between the send and the mark', async () => {
    const real = smtpTransport(smtp.url);
    const sent = gate();
    const revived = gate();
    const over = gate();
    const dying = await startWorker(
      {
        async send(mail) {
          await real.send(mail);
          sent.open();
          // The process is gone before it records the send; its last breath comes after the test's checks.
          await revived.opened;
          throw new Error('the process is gone');
        },
        close: () => real.close(),
      },
      () => over.open(),
    );
    const start = smtp.received.length;
    await notify(returned('crash-1', [fx.agencies.a.id]));
    await sent.opened;
    await dying.stop({ graceful: false });
    const [lost] = await messages('crash-1');
    expect(lost).toMatchObject({ state: 'queued', attempts: 1 });
    expect(await jobState(lost.id)).toBe('retry');

    const next = await startWorker(smtpTransport(smtp.url));
    await retryNow(lost.id);
    next.wake();
    const [row] = await until(
      () => messages('crash-1'),
      ([message]) => message.state === 'sent',
      'the message marked sent',
    );
    const copies = smtp.received.slice(start);
    expect(copies).toHaveLength(2);
    expect(new Set(copies.map((copy) => copy.parsed.messageId))).toEqual(new Set([row.message_id]));
    expect(row.attempts).toBe(2);
    // A message once sent is never sent again, whoever runs its job.
    const transport = smtpTransport(smtp.url);
    transports.push(transport);
    const settings = { transport, from: FROM, publicUrl: PUBLIC_URL, now: () => new Date() };
    expect(await deliverMail(ds.manager, row.id, settings)).toBe('skipped');
    expect(smtp.received.slice(start)).toHaveLength(2);
    revived.open();
    await over.opened;
    expect(await messages('crash-1')).toMatchObject([{ state: 'sent', last_error: null }]);
  });

  it('retries a message the server refused for now, keeping its answer until it is sent', async () => {
    const worker = await startWorker(smtpTransport(smtp.url));
    const start = smtp.received.length;
    smtp.refuseNext(1, 451);
    await notify(returned('refused-1', [fx.agencies.a.id]));
    const [refused] = await until(
      () => messages('refused-1'),
      ([message]) => message.last_error !== null,
      'the refusal recorded',
    );
    expect(refused).toMatchObject({ state: 'queued', attempts: 1 });
    expect(refused.last_error).toContain('451');
    await until(
      () => jobState(refused.id),
      (state) => state === 'retry',
      'the job waiting for its retry',
    );
    await retryNow(refused.id);
    worker.wake();
    await smtp.waitFor(start + 1);
    const [row] = await until(
      () => messages('refused-1'),
      ([message]) => message.state === 'sent',
      'the message marked sent',
    );
    expect(row).toMatchObject({ attempts: 2, last_error: null });
    expect(to(smtp.received.slice(start), 'editor-a@prgauge.example')).toHaveLength(1);
  });

  it("gives a message up as failed after the queue's last retry, with the server's answer", async () => {
    const worker = await startWorker(smtpTransport(smtp.url));
    smtp.refuseNext(2, 451);
    await notify(returned('failing-1', [fx.agencies.a.id]));
    const [first] = await until(
      () => messages('failing-1'),
      ([message]) => message.attempts === 1 && message.last_error !== null,
      'the first refusal',
    );
    await until(
      () => jobState(first.id),
      (state) => state === 'retry',
      'the job waiting for its retry',
    );
    // The next fetch counts the last retry the queue allows.
    await ds.query(
      `UPDATE ${QUEUE_SCHEMA}.job SET retry_count = retry_limit - 1, start_after = now() WHERE id = $1`,
      [first.id],
    );
    worker.wake();
    const [row] = await until(
      () => messages('failing-1'),
      ([message]) => message.state !== 'queued',
      'the message given up',
    );
    expect(row).toMatchObject({ state: 'failed', attempts: 2 });
    expect(row.last_error).toContain('451');
  });

  it('gives up a message whose job the queue failed after losing its worker on the last try', async () => {
    await notify(returned('lost-1', [fx.agencies.a.id]));
    const [lost] = await messages('lost-1');
    // What pg-boss's expiry does to an active job past its last retry; no worker hears of it.
    await ds.query(`UPDATE ${QUEUE_SCHEMA}.job SET state = 'failed' WHERE id = $1`, [lost.id]);
    expect(await giveUpLostMail(ds.manager)).toBe(1);
    expect(await messages('lost-1')).toMatchObject([{ state: 'failed', last_error: LOST_MAIL_ERROR }]);
    expect(await giveUpLostMail(ds.manager)).toBe(0);
  });

  it('keeps messages in the outbox without SMTP, which admins read, and unsubscribes by kind', async () => {
    await startWorker(null);
    const start = smtp.received.length;
    await notify(returned('kept-1', [fx.agencies.a.id]));
    const [kept] = await until(
      () => messages('kept-1'),
      ([message]) => message?.state === 'kept',
      'the message kept',
    );
    expect(smtp.received.length).toBe(start);

    const director = await callerFor(testApp, fx.logins.director);
    const list = (
      await director({ method: 'GET', url: '/api/mail/outbox?limit=50' })
    ).json() as Page<MailMessageSummary>;
    expect(list.items[0]).toMatchObject({ id: kept.id, state: 'kept', to: 'editor-a@prgauge.example' });
    const read = await director({ method: 'GET', url: `/api/mail/outbox/${kept.id}` });
    expect(read.statusCode).toBe(200);
    const view = read.json() as MailMessageView;
    expect(view).toMatchObject({ subject: 'Отчёт Ведомство A возвращён на доработку', state: 'kept' });
    expect(view.text).toContain('Пресс-релизы: Нет ссылок на публикации');
    expect(view.html).toContain('<html lang="ru" dir="ltr">');
    const token = /\/unsubscribe\?token=([\w.-]+)/.exec(kept.text_body)?.[1] ?? '';
    expect(token).toMatch(/^[\w-]+\.[\w-]{43}$/);
    expect(view.text).toContain('/unsubscribe?token=hidden');
    expect(`${view.text}${view.html}`).not.toContain(token);
    const foreign = await callerFor(testApp, fx.logins.foreignDirector);
    expect((await foreign({ method: 'GET', url: `/api/mail/outbox/${kept.id}` })).statusCode).toBe(404);
    const foreignList = (
      await foreign({ method: 'GET', url: '/api/mail/outbox' })
    ).json() as Page<MailMessageSummary>;
    expect(foreignList.items.map((item) => item.id)).not.toContain(kept.id);

    const forged = `${token.slice(0, 37)}${token.slice(37).split('').reverse().join('')}`;
    const refused = await testApp.request({ method: 'POST', url: `/api/mail/unsubscribe?token=${forged}` });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'mail.unsubscribe_invalid' });
    const missing = await testApp.request({ method: 'POST', url: '/api/mail/unsubscribe' });
    expect(missing.statusCode).toBe(400);

    // As a mail program's one click (RFC 8058): a form post, without signing in.
    const done = await testApp.request({
      method: 'POST',
      url: `/api/mail/unsubscribe?token=${token}`,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ kind: 'submission.returned' });
    const [editor] = await ds.query(`SELECT id FROM app_user WHERE login = $1`, [fx.logins.editorA]);
    expect(
      await ds.query(`SELECT kind, channel, enabled FROM notification_preference WHERE account_id = $1`, [
        editor.id,
      ]),
    ).toEqual([{ kind: 'submission.returned', channel: 'email', enabled: false }]);

    await notify(returned('kept-2', [fx.agencies.a.id, fx.agencies.b.id]));
    const after = await messages('kept-2');
    expect(after.map((row) => row.to_address)).toEqual(['editor-b@prgauge.example']);
    const bell = await ds.query(`SELECT 1 FROM notification WHERE account_id = $1 AND event_key = 'kept-2'`, [
      editor.id,
    ]);
    expect(bell).toHaveLength(1);
  });
});
