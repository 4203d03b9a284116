import { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Environment } from './config/environment';
import { DEMO_PASSWORD, DemoDataService } from './demo/demo-data.service';
import { FirstAdminService, firstAdminNotice } from './users/first-admin.service';

/** Start-up chores after migrations: the demo region on an empty database, and a first admin. */
export async function prepareData(
  app: INestApplication,
  env: Environment,
  logger: Logger,
): Promise<string[]> {
  const notes: string[] = [];
  if (env.DEMO_DATA) {
    const accounts = await app.get(DemoDataService).loadIfEmpty();
    if (accounts) {
      notes.push(`Demo region loaded. Demo accounts (password "${DEMO_PASSWORD}"):`);
      for (const account of accounts)
        notes.push(`  ${account.login.padEnd(10)} ${account.role.padEnd(14)} ${account.note}`);
    } else {
      notes.push(
        `Demo accounts: admin, director, evaluator, viewer, editor, editor2 (password "${DEMO_PASSWORD}").`,
      );
    }
  }
  const admin = await app.get(FirstAdminService).ensure();
  if (admin?.oneTimePassword) {
    notes.push(firstAdminNotice({ login: admin.login, oneTimePassword: admin.oneTimePassword }));
  } else if (admin) {
    logger.info(`created the first admin "${admin.login}" from ADMIN_LOGIN`);
  }
  return notes;
}
