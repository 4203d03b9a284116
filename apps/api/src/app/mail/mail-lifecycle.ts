import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { publicUrlOf, type Environment } from '../config/environment';
import { ENVIRONMENT } from '../config/environment.token';
import { smtpTransport, type MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker';

/**
 * Starts this instance's mail worker with the API, where it works background jobs (`JOB_WORKER`), and stops it
 * before the database pool closes. With `SMTP_URL` unset it keeps every message in the outbox instead of sending.
 */
@Injectable()
export class MailLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('mail');
  private worker: MailWorker | null = null;
  private transport: MailTransport | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.JOB_WORKER) return;
    this.transport = this.env.SMTP_URL ? smtpTransport(this.env.SMTP_URL) : null;
    this.worker = await MailWorker.start({
      connectionString: (this.dataSource.options as { url?: string }).url ?? '',
      dataSource: this.dataSource,
      transport: this.transport,
      from: this.env.MAIL_FROM ?? '',
      publicUrl: publicUrlOf(this.env),
      smtpUrl: this.env.SMTP_URL,
      now: () => this.clock.now(),
      warn: (message) => this.logger.warn(message),
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.stop().catch((error: Error) => this.logger.warn(`mail worker stop: ${error.message}`));
    this.transport?.close();
    this.transport = null;
  }
}
