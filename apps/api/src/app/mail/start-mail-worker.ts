import { publicUrlOf } from '../config/environment';
import type { QueueWorkerContext, StartedQueueWorker } from '../jobs/queue-workers';
import { smtpTransport } from './mail-transport';
import { MailWorker } from './mail-worker';

/**
 * This instance's mail worker, started with the job worker (`registerQueueWorker`): it sends through `SMTP_URL`
 * from `MAIL_FROM`, or, with `SMTP_URL` unset, keeps every message in the outbox. Stopping it also closes the
 * SMTP connection.
 */
export async function startMailWorker(context: QueueWorkerContext): Promise<StartedQueueWorker> {
  const transport = context.env.SMTP_URL ? smtpTransport(context.env.SMTP_URL) : null;
  const worker = await MailWorker.start({
    ...context,
    transport,
    from: context.env.MAIL_FROM ?? '',
    publicUrl: publicUrlOf(context.env),
    smtpUrl: context.env.SMTP_URL,
  });
  return {
    async stop() {
      await worker.stop();
      transport?.close();
    },
  };
}
