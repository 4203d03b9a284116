import { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Environment } from './config/environment';
import { DEMO_PASSWORD, DemoDataService } from './demo/demo-data.service';
import { FirstAdminService, firstAdminNotice } from './users/first-admin.service';

/** Loads the demo region when the database holds no region yet; returns what to tell the person. */
export async function loadDemo(app: INestApplication): Promise<string[]> {
  const accounts = await app.get(DemoDataService).loadIfEmpty();
  if (!accounts) {
    return [
      `The database already holds a region, so nothing was loaded. Demo accounts, where it is the demo: admin, director, evaluator, viewer, editor, editor2, juror, journalist (password "${DEMO_PASSWORD}").`,
    ];
  }
  return [
    `Demo region loaded. Demo accounts (password "${DEMO_PASSWORD}"):`,
    ...accounts.map((account) => `  ${account.login.padEnd(10)} ${account.role.padEnd(14)} ${account.note}`),
  ];
}

/** Start-up chores after migrations: the demo region on an empty database, and a first admin. */
export async function prepareData(
  app: INestApplication,
  env: Environment,
  logger: Logger,
): Promise<string[]> {
  const notes = env.DEMO_DATA ? await loadDemo(app) : [];
  const admin = await app.get(FirstAdminService).ensure();
  if (admin?.oneTimePassword) {
    notes.push(firstAdminNotice({ login: admin.login, oneTimePassword: admin.oneTimePassword }));
  } else if (admin) {
    logger.info(`created the first admin "${admin.login}" from ADMIN_LOGIN`);
  }
  return notes;
}
