import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { switchLocale } from './support/locale';

for (const locale of ['ru', 'fa'] as const) {
  test(`the home page has no serious accessibility violations in ${locale}`, async ({ page }) => {
    await page.goto('/');
    await switchLocale(page, locale);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
