import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { Environment } from '../config/environment';
import { ENVIRONMENT } from '../config/environment.token';
import { JobWorker } from './job-worker';
import { queueWorkerStarters, type QueueWorkerContext, type StartedQueueWorker } from './queue-workers';

/**
 * Starts this instance's job worker once the app is up, then the other folders' queue workers
 * (`registerQueueWorker`), and stops them all before the database pool closes, so work in hand gets its grace
 * period and is otherwise handed back to its queue. A queue schema that the migrations did not build fails the
 * start (`QueueSchemaError`).
 */
@Injectable()
export class JobQueueLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private workers: { name: string; worker: StartedQueueWorker }[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.JOB_WORKER) return;
    const context: QueueWorkerContext = {
      connectionString: (this.dataSource.options as { url?: string }).url ?? '',
      dataSource: this.dataSource,
      env: this.env,
      now: () => this.clock.now(),
      warn: (message) => this.logger.warn(message),
    };
    this.workers.push({ name: 'job', worker: await JobWorker.start(context) });
    for (const [name, start] of queueWorkerStarters())
      this.workers.push({ name, worker: await start(context) });
  }

  async beforeApplicationShutdown(): Promise<void> {
    const workers = this.workers.splice(0).reverse();
    // A database already gone must not stop the rest of the shutdown; its jobs are recovered by heartbeat.
    for (const { name, worker } of workers)
      await worker.stop().catch((error: Error) => this.logger.warn(`${name} worker stop: ${error.message}`));
  }
}
