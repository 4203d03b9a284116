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

/**
 * Starts this instance's job worker once the app is up and stops it before the database pool closes, so a job in
 * hand gets its grace period and is otherwise handed back to the queue. A queue schema that the migrations did not
 * build fails the start (`QueueSchemaError`).
 */
@Injectable()
export class JobQueueLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private worker: JobWorker | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.JOB_WORKER) return;
    this.worker = await JobWorker.start({
      connectionString: (this.dataSource.options as { url?: string }).url ?? '',
      dataSource: this.dataSource,
      now: () => this.clock.now(),
      warn: (message) => this.logger.warn(message),
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    // A database already gone must not stop the rest of the shutdown; its jobs are recovered by heartbeat.
    await worker?.stop().catch((error: Error) => this.logger.warn(`job worker stop: ${error.message}`));
  }
}
