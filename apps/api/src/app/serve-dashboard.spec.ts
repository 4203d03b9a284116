import Fastify, { type FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDashboard } from './serve-dashboard';

describe('serving the built dashboard', () => {
  let dir: string;
  let fastify: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="main-A1.js"></script>');
    writeFileSync(join(dir, 'main-A1.js'), 'export const release = 1;');
    fastify = Fastify();
    await serveDashboard(fastify, dir, 'api');
    await fastify.ready();
  });
  afterAll(async () => {
    await fastify.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string) => fastify.inject({ method: 'GET', url });

  it('answers a client-side route with the index page', async () => {
    const response = await get('/rankings/2026?region=r1');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
  });

  it('answers a chunk a newer release removed with 404, not with the index page', async () => {
    const response = await get('/chunk-REMOVED.js');
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('<!doctype html>');
  });

  it('serves a chunk written after start, as a release copied in place writes them', async () => {
    writeFileSync(join(dir, 'chunk-NEW.js'), 'export const release = 2;');
    const response = await get('/chunk-NEW.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.body).toBe('export const release = 2;');
  });

  it('serves no file outside the dashboard folder, and refuses a path that is not text', async () => {
    expect((await get('/..%2f..%2f..%2fetc%2fhostname.txt')).statusCode).toBe(404);
    expect((await get('/%E0%A4%A.js')).statusCode).toBe(400);
  });

  it("answers an unknown API path with the API's own 404", async () => {
    const response = await get('/api/no-such-route');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'route.not_found' });
  });
});
