import { expect, Page } from '@playwright/test';

/** The header every write to the API needs: the CSRF token the sign-in left in a cookie. */
async function csrfHeader(page: Page): Promise<Record<string, string>> {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'x-xsrf-token': token };
}

/**
 * Creates a draft cycle from the built-in seven-index template through the API, as the signed-in director. Its
 * period lies years back so that it sorts after the demo cycles and no other page picks it as the current one.
 */
export async function createDraftCycle(page: Page, name: string): Promise<string> {
  const response = await page.request.post('/api/cycles', {
    headers: await csrfHeader(page),
    data: { name, periodStart: '2016-01-01', periodEnd: '2016-12-31', deadline: '2017-01-31T18:00:00Z' },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Saves the framework as it is, only to move the cycle's version on, as a second director would. */
export async function saveFrameworkElsewhere(page: Page, cycleId: string): Promise<void> {
  const current = (await (await page.request.get(`/api/cycles/${cycleId}/framework`)).json()) as {
    version: number;
    framework: unknown;
  };
  const response = await page.request.put(`/api/cycles/${cycleId}/framework`, {
    headers: await csrfHeader(page),
    data: current,
  });
  expect(response.status()).toBe(200);
}

/** Takes an action of the cycle page and confirms it in the dialog that asks. */
export async function confirmOnCyclePage(page: Page, action: string): Promise<void> {
  await page.getByRole('button', { name: action }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: action }).click();
}

/** Opens an agency's submission from the review queue. */
export async function openInQueue(page: Page, agency: string): Promise<void> {
  await page.goto('/review');
  await page.getByRole('row').filter({ hasText: agency }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(agency);
}
