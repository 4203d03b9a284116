import { DataSource } from 'typeorm';
import { Clock } from '../../src/app/common/clock';
import { smtpTransport, type MailTransport } from '../../src/app/mail/mail-transport';
import { MailWorker } from '../../src/app/mail/mail-worker';
import { until } from './job-fixtures';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from './smtp-server';
import type { TestApp } from './test-app';

/** `MAIL_FROM` of the tests' mail workers. */
export const TEST_MAIL_FROM = 'PR Gauge <noreply@prgauge.example>';

/**
 * A mail worker on the test app's database, reading the app's clock, that sends through `transport` (null keeps
 * every message in the outbox). `publicUrl` is the app's `PUBLIC_URL`. Its poll is a minute, longer than any wait
 * in a test: a message goes out because its commit woke the worker.
 */
export function startTestMailWorker(
  testApp: TestApp,
  transport: MailTransport | null,
  options: { publicUrl: string; warn?: (message: string) => void },
): Promise<MailWorker> {
  const clock = testApp.app.get(Clock);
  return MailWorker.start({
    connectionString: testApp.database.url,
    dataSource: testApp.app.get(DataSource),
    transport,
    from: TEST_MAIL_FROM,
    publicUrl: options.publicUrl,
    now: () => clock.now(),
    warn: options.warn ?? (() => undefined),
    pollingIntervalSeconds: 60,
  });
}

/** A real SMTP server in the test process and a mail worker of the test app sending to it. */
export interface SmtpDelivery {
  smtp: TestSmtpServer;
  /**
   * Waits until no message is left queued (each was accepted by the server or given up), then gives every message
   * the server accepted after the first `since`, in order. Polls; never a timed assertion.
   */
  delivered(since: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

/** Starts the server and the worker; `publicUrl` is the app's `PUBLIC_URL`. */
export async function startSmtpDelivery(testApp: TestApp, publicUrl: string): Promise<SmtpDelivery> {
  const smtp = await startSmtpServer();
  const transport = smtpTransport(smtp.url);
  const worker = await startTestMailWorker(testApp, transport, { publicUrl });
  const ds = testApp.app.get(DataSource);
  return {
    smtp,
    async delivered(since) {
      await until(
        async () =>
          Number((await ds.query(`SELECT count(*) AS n FROM mail_message WHERE state = 'queued'`))[0].n),
        (queued) => queued === 0,
        'every queued message sent',
      );
      return smtp.received.slice(since);
    },
    async stop() {
      await worker.stop();
      transport.close();
      await smtp.stop();
    },
  };
}

/** The subjects of the messages addressed to `address`, in the order they arrived. */
export function subjectsTo(mails: ReceivedMail[], address: string): string[] {
  return mails.filter((m) => m.recipients.includes(address)).map((m) => m.parsed.subject ?? '');
}
