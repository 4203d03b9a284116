import { expect, Page, test } from '@playwright/test';
import type { AccountView, CommitteeView, Page as ListPage } from '@prgauge/contracts';
import { apiAs } from './support/api';
import { signIn } from './support/session';

const submittedRows = (page: Page) =>
  page.getByRole('row').filter({ has: page.locator('.status-submitted') });

test('an evaluator works the queue: returns one submission with a comment and approves another with ratings', async ({
  page,
}) => {
  await signIn(page, 'evaluator');
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Очередь проверки');
  const submitted = submittedRows(page);
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

test('a committee member returns within their committee’s duty, and with the performance-evaluation seat returns and approves', async ({
  page,
  playwright,
  baseURL,
}) => {
  // The demo committee member sits on the training committee, which reviews the training index only.
  await signIn(page, 'committee');
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Очередь проверки');
  await expect(submittedRows(page).first()).toBeVisible();
  await submittedRows(page).first().getByRole('link').click();
  await expect(page.getByRole('button', { name: 'Вернуть на доработку' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Комментарий: Доля обученных сотрудников' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Комментарий: Пресс-релизы' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Утвердить' })).toHaveCount(0);

  // The director seats them on the performance-evaluation committee, which decides on whole submissions.
  const director = await apiAs(playwright, baseURL ?? '', 'director');
  const committees = await director.get<CommitteeView[]>('/api/committees');
  const evaluation = committees.find((c) => c.kind === 'performance_evaluation');
  const accounts = await director.get<ListPage<AccountView>>('/api/users?search=committee&limit=500');
  const account = accounts.items.find((a) => a.login === 'committee');
  expect(evaluation && account).toBeTruthy();
  const seated = await director.send<CommitteeView>('POST', `/api/committees/${evaluation?.id}/members`, {
    userId: account?.id,
    role: 'member',
  });
  const seat = seated.members.find((m) => m.userId === account?.id);
  try {
    await page.reload();
    await page
      .getByRole('textbox', { name: 'Комментарий: Пресс-релизы' })
      .fill('Приложите список пресс-релизов.');
    await page.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await expect(page.getByRole('status')).toHaveText('Возвращено ведомству с комментариями.');
    await expect(page.getByText('Возвращено', { exact: true })).toBeVisible();

    await page.getByRole('link', { name: '← К очереди' }).click();
    await expect(submittedRows(page).first()).toBeVisible();
    await submittedRows(page).first().getByRole('link').click();
    const ratings = page.getByRole('textbox', { name: /^Оценка из/ });
    await expect(ratings.first()).toBeEditable();
    for (const rating of await ratings.all()) await rating.fill('4');
    await page.getByRole('button', { name: 'Утвердить' }).click();
    await expect(page.getByRole('status')).toHaveText('Утверждено.');
    await expect(page.getByText('Утверждено', { exact: true })).toBeVisible();
  } finally {
    // Other journeys on this server expect the demo committee member on the training committee alone.
    await director.remove(`/api/committees/${evaluation?.id}/members/${seat?.id}`);
    await director.dispose();
  }
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
