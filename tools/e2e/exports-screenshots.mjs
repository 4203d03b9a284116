// Pictures of the exports and historic cycles for a person to look at, in Russian and Persian: the ranking page
// with its XLSX download, the new-cycle form with imported history ticked, and a cycle's page with its data
// downloads.
//   node tools/e2e/exports-screenshots.mjs             builds nothing; starts the built product with demo data
//   BASE_URL=http://localhost:3000 node tools/e2e/... uses a server that is already running
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { root, withServer } from './screenshot-server.mjs';

const outDir = join(root, 'tmp', 'screenshots', 'exports');
const PASSWORD = 'prgauge-demo-2026';

async function shoot(page, name, locale) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  const file = join(outDir, `${name}-${locale}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function capture(browser, baseUrl, locale) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  await context.addInitScript((saved) => localStorage.setItem('prgauge.locale', saved), locale);
  const page = await context.newPage();
  await page.goto(new URL('/rankings', baseUrl).href, { waitUntil: 'networkidle' });
  await shoot(page, 'ranking', locale);

  const answer = await page.request.post(new URL('/api/auth/login', baseUrl).href, {
    data: { login: 'director', password: PASSWORD },
  });
  if (!answer.ok()) throw new Error(`sign-in of director: ${answer.status()}`);
  await page.goto(new URL('/admin/cycles/new', baseUrl).href, { waitUntil: 'networkidle' });
  await page.getByRole('checkbox').first().check();
  await shoot(page, 'new-historic-cycle', locale);

  const { items: cycles } = await (await page.request.get(new URL('/api/cycles', baseUrl).href)).json();
  const open = cycles.find((c) => c.status !== 'draft') ?? cycles[0];
  await page.goto(new URL(`/admin/cycles/${open.id}`, baseUrl).href, { waitUntil: 'networkidle' });
  await shoot(page, 'cycle-downloads', locale);
  await context.close();
}

mkdirSync(outDir, { recursive: true });
await withServer('4412', async (baseUrl) => {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const locale of ['ru', 'fa']) await capture(browser, baseUrl, locale);
  } finally {
    await browser.close();
  }
});
