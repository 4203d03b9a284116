import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { Environment } from './config/environment';
import { configureApp } from './configure-app';
import { PinoNestLogger } from './logger';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Builds the configured application; main.ts listens on it, integration tests inject into it. */
export async function createApp(
  env: Environment,
  databaseUrl: string,
  logger: Logger,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // Only listed proxies may name the client (proxy-addr walks X-Forwarded-For from the right); by default nobody.
    trustProxy: env.TRUST_PROXY.length > 0 ? env.TRUST_PROXY : false,
    // JSON bodies have their own, equal limit (common/json-body.ts) and files theirs; this bounds the rest.
    bodyLimit: 2 * 1024 * 1024,
    // A caller's x-request-id is kept when it is sane, so one id follows a request through proxies.
    genReqId: (request: { headers: IncomingHttpHeaders }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ env, databaseUrl }),
    adapter,
    {
      logger: new PinoNestLogger(logger),
    },
  );
  await configureApp(app, env.NODE_ENV === 'production' ? env.DASHBOARD_DIR : undefined);
  return app;
}
