import { startPgServer } from './support/pg-server.mjs';

export default async function globalSetup() {
  const server = await startPgServer();
  globalThis.__PG_SERVER__ = server;
  process.env.TEST_PG_PORT = String(server.port);
}
