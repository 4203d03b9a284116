// Pictures of the training committee's page (its person-hours and people trained) and of the merge screen of
// doubtful participant matches, in Persian (right to left, Solar Hijri) and Russian, for a person to look at.
//   node tools/e2e/training-screenshots.mjs             starts the built product with demo data
//   BASE_URL=http://localhost:3000 node tools/e2e/... uses a server that is already running
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { root, withServer } from './screenshot-server.mjs';

const outDir = join(root, 'tmp', 'screenshots', 'training');
const PASSWORD = 'prgauge-demo-2026';
const READERS = [
  { locale: 'fa', timezoneId: 'Asia/Tehran' },
  { locale: 'ru', timezoneId: 'Europe/Moscow' },
];

async function shoot(page, name, locale) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  const file = join(outDir, `${name}-${locale}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function capture(browser, baseUrl, { locale, timezoneId }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId, locale });
  await context.addInitScript((saved) => localStorage.setItem('prgauge.locale', saved), locale);
  const page = await context.newPage();
  const login = await page.request.post(new URL('/api/auth/login', baseUrl).href, {
    data: { login: 'director', password: PASSWORD },
  });
  if (!login.ok()) throw new Error(`sign-in of director: ${login.status()}`);
  const committees = await (await page.request.get(new URL('/api/committees', baseUrl).href)).json();
  const training = committees.find((c) => c.kind === 'training');
  await page.goto(new URL(`/training/committees/${training.id}`, baseUrl).href, { waitUntil: 'networkidle' });
  await page.locator('[data-figure="committee-person-hours"]').waitFor();
  await shoot(page, 'committee-page', locale);
  await page.goto(new URL('/training/persons', baseUrl).href, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(page, 'merge-screen', locale);
  await context.close();
}

mkdirSync(outDir, { recursive: true });
await withServer('4313', async (baseUrl) => {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const reader of READERS) await capture(browser, baseUrl, reader);
  } finally {
    await browser.close();
  }
});
