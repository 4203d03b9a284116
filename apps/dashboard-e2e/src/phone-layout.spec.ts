import { expect, test } from '@playwright/test';
import { switchLocale } from './support/locale';
import { signIn } from './support/session';

const PHONE = { width: 390, height: 844 };
const PAGES = [
  '/about',
  '/rankings',
  '/heatmap',
  '/review',
  '/completeness',
  '/training',
  '/admin/cycles',
  '/audit',
  '/contests',
  '/contests/manage',
];

test.use({ viewport: PHONE });

for (const locale of ['ru', 'fa'] as const) {
  test(`no main page is wider than a phone in ${locale}`, async ({ page }) => {
    await signIn(page, 'director');
    if (locale === 'fa') await switchLocale(page, 'fa');
    const tooWide: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // A page may scroll a wide table inside itself, but the page as a whole must fit the screen.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) tooWide.push(`${path}: ${width} px`);
    }
    expect(tooWide).toEqual([]);
    // The switch saved Persian on the account: give it back its Russian for the journeys that follow.
    if (locale === 'fa') await switchLocale(page, 'ru');
  });
}
