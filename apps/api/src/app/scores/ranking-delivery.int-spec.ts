import type { RankingResponse } from '@prgauge/contracts';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { insertCycle, insertSubmission } from '../../../test/support/cycle-fixtures';
import { callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { statementsOf } from '../../../test/support/sent-statements';
import { createTestApp, TestApp } from '../../../test/support/test-app';

/** How a published ranking goes over the wire: compressed once, tagged, and never a database trip for a reader. */
describe('published ranking delivery', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let cycle: Awaited<ReturnType<typeof insertCycle>>;
  let url: string;

  const read = (headers: Record<string, string> = {}) => testApp.request({ method: 'GET', url, headers });

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    const [periodStart, periodEnd] = ['2027-01-01', '2027-12-31'];
    cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name: 'Delivery',
      status: 'review',
      periodStart,
      periodEnd,
    });
    // One agency reported; the others are listed unranked.
    await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'approved', { 'web.answered': 60 });
    const director = await callerFor(testApp, fx.logins.director);
    expect((await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` })).statusCode).toBe(201);
    url = `/api/cycles/${cycle.id}/ranking`;
  });
  afterAll(() => testApp.close());

  it('answers brotli, gzip or the plain bytes as the client takes them, each with its own strong ETag', async () => {
    const plain = await read();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.json() as RankingResponse).rows.map((row) => row.code)).toEqual(['A', 'B', 'C']);

    const br = await read({ 'accept-encoding': 'gzip, deflate, br, zstd' });
    const gzip = await read({ 'accept-encoding': 'br;q=0, gzip' });
    expect([br.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual(['br', 'gzip']);
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
    for (const answer of [plain, br, gzip]) {
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.headers.etag).toMatch(/^"[\w-]+"$/);
    }
    expect(new Set([plain.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3);
  });

  it('answers 304 with no body to the ETag of the encoding it would send, and 200 to another', async () => {
    const br = await read({ 'accept-encoding': 'br' });
    const etag = String(br.headers.etag);

    const same = await read({ 'accept-encoding': 'br', 'if-none-match': `"other", W/${etag}` });
    expect(same.statusCode).toBe(304);
    expect(same.rawPayload.length).toBe(0);
    expect(same.headers.etag).toBe(etag);
    expect(same.headers.vary).toMatch(/accept-encoding/i);

    const otherEncoding = await read({ 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(otherEncoding.statusCode).toBe(200);
    expect(otherEncoding.headers['content-encoding']).toBe('gzip');
  });

  it('reads the ranking without any database query when no session cookie comes', async () => {
    await read();
    let anonymous: Awaited<ReturnType<typeof read>> | undefined;
    let notModified: Awaited<ReturnType<typeof read>> | undefined;
    const sent = await statementsOf(async () => {
      anonymous = await read({ 'accept-encoding': 'br' });
      notModified = await read({ 'accept-encoding': 'br', 'if-none-match': String(anonymous.headers.etag) });
    });
    expect([anonymous?.statusCode, notModified?.statusCode]).toEqual([200, 304]);
    expect(sent).toEqual([]);

    // The same read by a signed-in reader asks for the session: the count does see the statements it should.
    const director = await callerFor(testApp, fx.logins.director);
    const signedIn = await statementsOf(async () => {
      expect((await director({ method: 'GET', url })).statusCode).toBe(200);
    });
    expect(signedIn).toContain('auth-live-session');
  });

  it('serves the new bytes under a new ETag at once when the cycle is published again', async () => {
    const before = await read({ 'accept-encoding': 'br' });
    const director = await callerFor(testApp, fx.logins.director);
    const { version } = (await director({ method: 'GET', url: `/api/cycles/${cycle.id}` })).json() as {
      version: number;
    };
    const reopened = await director({
      method: 'POST',
      url: `/api/cycles/${cycle.id}/reopen`,
      payload: { version, reason: 'Agency B reported a wrong value' },
    });
    expect(reopened.statusCode).toBe(200);
    expect((await read()).statusCode).toBe(404);
    expect((await director({ method: 'POST', url: `/api/cycles/${cycle.id}/publish` })).statusCode).toBe(201);

    const after = await read({ 'accept-encoding': 'br', 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.rawPayload.equals(before.rawPayload)).toBe(false);
    const [was, is] = [before, after].map(
      (answer) => JSON.parse(brotliDecompressSync(answer.rawPayload).toString('utf8')) as RankingResponse,
    );
    expect(is.publishedAt).not.toBe(was.publishedAt);
  });
});
