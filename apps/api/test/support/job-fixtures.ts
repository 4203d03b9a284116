import { Pool } from 'pg';
import type PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { JobWorker, type JobWorkerOptions } from '../../src/app/jobs/job-worker';
import type { TestApp } from './test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `accept` holds, for at most 20 s; never a timed assertion, only a bound on waiting. */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`gave up waiting for ${what}; last saw ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

/** A promise and the function that settles it: lets a test hold a handler mid-job. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * The queue's SQL on a pool of the test's own, which `freeze` turns into a dead process's: every later statement
 * waits for ever, so the worker neither completes nor fails its job, as when its process was killed.
 */
export class FreezableQueueDb implements PgBoss.Db {
  private readonly pool: Pool;
  private frozen = false;

  constructor(url: string) {
    this.pool = new Pool({ connectionString: url, max: 2 });
  }

  async executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
    if (this.frozen) return new Promise(() => undefined);
    return { rows: (await this.pool.query(text, values)).rows };
  }

  freeze(): void {
    this.frozen = true;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** A job worker on the test app's database, without the queue's maintenance timers. */
export function startTestWorker(
  testApp: TestApp,
  options: Partial<JobWorkerOptions> = {},
): Promise<JobWorker> {
  return JobWorker.start({
    connectionString: testApp.database.url,
    dataSource: testApp.app.get(DataSource),
    now: () => new Date(),
    warn: () => undefined,
    maintenance: false,
    pollingIntervalSeconds: 0.5,
    ...options,
  });
}
