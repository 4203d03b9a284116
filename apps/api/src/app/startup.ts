import { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Environment } from './config/environment';
import { FirstAdminService, firstAdminNotice } from './users/first-admin.service';

/**
 * Loads the demo region into a created app's empty database and returns what to tell the person. Only the
 * demo start (`src/demo.ts`) has one; the production start passes none, so its bundle holds no demo data.
 */
export type DemoLoader = (app: INestApplication) => Promise<string[]>;

/**
 * Start-up chores after migrations: the demo region on an empty database when `DEMO_DATA` is set and this
 * start can load it, and a first admin. Returns the lines to print for the person starting the API.
 */
export async function prepareData(
  app: INestApplication,
  env: Environment,
  logger: Logger,
  loadDemo?: DemoLoader,
): Promise<string[]> {
  if (env.DEMO_DATA && !loadDemo)
    logger.warn(
      'DEMO_DATA is set, but this start has no demo data: run dist/apps/api/demo.js (npm start) for it',
    );
  const notes = env.DEMO_DATA && loadDemo ? await loadDemo(app) : [];
  const admin = await app.get(FirstAdminService).ensure();
  if (admin?.oneTimePassword) {
    notes.push(firstAdminNotice({ login: admin.login, oneTimePassword: admin.oneTimePassword }));
  } else if (admin) {
    logger.info(`created the first admin "${admin.login}" from ADMIN_LOGIN`);
  }
  return notes;
}
