import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { QUEUE_SCHEMA } from '../jobs/job-queue-schema';
import { deliverMail, recordMailFailure, type DeliverySettings } from './deliver-mail';
import { MAIL_QUEUE, MAIL_QUEUE_POOL_SIZE } from './mail-queue';
import { mailErrorText } from './mail-transport';
import { onMailQueued } from './mail-wake';

/** `application_name` of the mail worker's connections, so operators can tell them apart in pg_stat_activity. */
export const MAIL_APPLICATION_NAME = 'prgauge-mail';

/** How long a stopping worker lets a send in hand finish before handing it back to the queue. */
const STOP_GRACE_MS = 3_000;

/** How long one of the queue's own statements (fetch, complete) may run, and opening a connection may take. */
const QUEUE_QUERY_TIMEOUT_MS = 2_000;
const QUEUE_CONNECT_TIMEOUT_MS = 5_000;

export interface MailWorkerOptions extends DeliverySettings {
  /** Where the worker's pool connects (`MAIL_QUEUE_POOL_SIZE` connections); unused when `db` is given. */
  connectionString: string;
  /** The API's data source: messages are read and marked through its pool. */
  dataSource: DataSource;
  /** Where failures and pg-boss's warnings go. */
  warn: (message: string) => void;
  /** `SMTP_URL`, only to blank its password out of error texts. */
  smtpUrl?: string;
  /** Instead of its own pool, run the queue's SQL here. */
  db?: PgBoss.Db;
  /** How often an idle worker asks for mail, in seconds (it is also woken when mail is queued here). */
  pollingIntervalSeconds?: number;
}

/** node-postgres pool settings pg-boss passes through to its pool, which its types do not list. */
interface PoolBounds {
  keepAlive: boolean;
  connectionTimeoutMillis: number;
  query_timeout: number;
}

/** A pg-boss job's retry counters (fetched with `includeMetadata`). */
interface JobRetries {
  retryCount: number;
  retryLimit: number;
}

/**
 * Takes messages from the mail queue one at a time and delivers each (`deliverMail`). A failed try is kept on the
 * message and thrown back to the queue, which retries it with back-off; the last one gives the message up as
 * `failed`. The queue's maintenance (expiring the sends of a lost worker) is the job worker's (`jobs/job-worker.ts`),
 * which supervises the whole queue schema.
 */
export class MailWorker {
  private workerId: string | null = null;
  private stopWaking: (() => void) | null = null;

  private constructor(
    private readonly boss: PgBoss,
    private readonly options: MailWorkerOptions,
  ) {}

  /** Connects (never building the queue's schema: `migrate: false`) and starts taking messages. */
  static async start(options: MailWorkerOptions): Promise<MailWorker> {
    const config: PgBoss.ConstructorOptions & PoolBounds = {
      ...(options.db ? { db: options.db } : { connectionString: options.connectionString }),
      schema: QUEUE_SCHEMA,
      max: MAIL_QUEUE_POOL_SIZE,
      application_name: MAIL_APPLICATION_NAME,
      migrate: false,
      supervise: false,
      schedule: false,
      // pg-boss hands these to its pg.Pool: a server that vanished or froze cannot hold a fetch for ever.
      keepAlive: true,
      connectionTimeoutMillis: QUEUE_CONNECT_TIMEOUT_MS,
      query_timeout: QUEUE_QUERY_TIMEOUT_MS,
    };
    const boss = new PgBoss(config);
    boss.on('error', (error: Error) => options.warn(`mail queue: ${error.message}`));
    await boss.start();
    const worker = new MailWorker(boss, options);
    worker.workerId = await boss.work<object>(
      MAIL_QUEUE,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1, includeMetadata: true },
      async ([job]) => {
        await worker.run(job.id, job as unknown as JobRetries);
        // More may be queued behind it (one event often mails several people): fetch again now, not at the poll.
        worker.wake();
      },
    );
    worker.stopWaking = onMailQueued(() => worker.wake());
    return worker;
  }

  /** Ends the wait for the next poll, so that mail just queued is taken now. */
  wake(): void {
    if (this.workerId) this.boss.notifyWorker(this.workerId);
  }

  /** The queue, for tests. */
  get queue(): PgBoss {
    return this.boss;
  }

  /**
   * Stops taking messages and lets a send in hand finish for a moment; one still running then goes back to the
   * queue (it may be sent again, with the same Message-ID). `graceful: false` hands it back at once, as a process
   * being killed does. Closes the worker's pool.
   */
  async stop(options: { graceful?: boolean } = {}): Promise<void> {
    this.stopWaking?.();
    const graceful = options.graceful ?? true;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, STOP_GRACE_MS + QUEUE_QUERY_TIMEOUT_MS);
    });
    try {
      // Bounded: a queue whose database is gone must not hold up the rest of the shutdown.
      await Promise.race([this.boss.stop({ graceful, timeout: STOP_GRACE_MS, wait: true }), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async run(id: string, retries: JobRetries): Promise<void> {
    const manager = this.options.dataSource.manager;
    try {
      await deliverMail(manager, id, this.options);
    } catch (error) {
      const text = mailErrorText(error, this.options.smtpUrl);
      const final = retries.retryCount >= retries.retryLimit;
      await recordMailFailure(manager, id, text, final);
      this.options.warn(
        `mail ${id} not sent (try ${retries.retryCount + 1}${final ? ', the last' : ''}): ${text}`,
      );
      // Thrown again without the original, whose fields might carry more than the text kept.
      if (!final) throw new Error(text);
    }
  }
}
