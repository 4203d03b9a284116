// Pictures of the public contest pages in Russian and Persian, for a person to look at: the results with their
// places and the statistics with the series year by year (chart and table).
//   node tools/e2e/contest-screenshots.mjs              builds nothing; starts the built product with demo data
//   BASE_URL=http://localhost:3000 node tools/e2e/...   uses a server that is already running
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { root, withServer } from './screenshot-server.mjs';

const outDir = join(root, 'tmp', 'screenshots', 'contests');
const LOCALES = ['ru', 'fa'];
/** The demo's published contests, by series. */
const CONTESTS = [
  { name: 'social-media', series: 'best-smm-specialist' },
  { name: 'press-secretary', series: 'best-press-secretary' },
];

async function publishedContests(baseUrl) {
  const response = await fetch(new URL('/api/public/contests', baseUrl));
  if (!response.ok) throw new Error(`GET /api/public/contests: ${response.status}`);
  return response.json();
}

async function capture(browser, baseUrl, locale, contests) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
  });
  await context.addInitScript((saved) => localStorage.setItem('prgauge.locale', saved), locale);
  const page = await context.newPage();
  for (const { name, series } of CONTESTS) {
    const contest = contests.find((c) => c.series === series);
    if (!contest) throw new Error(`no published ${series} contest in the demo`);
    await page.goto(new URL(`/contests/${contest.id}`, baseUrl).href, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Charts animate for a quarter of a second.
    await page.waitForTimeout(800);
    await page.evaluate(() => document.fonts.ready);
    // The shell scrolls inside its content pane, so each part is taken as an element.
    for (const [part, selector] of [
      ['statistics', 'pr-contest-statistics'],
      ['results', 'pr-contest-results'],
    ]) {
      const file = join(outDir, `${name}-${part}-${locale}.png`);
      await page.locator(selector).screenshot({ path: file });
      console.log(file);
    }
  }
  await context.close();
}

mkdirSync(outDir, { recursive: true });
await withServer('4312', async (baseUrl) => {
  const contests = await publishedContests(baseUrl);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const locale of LOCALES) await capture(browser, baseUrl, locale, contests);
  } finally {
    await browser.close();
  }
});
