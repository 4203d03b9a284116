import { expect, test } from '@playwright/test';
import { signIn } from './support/session';

test('a director moves an index weight and sees ranks change against the official weights, then resets', async ({
  page,
}) => {
  await signIn(page, 'director');
  await page.getByRole('link', { name: 'Что если' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Что если изменить веса');
  const summary = page.getByRole('status').filter({ hasText: 'Изменили место:' });
  await expect(summary).toContainText('Изменили место: 0');

  // Training counts for ten times its official weight: agencies that train more climb.
  const training = page.getByRole('slider', { name: 'Обучение' });
  await training.focus();
  await training.press('End');
  await expect(summary).not.toContainText('Изменили место: 0');
  await expect(page.locator('tr.moved td.up').first()).toContainText('▲');

  await page.getByRole('button', { name: 'Вернуть официальные веса' }).click();
  await expect(summary).toContainText('Изменили место: 0');
});
