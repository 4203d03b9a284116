import { expect, test } from '@playwright/test';
import { signIn } from './support/session';

test('an evaluator works the queue: returns one submission with a comment and approves another with ratings', async ({
  page,
}) => {
  await signIn(page, 'evaluator');
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Очередь проверки');
  const submitted = page.getByRole('row').filter({ has: page.locator('.status-submitted') });
  await expect(submitted.first()).toBeVisible();
  const count = await submitted.count();
  expect(count).toBeGreaterThanOrEqual(2);

  // Return the first with a comment on one indicator.
  const firstName = (await submitted.first().getByRole('link').textContent())?.trim() ?? '';
  await submitted.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(firstName);
  await page.getByRole('button', { name: 'Вернуть на доработку' }).click();
  await expect(page.getByRole('alert')).toHaveText('Напишите, что исправить: хотя бы один комментарий.');
  await page
    .getByRole('textbox', { name: 'Комментарий: Пресс-релизы' })
    .fill('Приложите список пресс-релизов.');
  await page.getByRole('button', { name: 'Вернуть на доработку' }).click();
  await expect(page.getByRole('status')).toHaveText('Возвращено ведомству с комментариями.');
  await expect(page.getByText('Возвращено', { exact: true })).toBeVisible();

  // Approve the next one, with every evaluator rating filled in.
  await page.getByRole('link', { name: '← К очереди' }).click();
  await page
    .getByRole('row')
    .filter({ has: page.locator('.status-submitted') })
    .first()
    .getByRole('link')
    .click();
  const ratings = page.getByRole('textbox', { name: /^Оценка из/ });
  await expect(ratings.first()).toBeEditable();
  for (const rating of await ratings.all()) await rating.fill('4');
  await page.getByRole('button', { name: 'Утвердить' }).click();
  await expect(page.getByRole('status')).toHaveText('Утверждено.');
  await expect(page.getByText('Утверждено', { exact: true })).toBeVisible();
});

test('a director sees every agency on the completeness board, the deadline and the share per state', async ({
  page,
}) => {
  await signIn(page, 'director');
  await page.getByRole('link', { name: 'Ход сбора' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ход сбора данных');
  await expect(page.getByRole('status')).toContainText('Срок:');
  await expect(page.getByRole('img', { name: 'Доли ведомств по статусам' })).toBeVisible();
  // 40 agencies plus the header row.
  await expect(page.getByRole('row')).toHaveCount(41);
  await expect(page.getByRole('listitem').filter({ hasText: 'Не начато:' })).toBeVisible();
});
