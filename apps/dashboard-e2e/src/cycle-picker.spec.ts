import { expect, test } from '@playwright/test';
import { apiAs, daysFromNow } from './support/api';
import { signIn } from './support/session';

/**
 * With a second cycle open, the editor still lands on the demo's open cycle (nearest deadline with work), the page
 * names its cycle, and the picker reaches the other one. The second cycle's period lies years back so that no other
 * page takes it for the current one, and it is closed again at the end.
 */
test('an editor reaches both open cycles', async ({ page, playwright, baseURL }) => {
  const director = await apiAs(playwright, baseURL ?? '', 'director');
  const current = (
    await director.get<{ items: { name: string; status: string }[] }>('/api/cycles')
  ).items.find((c) => c.status === 'open');
  expect(current, 'the demo has an open cycle').toBeDefined();
  const second = await director.send<{ id: string }>('POST', '/api/cycles', {
    name: 'Второй открытый',
    periodStart: '2015-01-01',
    periodEnd: '2015-12-31',
    deadline: daysFromNow(400),
  });
  await director.send('POST', `/api/cycles/${second.id}/open`, {});

  try {
    await signIn(page, 'editor');
    const named = page.getByTestId('submission-cycle');
    await expect(named).toContainText(`«${current?.name}»`);
    const first = page.url();

    await page.getByRole('combobox', { name: 'Открытые циклы' }).click();
    await page.getByRole('option', { name: /Второй открытый/ }).click();
    await expect(named).toContainText('«Второй открытый»');
    expect(page.url()).not.toBe(first);

    await page.getByRole('combobox', { name: 'Открытые циклы' }).click();
    await page.getByRole('option', { name: new RegExp(current?.name ?? '') }).click();
    await expect(named).toContainText(`«${current?.name}»`);
    await expect(page).toHaveURL(first);
  } finally {
    await director.send('POST', `/api/cycles/${second.id}/close`, {});
    await director.dispose();
  }
});
