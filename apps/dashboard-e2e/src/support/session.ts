import { expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'prgauge-demo-2026';

/** Signs in through the sign-in page in whatever language it shows, and waits for the landing page. */
export async function signIn(page: Page, login: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[autocomplete="username"]').fill(login);
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  // The landing page loads its own lazy chunk and data; on a busy machine that takes longer than one check.
  await expect(page).not.toHaveURL(/sign-in/, { timeout: 30_000 });
}

/**
 * Signs in through the API with the page's cookies, for checks that are about another page: it spares a load of
 * the sign-in page and of the landing page.
 */
export async function signInQuietly(page: Page, login: string): Promise<void> {
  const response = await page.request.post('/api/auth/login', { data: { login, password: DEMO_PASSWORD } });
  expect(response.status(), `sign-in of ${login}`).toBe(200);
}
