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
