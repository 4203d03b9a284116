import { expect, Page, test } from '@playwright/test';
import { signIn } from './support/session';

/** The first number field of the form: "Press releases" in the media section. */
const firstValue = (page: Page) => page.getByRole('textbox', { name: 'Значение' }).first();

test('an editor fills in a value, sees it saved, and finds it there after a reload', async ({ page }) => {
  await signIn(page, 'editor');
  await expect(page).toHaveURL(/\/submissions\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Данные ведомства за цикл');
  await expect(page.getByText(/^Заполнено \d+%$/)).toBeVisible();

  await firstValue(page).fill('-5');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Значение не может быть отрицательным.' }),
  ).toBeVisible();

  await firstValue(page).fill('37');
  await expect(page.getByRole('status').filter({ hasText: /Черновик сохранён/ })).toBeVisible();
  await page.reload();
  await expect(firstValue(page)).toHaveValue('37');

  // Submitting waits until nothing is missing, and says what is.
  await expect(page.getByRole('heading', { name: /До отправки осталось заполнить: \d+/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Отправить на проверку' })).toBeDisabled();
});

test('when someone else saved first, the editor sees both values and keeps their own', async ({
  browser,
}) => {
  const mine = await browser.newPage();
  const theirs = await browser.newPage();
  await signIn(mine, 'editor');
  await signIn(theirs, 'editor');
  await expect(firstValue(mine)).toBeVisible();
  await expect(firstValue(theirs)).toBeVisible();

  await firstValue(theirs).fill('41');
  await expect(theirs.getByRole('status').filter({ hasText: /Черновик сохранён/ })).toBeVisible();

  await firstValue(mine).fill('52');
  const conflict = mine.getByRole('alertdialog', { name: 'Кто-то сохранил раньше вас' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row').nth(1)).toContainText('52');
  await expect(conflict.getByRole('row').nth(1)).toContainText('41');
  await conflict.getByRole('button', { name: 'Оставить мои' }).click();
  await expect(conflict).toBeHidden();
  await expect(mine.getByRole('status').filter({ hasText: /Черновик сохранён/ })).toBeVisible();

  await theirs.reload();
  await expect(firstValue(theirs)).toHaveValue('52');
});

test('the form shows the training person-hours computed from the registers, read-only', async ({ page }) => {
  await signIn(page, 'editor');
  await page.getByRole('button', { name: /^Обучение/ }).click();
  const field = page.locator('pr-leaf-field').filter({ hasText: 'Человеко-часы обучения' });
  await expect(field.getByText('считается автоматически')).toBeVisible();
  await expect(field.locator('output')).toHaveText(/^\d+(,\d)?$/);
  await expect(field.getByRole('textbox')).toHaveCount(0);
});
