// The cost of being signed in: `GET /api/auth/me`, which reads the session and its account and answers with them,
// so its CPU per request is the floor under every signed-in route, the value save's included.
import autocannon from 'autocannon';

/**
 * `connections` clients asking `GET /api/auth/me` with `session` for `seconds`, after a short warm-up. `cpu` reads the API's and
 * PostgreSQL's CPU milliseconds so far. Returns requests per second, p99 (ms), and CPU per request (µs).
 */
export async function measureSignedInRequest({ base, session, connections = 10, seconds, cpu }) {
  const round = (duration) =>
    autocannon({ url: `${base}/api/auth/me`, connections, duration, headers: { cookie: session.cookie } });
  // Unmeasured: the route's first thousands of requests are mostly compiling it.
  await round(Math.min(3, seconds));
  const before = { api: cpu.apiMs(), database: cpu.databaseMs() };
  const result = await round(seconds);
  const total = Math.max(result.requests.total, 1);
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p99: result.latency.p99,
    apiCpuMicrosPerRequest: Math.round(((cpu.apiMs() - before.api) * 1000) / total),
    databaseCpuMicrosPerRequest: Math.round(((cpu.databaseMs() - before.database) * 1000) / total),
    failures: result.errors + result.non2xx,
  };
}
