import { expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'prgauge-demo-2026';

/** Signs in through the sign-in page in whatever language it shows, and waits for the landing page. */
export async function signIn(page: Page, login: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[autocomplete="username"]').fill(login);
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/sign-in/);
}
