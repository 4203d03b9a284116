import { expect, test } from '@playwright/test';
import { switchLocale } from './support/locale';

test('switching to Kazakh and back to Russian changes every label and keeps left to right', async ({
  page,
}) => {
  await page.goto('/about');
  await switchLocale(page, 'kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('link', { name: 'Рейтингтер' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Баспасөз қызметтерінің жұмысын бағалау');

  await page.getByRole('link', { name: 'Рейтингтер' }).click();
  await expect(page).toHaveURL(/\/rankings$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ведомстволар рейтингі');

  await switchLocale(page, 'ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Рейтинг ведомств');
  await expect(page.getByRole('link', { name: 'Рейтинги' })).toBeVisible();
});
