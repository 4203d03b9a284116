// The published ranking against the same bytes, in the same encoding, served as a static file by the same server
// (issue 20: throughput at least 0.8 × the static file's, p99 at most 1.5 × its p99, at 50 connections).
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';

/** The static copy's name; the server must be started with it present (see `startServer`'s `staticFiles`). */
export const RANKING_FILE = 'ranking.json';
export const RANKING_TARGETS = { ratio: 0.8, p99Ratio: 1.5 };

/** What a current browser sends, so both sides pick the encoding a reader's browser would get. */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const SIBLING = { gzip: '.gz', br: '.br' };

/** One GET with the body as sent, not decompressed: `{ status, headers, body }`. */
function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** One autocannon run, with the server's CPU milliseconds spent during it as `serverCpuMs`. */
async function load(url, connections, seconds, serverCpuMs) {
  const before = serverCpuMs();
  const result = await new Promise((resolve, reject) =>
    autocannon(
      { url, connections, duration: seconds, headers: { 'accept-encoding': BROWSER_ACCEPT_ENCODING } },
      (error, done) => (error ? reject(error) : resolve(done)),
    ),
  );
  return { ...result, serverCpuMs: serverCpuMs() - before };
}

const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Rounds of one side added up: requests per second over all rounds, and the rounds' mean p50 and p99. */
const combine = (rounds) => {
  const requests = rounds.reduce((sum, r) => sum + r.requests.total, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.duration, 0);
  return {
    requestsPerSecond: requests / seconds,
    p50: mean(rounds.map((r) => r.latency.p50)),
    p99: mean(rounds.map((r) => r.latency.p99)),
    serverCpuMicrosPerRequest: Math.round(
      (rounds.reduce((sum, r) => sum + r.serverCpuMs, 0) * 1000) / Math.max(requests, 1),
    ),
    bytesPerResponse: Math.round(
      rounds.reduce((sum, r) => sum + r.throughput.total, 0) / Math.max(requests, 1),
    ),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
  };
};

/**
 * Copies the ranking at `rankingPath`, in every encoding the API answers, into the static folder (`ranking.json`,
 * with `.gz` and `.br` beside it where the API answers those), checks that both answer a browser with the same
 * bytes and `content-encoding`, then loads them in turn, `rounds` times each (4 by default), so that both sides
 * see the same moments of a shared machine. `serverCpuMs` reads the server's CPU time so far. Returns the figures
 * (with the server's CPU per request), the ratios and whether the targets were met.
 */
export async function compareRankingReads({
  base,
  staticDir,
  rankingPath,
  connections,
  seconds,
  serverCpuMs,
  rounds = 4,
}) {
  const rankingUrl = `${base}${rankingPath}`;
  const staticUrl = `${base}/${RANKING_FILE}`;
  writeFileSync(join(staticDir, RANKING_FILE), (await rawGet(rankingUrl)).body);
  for (const [encoding, suffix] of Object.entries(SIBLING)) {
    // Only what the API answers gets a sibling, so the file never goes out in an encoding the API does not use.
    const answer = await rawGet(rankingUrl, { 'accept-encoding': encoding });
    if (answer.headers['content-encoding'] === encoding)
      writeFileSync(join(staticDir, RANKING_FILE + suffix), answer.body);
  }
  const asBrowser = { 'accept-encoding': BROWSER_ACCEPT_ENCODING };
  const fromApi = await rawGet(rankingUrl, asBrowser);
  const fromFile = await rawGet(staticUrl, asBrowser);
  const encoding = fromApi.headers['content-encoding'] ?? 'identity';
  if (
    fromApi.status !== 200 ||
    fromFile.status !== 200 ||
    !fromApi.body.equals(fromFile.body) ||
    (fromFile.headers['content-encoding'] ?? 'identity') !== encoding
  )
    throw new Error('the static file does not answer with the ranking’s bytes and encoding');

  const staticRounds = [];
  const rankingRounds = [];
  for (let i = 0; i < rounds; i += 1) {
    staticRounds.push(await load(staticUrl, connections, seconds / rounds, serverCpuMs));
    rankingRounds.push(await load(rankingUrl, connections, seconds / rounds, serverCpuMs));
  }
  const staticFile = combine(staticRounds);
  const ranking = combine(rankingRounds);
  const ratio = ranking.requestsPerSecond / staticFile.requestsPerSecond;
  // A sub-millisecond p99 is reported as 0; one millisecond keeps the ratio finite and meaningful.
  const p99Ratio = Math.max(ranking.p99, 1) / Math.max(staticFile.p99, 1);
  const met =
    ratio >= RANKING_TARGETS.ratio &&
    p99Ratio <= RANKING_TARGETS.p99Ratio &&
    ranking.errors + ranking.non2xx + staticFile.errors + staticFile.non2xx === 0;
  return {
    encoding,
    identityBytes: (await rawGet(rankingUrl)).body.length,
    encodedBytes: fromApi.body.length,
    static: staticFile,
    ranking,
    ratio,
    p99Ratio,
    targets: RANKING_TARGETS,
    met,
  };
}
