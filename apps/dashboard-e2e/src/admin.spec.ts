import { Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import { OwnServer, pageOn, startOwnServer } from './support/own-server';
import { signIn } from './support/session';
import { NEXT_YEAR, OPEN_YEAR } from './support/demo-year';

// Opening a new cycle gives every agency a second draft, so this journey runs on demo data of its own.
let server: OwnServer;
let director: Awaited<ReturnType<BrowserContext['storageState']>>;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  test.setTimeout(150_000);
  server = await startOwnServer();
  // One sign-in serves every page of the spec.
  const page = await pageOn(server, browser);
  await signIn(page, 'director');
  director = await page.context().storageState();
  await page.context().close();
});
test.afterAll(async () => server.stop());
const ownPage = (browser: Browser): Promise<Page> => pageOn(server, browser, director);

async function openAdmin(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Администрирование' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Циклы оценки');
}

test('a director creates a cycle as a copy, fixing the fields it refuses, and opens it after confirming', async ({
  browser,
}) => {
  const page = await ownPage(browser);
  await openAdmin(page);
  await expect(page.getByRole('row')).toHaveCount(4);
  await page.getByRole('link', { name: 'Новый цикл' }).click();

  // The form proposes the year after the newest cycle, copied from it.
  const name = page.getByRole('textbox', { name: 'Название' });
  await expect(name).toHaveValue(String(NEXT_YEAR));
  await expect(page.getByRole('radio', { name: 'Копия прежнего цикла' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Скопировать показатели цикла' })).toContainText(
    String(OPEN_YEAR),
  );

  await name.fill('');
  await page.getByLabel('Конец периода').fill(`${OPEN_YEAR}-06-30`);
  await page.getByRole('button', { name: 'Создать черновик цикла' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Дайте циклу название от 2 до 120 знаков.' }),
  ).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Период не может закончиться раньше, чем начался.' }),
  ).toBeVisible();

  await name.fill(String(NEXT_YEAR));
  await page.getByLabel('Конец периода').fill(`${NEXT_YEAR}-12-31`);
  await page.getByRole('button', { name: 'Создать черновик цикла' }).click();

  await expect(page).toHaveURL(/\/admin\/cycles\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Цикл ${NEXT_YEAR}`);
  await expect(page.getByText('черновик', { exact: true })).toBeVisible();
  // The draft's framework opens in its editor, copied from the open cycle.
  const cycleUrl = page.url();
  await page.getByRole('link', { name: 'Редактировать показатели' }).click();
  await expect(page).toHaveURL(`${cycleUrl}/framework`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Система оценки');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Цикл ${NEXT_YEAR}`);

  await page.getByRole('button', { name: 'Открыть сбор данных' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Открыть цикл ${NEXT_YEAR}?` });
  await expect(confirm).toContainText('получит пустой черновик');
  await confirm.getByRole('button', { name: 'Отмена' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('черновик', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Открыть сбор данных' }).click();
  await confirm.getByRole('button', { name: 'Открыть сбор данных' }).click();
  await expect(page.getByRole('status')).toHaveText('Сбор данных открыт.');
  await expect(page.getByText('идёт сбор', { exact: true })).toBeVisible();
  await expect(page.getByText('сдано 0, утверждено 0 из 40')).toBeVisible();
});

test('a director grants an extension, and is told why a too-early day is refused', async ({ browser }) => {
  const page = await ownPage(browser);
  await openAdmin(page);
  await page.getByRole('link', { name: String(NEXT_YEAR), exact: true }).click();
  await expect(page.getByText('Продлений нет.')).toBeVisible();

  await page.getByRole('combobox', { name: 'Ведомство' }).click();
  await page.getByRole('option').first().click();
  await page.getByLabel('Продлено до').fill(`${NEXT_YEAR}-06-01`);
  await page.getByLabel('Причина продления').fill('Наводнение: пресс-служба эвакуирована.');
  await page.getByRole('button', { name: 'Продлить срок' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Новый срок должен быть позже срока цикла.' }),
  ).toBeVisible();

  await page.getByLabel('Продлено до').fill('2028-02-15');
  await page.getByRole('button', { name: 'Продлить срок' }).click();
  await expect(page.getByRole('status')).toHaveText('Срок продлён.');
  const extensions = page.getByRole('table', { name: 'Продления срока' });
  await expect(extensions.getByRole('row')).toHaveCount(2);
  await expect(extensions.getByRole('row').nth(1)).toContainText('2028');
});

test('when the cycle changed in another tab, the director sees the refusal and the cycle as it is now', async ({
  browser,
}) => {
  const [mine, theirs] = [await ownPage(browser), await ownPage(browser)];
  for (const page of [mine, theirs]) {
    await openAdmin(page);
    await page.getByRole('link', { name: String(NEXT_YEAR), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Цикл ${NEXT_YEAR}`);
    await expect(page.getByText('идёт сбор', { exact: true })).toBeVisible();
  }
  await theirs.getByRole('button', { name: 'Закрыть сбор данных' }).click();
  await theirs.getByRole('alertdialog').getByRole('button', { name: 'Закрыть сбор данных' }).click();
  await expect(theirs.getByText('на проверке', { exact: true })).toBeVisible();

  await mine.getByRole('button', { name: 'Закрыть сбор данных' }).click();
  await mine.getByRole('alertdialog').getByRole('button', { name: 'Закрыть сбор данных' }).click();
  // The refusal is worded from its code and params in the reader's language, statuses included.
  await expect(mine.getByRole('alert')).toContainText('Не выполнено');
  await expect(mine.getByRole('alert')).toContainText(
    'Нельзя закрыть цикл в статусе «на проверке»; нужен статус «открыт»',
  );
  await expect(mine.getByText('на проверке', { exact: true })).toBeVisible();
  await expect(mine.getByRole('button', { name: 'Опубликовать результаты' })).toBeVisible();
});
