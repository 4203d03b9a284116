import { OwnPgServer, startOwnPgServer } from '../../../test/support/own-pg-server';
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
    let server: OwnPgServer;
    let testApp: TestApp;

    beforeAll(async () => {
      server = await startOwnPgServer();
      testApp = await createTestApp(await createTestDatabase(server.port));
    });

    afterAll(async () => {
      await testApp?.close();
      await server?.close();
    });

    it('answers 503 once that server has been stopped', async () => {
      expect((await testApp.request({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

      await server.stop();

      const response = await testApp.request({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(response.json()).toMatchObject({
        statusCode: 503,
        code: 'health.unhealthy',
        params: { checks: expect.stringContaining('database') },
        message: expect.stringContaining('database'),
      });
      expect(response.json().details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'database',
            code: 'health.down',
            params: expect.objectContaining({ status: 'down' }),
          }),
        ]),
      );
    });
  });
});
