import { expect, test } from '@playwright/test';
import { switchLocale } from './support/locale';

test('switching to Persian turns the page right to left, with Persian digits, and persists', async ({
  page,
}) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Оценка работы пресс-служб');

  await switchLocale(page, 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ارزیابی عملکرد روابط عمومی‌ها');
  // Today's date in the Solar Hijri calendar, written with Persian digits.
  await expect(page.getByText(/^امروز /)).toHaveText(/[۰-۹]{4}/);
  await expect(page.getByText(/^امروز /)).not.toHaveText(/[0-9]/);

  // The navigation sits on the right in a right-to-left layout.
  const nav = await page.getByRole('navigation', { name: 'منوی اصلی' }).boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(nav && heading && nav.x > heading.x).toBe(true);

  await expect(page.getByRole('heading', { name: 'امتیازها چگونه محاسبه می‌شوند' })).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.getByRole('link', { name: 'رتبه‌بندی‌ها' })).toBeVisible();
});
