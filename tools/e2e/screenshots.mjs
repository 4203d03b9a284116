// Pictures of the main pages in Russian and Persian, on a desktop and a phone, for a person to look at:
// glyphs, mirroring and overlaps are things no assertion catches well.
//   node tools/e2e/screenshots.mjs                      builds nothing; starts the built product itself
//   BASE_URL=http://localhost:3000 node tools/e2e/...   uses a server that is already running
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { root, withServer } from './screenshot-server.mjs';

const outDir = join(root, 'tmp', 'screenshots');

const LOCALES = ['ru', 'fa'];
const PAGES = [
  { name: 'about', path: '/about' },
  { name: 'rankings', path: '/rankings' },
  {
    name: 'scorecard',
    path: '/rankings',
    then: async (page) => {
      await page.locator('.agency a').nth(4).click();
      await page.getByText(/←|→/).waitFor();
    },
  },
  { name: 'sign-in', path: '/sign-in' },
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

async function capture(browser, baseUrl, locale, viewport) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
  });
  await context.addInitScript((saved) => localStorage.setItem('prgauge.locale', saved), locale);
  const page = await context.newPage();
  for (const { name, path, then } of PAGES) {
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (then) await then(page);
    // Charts animate for a quarter of a second.
    await page.waitForTimeout(600);
    await page.evaluate(() => document.fonts.ready);
    const file = join(outDir, `${name}-${locale}-${viewport.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  if (viewport.name === 'phone') {
    await page.locator('pr-shell mat-toolbar button').first().click();
    await page.locator('mat-sidenav').waitFor();
    // Let the drawer finish sliding in.
    await page.waitForTimeout(500);
    const file = join(outDir, `menu-${locale}-phone.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
  await context.close();
}

mkdirSync(outDir, { recursive: true });
await withServer('4311', async (baseUrl) => {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const locale of LOCALES) {
      for (const viewport of VIEWPORTS) await capture(browser, baseUrl, locale, viewport);
    }
  } finally {
    await browser.close();
  }
});
