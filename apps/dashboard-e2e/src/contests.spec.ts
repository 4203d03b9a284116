import { expect, test } from '@playwright/test';
import { type ContestFixture, seedContests } from './support/contests';
import { signIn } from './support/session';

let contests: ContestFixture;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  contests = await seedContests(String(test.info().project.use.baseURL));
});

test('an anonymous visitor sees a published contest’s winners and statistics', async ({ page }) => {
  await page.goto('/contests');
  const card = page.getByRole('listitem').filter({ hasText: 'Итоги опубликованы' }).first();
  await expect(card).toBeVisible();
  await page.goto(`/contests/${contests.published}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Best SMM');
  await expect(page.getByText('Сейчас: Итоги опубликованы')).toBeVisible();

  await expect(page.getByText('3 заявок от 3 участников')).toBeVisible();
  await expect(page.getByText('Участников к прошлому году: 1 → 3')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Заявки по номинациям' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Участники и заявки по годам серии' })).toBeVisible();
  const years = page.getByRole('table', { name: 'Конкурс по годам' });
  await expect(years.getByRole('row')).toHaveCount(3);

  const winners = page.getByRole('region', { name: 'Победители' });
  await expect(winners.getByText('Anna Petrova (Agency A) победил(а) в 2 номинациях')).toBeVisible();
  const pages = winners.getByRole('table', { name: 'Страницы госорганов' });
  const first = pages.getByRole('row').nth(1);
  await expect(first.getByRole('cell').first()).toHaveText('1');
  await expect(first.getByRole('rowheader')).toContainText('Anna Petrova');
  await expect(first).toContainText('Agency A');
  await expect(first).toContainText('Anna Petrova: open pages');
  await expect(first).toContainText(/Победитель, 1 место\s+·\s+400\s000\s₸/);
  await expect(pages.getByRole('row').nth(2)).toContainText('Boris Ivanov');
});

test('a juror scores a sheet and sees their own progress', async ({ page }) => {
  await signIn(page, contests.juror);
  await expect(page).toHaveURL(/\/contests\/jury$/);
  await page
    .getByRole('listitem')
    .filter({ hasText: contests.judgingTitle })
    .getByRole('link', { name: 'Открыть листы' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Мои оценочные листы');
  await expect(page.getByText('Оценено 0 из 2').first()).toBeVisible();

  const sheet = page.getByRole('article', { name: 'Gulnar Omarova' });
  await sheet.getByRole('button', { name: 'Сохранить лист' }).click();
  await expect(sheet.getByText('Оценка от 0 до 10.').first()).toBeVisible();
  await sheet.getByRole('spinbutton', { name: /Качество контента/ }).fill('8');
  await sheet.getByRole('spinbutton', { name: /Охват/ }).fill('7');
  await expect(sheet.getByText(/Взвешенный итог: 7,67/)).toBeVisible();
  await sheet.getByRole('button', { name: 'Сохранить лист' }).click();
  await expect(sheet.getByText('Оценено', { exact: true })).toBeVisible();
  await expect(page.getByText('Оценено 1 из 2').first()).toBeVisible();
});

test('a journalist votes once and sees that the vote is final', async ({ page }) => {
  await signIn(page, contests.journalist);
  await expect(page).toHaveURL(/\/contests\/voting$/);
  await page
    .getByRole('listitem')
    .filter({ hasText: contests.judgingTitle })
    .getByRole('link', { name: 'К голосованию' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Голосование');

  const ballot = page.getByRole('region', { name: 'Приз зрительских симпатий' });
  await ballot.getByRole('radio', { name: /Gulnar Omarova/ }).check();
  await ballot.getByRole('button', { name: 'Проголосовать' }).click();
  await expect(ballot.getByRole('alertdialog')).toContainText('Голос окончательный');
  await ballot.getByRole('button', { name: 'Да, отдать голос' }).click();

  await expect(ballot.getByText('Ваш голос: Gulnar Omarova.')).toBeVisible();
  await expect(ballot.getByText('Голос окончательный и не может быть изменён.')).toBeVisible();
  await expect(ballot.getByRole('radio')).toHaveCount(0);
  await page.reload();
  await expect(ballot.getByText('Ваш голос: Gulnar Omarova.')).toBeVisible();
  await expect(page.getByText('Вы проголосовали во всех номинациях. Спасибо.')).toBeVisible();
});
