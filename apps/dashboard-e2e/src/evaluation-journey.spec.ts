import { expect, Page, test } from '@playwright/test';
import { OwnServer, pageOn, startOwnServer } from './support/own-server';
import { confirmOnCyclePage, openInQueue } from './support/cycles';
import { signIn } from './support/session';
import { OPEN_YEAR, PUBLISHED_YEAR } from './support/demo-year';

// Publishing the open cycle changes what every other spec expects, so the journey has demo data of its own.
let server: OwnServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer();
});
test.afterAll(async () => server.stop());

/** Tabas municipality, whose demo submission was returned once already; `editor2` answers for it. */
const AGENCY = 'Муниципалитет Табаса';
const releases = (page: Page) => page.getByRole('textbox', { name: 'Значение' }).first();

/**
 * Fixes the value, answers each of the reviewers' comments in words, and sends the returned submission back
 * through the confirmation of what changed.
 */
async function saveAndResubmit(page: Page, value: string): Promise<void> {
  await releases(page).fill(value);
  await expect(page.getByRole('status').filter({ hasText: /Черновик сохранён/ })).toBeVisible();
  for (const reply of await page.getByRole('textbox', { name: 'Ваш ответ проверяющему' }).all()) {
    await reply.fill('Исправлено, спасибо.');
    await reply.blur();
  }
  await page.getByRole('button', { name: 'Отправить на проверку повторно' }).click();
  const confirm = page.getByRole('dialog', { name: 'Отправить на проверку повторно?' });
  await expect(confirm).toContainText('После возврата вы изменили:');
  await confirm.getByRole('button', { name: 'Отправить повторно' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Отправлено на проверку.' })).toBeVisible();
  await expect(page.getByText('Возвращено', { exact: true })).toHaveCount(0);
}

test('an agency submits, is returned, fixes, is approved, and the director publishes a ranking anyone can see', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const [editor, evaluator, director, visitor] = await Promise.all(
    [1, 2, 3, 4].map(() => pageOn(server, browser)),
  );

  await test.step('a visitor sees only the earlier published cycles', async () => {
    await visitor.goto('/rankings');
    await visitor.getByRole('combobox', { name: 'Цикл оценки' }).click();
    await expect(visitor.getByRole('option', { name: new RegExp(`^${PUBLISHED_YEAR}`) })).toBeVisible();
    await expect(visitor.getByRole('option', { name: new RegExp(`^${OPEN_YEAR}`) })).toHaveCount(0);
    await visitor.keyboard.press('Escape');
  });

  await test.step('the agency editor answers the earlier return and submits', async () => {
    await signIn(editor, 'editor2');
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Данные ведомства за цикл');
    await saveAndResubmit(editor, '30');
  });

  await test.step('the evaluator returns it with a comment', async () => {
    await signIn(evaluator, 'evaluator');
    await openInQueue(evaluator, AGENCY);
    await evaluator
      .getByRole('textbox', { name: 'Комментарий: Пресс-релизы' })
      .fill('Тридцать релизов не подтверждены: приложите список или исправьте число.');
    await evaluator.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await expect(evaluator.getByRole('status')).toHaveText('Возвращено ведомству с комментариями.');
  });

  await test.step('the editor reads the comment beside the value and fixes it', async () => {
    await editor.reload();
    await expect(editor.getByText('Возвращено', { exact: true })).toBeVisible();
    await expect(
      editor
        .getByRole('complementary', { name: 'Комментарий эксперта' })
        .filter({ hasText: 'Тридцать релизов' }),
    ).toBeVisible();
    await saveAndResubmit(editor, '24');
  });

  await test.step('the evaluator rates and approves', async () => {
    await openInQueue(evaluator, AGENCY);
    const ratings = evaluator.getByRole('textbox', { name: /^Оценка из/ });
    await expect(ratings.first()).toBeEditable();
    for (const rating of await ratings.all()) await rating.fill('4');
    await evaluator.getByRole('button', { name: 'Утвердить' }).click();
    await expect(evaluator.getByRole('status')).toHaveText('Утверждено.');
  });

  await test.step('the director closes submissions and publishes, after reading what publishing does', async () => {
    await signIn(director, 'director');
    await director.goto('/admin/cycles');
    await director.getByRole('link', { name: String(OPEN_YEAR), exact: true }).click();
    await expect(director.getByRole('heading', { level: 1 })).toHaveText(`Цикл ${OPEN_YEAR}`);
    await expect(director.getByText('идёт сбор', { exact: true })).toBeVisible();
    await confirmOnCyclePage(director, 'Закрыть сбор данных');
    await expect(director.getByText('на проверке', { exact: true })).toBeVisible();

    await director.getByRole('button', { name: 'Опубликовать результаты' }).click();
    const confirm = director.getByRole('alertdialog', { name: `Опубликовать цикл ${OPEN_YEAR}?` });
    await expect(confirm).toContainText('станет публичным');
    await expect(confirm).toContainText('снимок результатов будет зафиксирован');
    await confirm.getByRole('button', { name: 'Опубликовать результаты' }).click();
    await expect(director.getByRole('status')).toHaveText('Опубликовано: рейтинг открыт для всех.');
    await expect(director.getByText('опубликован', { exact: true })).toBeVisible();
  });

  await test.step('the visitor finds the new cycle published, with the agency ranked in it', async () => {
    await visitor.goto('/rankings');
    await visitor.getByRole('combobox', { name: 'Цикл оценки' }).click();
    await visitor.getByRole('option', { name: new RegExp(`^${OPEN_YEAR}`) }).click();
    await expect(visitor.getByRole('combobox', { name: 'Цикл оценки' })).toContainText(String(OPEN_YEAR));
    await visitor.getByRole('searchbox', { name: 'Поиск ведомства' }).fill('TAB-MUN');
    await expect(visitor.getByText(/^Показано 1 из \d+$/)).toBeVisible();
    // Approved with every value and rating, so fully covered.
    await expect(visitor.getByRole('row').nth(1)).toContainText(AGENCY);
    await expect(visitor.getByRole('row').nth(1)).toContainText('100 %');
  });
});
