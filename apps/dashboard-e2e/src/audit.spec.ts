import { expect, test } from '@playwright/test';
import { signIn } from './support/session';

/** A value no demo submission holds, so that the entry found is the one this journey wrote. */
const VALUE = '43';

test('a director filters the audit log by agency and day and finds the value an editor just saved', async ({
  browser,
}) => {
  const editor = await browser.newPage();
  await signIn(editor, 'editor');
  await editor.getByRole('textbox', { name: 'Значение' }).first().fill(VALUE);
  await expect(editor.getByRole('status').filter({ hasText: /Черновик сохранён/ })).toBeVisible();
  await editor.close();

  const page = await browser.newPage();
  await signIn(page, 'director');
  await page.getByRole('link', { name: 'Журнал аудита' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал аудита');

  // An installation has too many agencies to list: the filter asks the server as one types.
  await page.getByRole('combobox', { name: 'Ведомство' }).fill('Фердоус');
  await page.getByRole('option', { name: /Муниципалитет Фердоуса/ }).click();
  // The filter's days are the region's (the demo region keeps Tehran time): late in the UTC evening it is already
  // the next day there.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(new Date());
  await page.getByLabel('С', { exact: true }).fill(today);
  await page.getByLabel('С', { exact: true }).press('Tab');
  await page.getByLabel('По', { exact: true }).fill(today);
  await page.getByLabel('По', { exact: true }).press('Tab');
  await expect(page).toHaveURL(/agency=[0-9a-f-]{36}/);
  expect(new URL(page.url()).searchParams.get('from')).toBe(today);
  expect(new URL(page.url()).searchParams.get('to')).toBe(today);

  const log = page.getByRole('table', { name: 'Журнал аудита' });
  const entry = log.getByRole('row').filter({ hasText: 'Значения сохранены' }).first();
  await expect(entry).toContainText('editor');
  await expect(entry).toContainText('Муниципалитет Фердоуса');
  await entry.getByRole('button', { name: 'Показать изменения' }).click();
  const changes = page.getByRole('table', { name: 'Изменения: Значения сохранены' }).first();
  await expect(changes.getByRole('row').filter({ hasText: 'media.releases' })).toContainText(VALUE);

  // The address carries the filters, so the same view opens for whoever gets the link.
  const shared = page.url();
  await page.goto('/rankings');
  await page.goto(shared);
  await expect(page.getByRole('combobox', { name: 'Ведомство' })).toHaveValue('Муниципалитет Фердоуса');
  await expect(log.getByRole('row').filter({ hasText: 'Значения сохранены' }).first()).toBeVisible();
});
