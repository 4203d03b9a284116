import { expect, test } from '@playwright/test';
import { switchLocale } from './support/locale';

test('a visitor lands on the published ranking, filters it, and opens a scorecard with its charts', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/rankings/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Рейтинг ведомств');
  await expect(page.getByText('Показано 40 из 40')).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Столбчатая диаграмма итоговых баллов 15 ведомств/ }),
  ).toBeVisible();

  // The choice is read back from the field before the address, so a failure says which step did not happen.
  const group = page.getByRole('combobox', { name: 'Группа' });
  await group.click();
  await expect(page.getByRole('listbox', { name: 'Группа' })).toBeVisible();
  await page.getByRole('option', { name: 'Здравоохранение' }).click();
  await expect(group).toContainText('Здравоохранение');
  await expect(page).toHaveURL(/group=health/);
  await expect(page.getByText(/^Показано \d+ из 40$/)).not.toHaveText('Показано 40 из 40');

  await page.getByRole('searchbox', { name: 'Поиск ведомства' }).fill('EMERG');
  await expect(page.getByText('Показано 1 из 40')).toBeVisible();
  await page.getByRole('row').nth(1).getByRole('link').click();

  await expect(page).toHaveURL(/\/scorecards\/[0-9a-f-]+\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Служба скорой помощи');
  await expect(page.getByRole('img', { name: /Лепестковая диаграмма/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Где улучшить результат' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Динамика по циклам' })).toBeVisible();

  // Values read by their measure; a fall in a lower-is-better figure is coloured as an improvement.
  const cells = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
  await expect(cells('Без письменных запросов').first()).toHaveText(/^\s*(Да|Нет)\s*$/);
  await expect(cells('Брифинги и пресс-конференции').first()).toHaveText(/^\s*\d+\s*$/);
  const change = cells('Время ответа на запрос СМИ').nth(2).locator('.change');
  const arrow = (await change.textContent())?.trim().charAt(0);
  await expect(change).toHaveClass(arrow === '▼' ? /better/ : arrow === '▲' ? /worse/ : /same/);
});

test('the ranking downloads as CSV with the rows shown', async ({ page }) => {
  await page.goto('/rankings');
  await expect(page.getByText('Показано 40 из 40')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать CSV' }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  // A byte-order mark, so that spreadsheet programs read Cyrillic and Persian as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toMatch(/^Место,Сдвиг,Код,Ведомство,Группа,Итог,/);
  expect(lines).toHaveLength(41);
});

test('an agency editor signs in and sees the top five and their own agency with its neighbours', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('Логин').fill('editor');
  await page.getByLabel('Пароль').fill('wrong password');
  await page.getByRole('button', { name: 'Войти' }).last().click();
  await expect(page.getByRole('alert')).toHaveText('Неверный логин или пароль.');

  await page.getByLabel('Пароль').fill('prgauge-demo-2026');
  await page.getByRole('button', { name: 'Войти' }).last().click();
  await expect(page).toHaveURL(/\/submissions/);
  await expect(page.getByRole('link', { name: 'Проверка' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Рейтинги' }).click();
  const shown = page.getByText(/^Показано \d+ из 40$/);
  await expect(shown).not.toHaveText('Показано 40 из 40');
  await expect(page.locator('.row.mine')).toContainText('FER-MUN');
  await page.getByRole('switch', { name: 'Показать все' }).click();
  await expect(page.getByText('Показано 40 из 40')).toBeVisible();
});

test('in Persian the ranking reads right to left with Persian digits, and the chart mirrors', async ({
  page,
}) => {
  await page.goto('/rankings');
  await switchLocale(page, 'fa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('رتبه‌بندی دستگاه‌ها');
  await expect(page.getByText('نمایش ۴۰ از ۴۰')).toBeVisible();
  const firstRank = page.getByRole('row').nth(1).getByRole('cell').first();
  await expect(firstRank).toHaveText('۱');
  const rank = await firstRank.boundingBox();
  const agency = await page.getByRole('row').nth(1).getByRole('cell').nth(2).boundingBox();
  expect(rank && agency && rank.x > agency.x).toBe(true);

  await page.getByRole('row').nth(1).getByRole('link').click();
  const cells = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
  await expect(cells('بدون نیاز به درخواست کتبی').first()).toHaveText(/^\s*(بله|خیر)\s*$/);
  await expect(cells('نشست‌های خبری').first()).toHaveText(/^\s*[۰-۹]+\s*$/);
});

test('the heatmap sorts agencies by any index', async ({ page }) => {
  await page.goto('/heatmap');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тепловая карта: ведомства × индексы');
  await expect(page.getByRole('row')).toHaveCount(41);
  const training = page.getByRole('columnheader', { name: 'Обучение' });
  await training.getByRole('button').click();
  await expect(training).toHaveAttribute('aria-sort', 'descending');
  const column = await page
    .locator('thead th')
    .evaluateAll((cells) => cells.findIndex((cell) => cell.textContent?.includes('Обучение')));
  const scores = await page
    .locator('tbody tr')
    .evaluateAll((rows, i) => rows.map((row) => Number(row.children[i]?.textContent?.trim() || -1)), column);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
});
