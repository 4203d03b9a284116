import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { createTestDatabase } from '../../../test/support/test-database';

describe('GET /api/health', () => {
  it('answers 200 when the database is up and migrated', async () => {
    const testApp = await createTestApp();
    try {
      const response = await testApp.request({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, migrations: { status: 'up' } },
      });
    } finally {
      await testApp.close();
    }
  });

  describe('with its own PostgreSQL server', () => {
    let server: ChildProcess;
    let testApp: TestApp;

    beforeAll(async () => {
      server = spawn(process.execPath, [join(__dirname, '../../../test/support/pg-server.mjs')], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const [firstLine] = (await once(server.stdout!, 'data')) as [Buffer];
      const { port } = JSON.parse(firstLine.toString()) as { port: number };
      const database = await createTestDatabase(port);
      testApp = await createTestApp(database.url);
    });

    afterAll(async () => {
      await testApp?.close();
      if (server.exitCode === null) server.kill('SIGKILL');
    });

    it('answers 503 once that server has been stopped', async () => {
      expect((await testApp.request({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

      server.kill('SIGTERM');
      await once(server, 'exit');

      const response = await testApp.request({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        statusCode: 503,
        message: expect.stringContaining('database'),
      });
      expect(response.json().details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'database' })]),
      );
    });
  });
});
