import { InvalidEnvironmentError, validateEnvironment, Environment } from './config/environment';
import { createApp } from './create-app';
import { migrate, openDatabase } from './database/open-database';
import { surviveDatabaseOutageRejections } from './database/outage-rejections';
import { closeGracefully, GRACEFUL_CLOSE_MS } from './graceful-close';
import { createRootLogger } from './logger';
import { DemoLoader, prepareData } from './startup';

type Command = 'serve' | 'migrate' | 'demo' | 'worker';

/**
 * A shutdown never takes longer than this, whatever hangs; below 10 s, because stopping the embedded server after
 * it was lost can take a while of its own.
 */
const SHUTDOWN_LIMIT_MS = 8_500;

async function run(command: Command, loadDemo: DemoLoader | undefined): Promise<void> {
  const env = loadEnvironmentOrExit();
  const logger = createRootLogger(env.LOG_LEVEL);
  surviveDatabaseOutageRejections((message) => logger.warn(message));
  const database = await openDatabase(env, logger);
  const stopDatabase = async () => {
    await database.stop();
  };

  await migrate(database, logger);
  if (command === 'migrate') {
    await stopDatabase();
    return;
  }

  const app = await createApp(
    command === 'worker' ? { ...env, JOB_WORKER: true } : env,
    database.url,
    logger,
  );
  if (command === 'demo' && loadDemo) {
    const notes = await loadDemo(app);
    await app.close();
    await stopDatabase();
    process.stdout.write(`${notes.join('\n')}\n`);
    return;
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info(`received ${signal}, finishing requests in flight and shutting down`);
    setTimeout(() => {
      logger.error(`shutdown took longer than ${SHUTDOWN_LIMIT_MS / 1000} s; exiting now`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    const outcome = await closeGracefully(app, GRACEFUL_CLOSE_MS);
    if (outcome === 'timed-out')
      logger.warn(`requests still running after ${GRACEFUL_CLOSE_MS / 1000} s were cut`);
    await stopDatabase();
    process.exit(outcome === 'closed' ? 0 : 1);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));

  if (command === 'worker') {
    // Background jobs only: no HTTP server, the same graceful stop on SIGTERM.
    await app.init();
    logger.info('working background jobs (no HTTP server)');
    return;
  }
  const notes = await prepareData(app, env, logger, loadDemo);
  await app.listen({ port: env.PORT, host: env.HOST });
  const url = `http://localhost:${env.PORT}`;
  logger.info({ url, docs: `${url}/api/docs` }, `ready at ${url}`);
  // Said plainly on stdout as well as in the JSON log, for the person who just ran `npm start`.
  process.stdout.write(
    `\nPR Gauge is ready at ${url} (API documentation: ${url}/api/docs)\n${notes.map((n) => `${n}\n`).join('')}\n`,
  );
}

function loadEnvironmentOrExit(): Environment {
  try {
    return validateEnvironment(process.env);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Runs the command named by the first argument (`serve` when none; `worker` runs background jobs without the HTTP
 * server): `main.ts` with no demo loader, the
 * production start; `demo.ts` with one, which adds the `demo` command and the demo region on `serve`.
 * An unknown command, or `demo` where there is no loader, exits with status 1 and says why.
 */
export function runFromCommandLine(loadDemo?: DemoLoader): void {
  const commands: Command[] = loadDemo
    ? ['serve', 'migrate', 'worker', 'demo']
    : ['serve', 'migrate', 'worker'];
  const command = (process.argv[2] ?? 'serve') as Command;
  if (command === 'demo' && !loadDemo) {
    process.stderr.write('This build holds no demo data: run "dist/apps/api/demo.js demo" (npm run demo)\n');
    process.exit(1);
  }
  if (!commands.includes(command)) {
    process.stderr.write(`Unknown command "${command}": use one of ${commands.join(', ')}\n`);
    process.exit(1);
  }
  run(command, loadDemo).catch((error: unknown) => {
    process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
