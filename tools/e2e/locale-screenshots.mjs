// Pictures of what depends on the reader's language, calendar and time zone, for a person to look at: a
// deadline on the data-entry form, refusals, and a date in Kazakh. Each language is read from a browser in a
// zone of its own country, so the demo's Tehran deadline is named with its zone outside Iran.
//   node tools/e2e/locale-screenshots.mjs             builds nothing; starts the built product with demo data
//   BASE_URL=http://localhost:3000 node tools/e2e/... uses a server that is already running
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { root, withServer } from './screenshot-server.mjs';

const outDir = join(root, 'tmp', 'screenshots', 'locale');
const PASSWORD = 'prgauge-demo-2026';
const READERS = [
  { locale: 'fa', timezoneId: 'Asia/Tehran' },
  { locale: 'kk', timezoneId: 'Asia/Almaty' },
  { locale: 'ru', timezoneId: 'Europe/Moscow' },
];

async function shoot(page, name, locale) {
  await page.evaluate(() => document.fonts.ready);
  // Charts and snackbars animate for a quarter of a second.
  await page.waitForTimeout(600);
  const file = join(outDir, `${name}-${locale}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

async function signIn(page, baseUrl, login) {
  const answer = await page.request.post(new URL('/api/auth/login', baseUrl).href, {
    data: { login, password: PASSWORD },
  });
  if (!answer.ok()) throw new Error(`sign-in of ${login}: ${answer.status()}`);
}

/** A fresh browser of a reader: a returning visitor's language, their country's zone, nobody signed in. */
async function readerPage(browser, { locale, timezoneId }) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    timezoneId,
    locale,
  });
  await context.addInitScript((saved) => localStorage.setItem('prgauge.locale', saved), locale);
  return context.newPage();
}

async function capture(browser, baseUrl, reader) {
  const { locale } = reader;
  let page = await readerPage(browser, reader);

  await page.goto(new URL('/sign-in', baseUrl).href);
  await page.locator('input[autocomplete="username"]').fill('editor');
  await page.locator('input[autocomplete="current-password"]').fill('not-the-password');
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('alert').first().waitFor();
  await shoot(page, 'refusal-sign-in', locale);

  await signIn(page, baseUrl, 'editor');
  await page.goto(new URL('/', baseUrl).href, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(page, 'deadline-form', locale);

  await page.context().close();
  page = await readerPage(browser, reader);
  await signIn(page, baseUrl, 'director');
  await page.goto(new URL('/admin/cycles', baseUrl).href, { waitUntil: 'networkidle' });
  await page.getByRole('row').nth(1).waitFor();
  await shoot(page, 'dates-cycles', locale);
  await page.context().close();
}

mkdirSync(outDir, { recursive: true });
await withServer('4312', async (baseUrl) => {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const reader of READERS) await capture(browser, baseUrl, reader);
  } finally {
    await browser.close();
  }
});
