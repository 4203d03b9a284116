// Pictures of a contest's published results with shared places, in Russian and Persian, for a person to look
// at: the demo's vote-only best press secretary, where candidates with equal votes share a place and the 15
// without votes all share the place after the last with some.
//   node tools/e2e/contest-results-screenshots.mjs             starts the built product with demo data
//   BASE_URL=http://localhost:3000 node tools/e2e/...          uses a server that is already running
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { root, withServer } from './screenshot-server.mjs';

const outDir = join(root, 'tmp', 'screenshots', 'contests');
const LOCALES = ['ru', 'fa'];

async function contestOf(baseUrl, series) {
  const answer = await fetch(new URL('/api/public/contests', baseUrl));
  const contests = await answer.json();
  const contest = contests.find((c) => c.series === series);
  if (!contest) throw new Error(`no published contest of the series ${series}`);
  return contest;
}

async function capture(browser, baseUrl, contestId, locale) {
  const context = await browser.newContext({
    // Tall enough for the 25 rows and the rules below them: the page scrolls inside its shell, not the window.
    viewport: { width: 1280, height: 3000 },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
  });
  await context.addInitScript((saved) => localStorage.setItem('prgauge.locale', saved), locale);
  const page = await context.newPage();
  await page.goto(new URL(`/contests/${contestId}`, baseUrl).href, { waitUntil: 'networkidle' });
  await page.locator('pr-contest-results table').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  const file = join(outDir, `best-press-secretary-${locale}.png`);
  await page.screenshot({ path: file });
  console.log(file);
  await context.close();
}

mkdirSync(outDir, { recursive: true });
await withServer('4411', async (baseUrl) => {
  const contest = await contestOf(baseUrl, 'best-press-secretary');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const locale of LOCALES) await capture(browser, baseUrl, contest.id, locale);
  } finally {
    await browser.close();
  }
});
