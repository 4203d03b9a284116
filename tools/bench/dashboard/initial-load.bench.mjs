// The JavaScript a first visit downloads: every script Chromium fetches while opening the home page of the built
// dashboard, gzip-compressed as a server would send it. Target: at most 300 KB.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../e2e/chromium.mjs';
import { build, root } from '../api/server.mjs';

const LIMIT_KB = 300;
const dist = join(root, 'dist/apps/dashboard/browser');
build('dashboard');

const types = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(dist, path);
  const found = path !== '/' && existsSync(file) ? file : join(dist, 'index.html');
  response.writeHead(found.endsWith('index.html') && path.startsWith('/api') ? 503 : 200, {
    'content-type': types[extname(found)] ?? 'application/octet-stream',
  });
  response.end(readFileSync(found));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  const scripts = new Map();
  // Bodies are read before the browser closes; a read still pending at close would crash the run.
  const reads = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      reads.push(response.body().then((body) => scripts.set(response.url(), body)));
  });
  await page.goto(base, { waitUntil: 'networkidle' });
  await Promise.all(reads);
  let raw = 0;
  let gzip = 0;
  for (const body of scripts.values()) {
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(
    `first page: ${scripts.size} scripts, ${kb(raw)} KB raw, ${kb(gzip)} KB gzip (target ≤ ${LIMIT_KB} KB gzip)`,
  );
  mkdirSync(join(root, 'tools/bench/results'), { recursive: true });
  writeFileSync(
    join(root, 'tools/bench/results/dashboard.json'),
    `${JSON.stringify({ scripts: scripts.size, rawBytes: raw, gzipBytes: gzip, limitKb: LIMIT_KB }, null, 2)}\n`,
  );
  if (gzip > LIMIT_KB * 1024) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
