import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { validateEnvironment } from '../../src/app/config/environment';
import { createApp } from '../../src/app/create-app';
import { runMigrations } from '../../src/app/database/migrate';
import { APP_ROLE } from '../../src/app/database/roles';
import { createRootLogger } from '../../src/app/logger';
import { createTestDatabase, existingTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The real application on its own fresh, migrated database; requests go through Fastify's inject. Migrations
 * run as the owner role and the app connects as the restricted app role, as in production. Pass a database
 * (or the `url` of one) to put a second instance on it; `close` then leaves it in place.
 * `settings` are environment variables on top of the test defaults, e.g. `{ TRUST_PROXY: '10.0.0.0/8' }`.
 */
export async function createTestApp(
  existing?: TestDatabase | string,
  settings: Record<string, string> = {},
): Promise<TestApp> {
  const database =
    typeof existing === 'string'
      ? existingTestDatabase(existing)
      : (existing ?? (await createTestDatabase()));
  await runMigrations(database.ownerUrl, { appRole: APP_ROLE.name });
  const env = validateEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...settings });
  const app = await createApp(env, database.url, createRootLogger('silent'));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    database,
    request: (options) => app.inject(options),
    async close() {
      await app.close();
      if (!existing) await database.drop();
    },
  };
}
