import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { databaseUnavailability } from '../common/database-unavailable';
import { QUERY_TIMEOUT_MS } from './typeorm-options';

/**
 * A frozen server (a stopped process, a network that drops packets) keeps open connections silent. A query on
 * one must be abandoned after the bound and answered as the database being unavailable, not hang with the request.
 * A query that sleeps past the bound stands in for the silent server.
 */
describe('a query that gets no answer', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('is abandoned after the bound and read as the database being unavailable', async () => {
    const started = Date.now();
    const error: unknown = await testApp.app
      .get(DataSource)
      .query(`SELECT pg_sleep(${QUERY_TIMEOUT_MS / 1000 + 20})`)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const ms = Date.now() - started;
    expect(databaseUnavailability(error)?.code).toBe('service.database_unavailable');
    expect(ms).toBeGreaterThanOrEqual(QUERY_TIMEOUT_MS - 100);
    expect(ms).toBeLessThan(QUERY_TIMEOUT_MS + 15_000);
  }, 60_000);

  it('answers a route no controller serves with route.not_found', async () => {
    const response = await testApp.request({ method: 'POST', url: '/api/no-such-route' });
    expect([response.statusCode, response.json().code]).toEqual([404, 'route.not_found']);
  });
});
