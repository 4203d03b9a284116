import { expect, test } from '@playwright/test';
import { signIn } from './support/session';
import { PUBLISHED_YEAR } from './support/demo-year';

/** July has no demo events, so the report of that month shows only what this journey records. */
const DAY = '2026-07-15';
const TITLE = 'Пресс-релиз за час: практикум';

const csv = (lines: string[]) => ({
  name: 'register.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['participant_name,agency,outlet,audience,attended,hours', ...lines].join('\n')),
});

test('a director records an event, imports its register, marks a partial attendance and sees the person-hours', async ({
  page,
}) => {
  await signIn(page, 'director');
  await page.goto('/training');
  await page.getByRole('link', { name: 'Новое мероприятие' }).click();

  await page.getByRole('textbox', { name: 'Название' }).fill(TITLE);
  await page.getByRole('combobox', { name: 'Тема' }).click();
  await page.getByRole('option', { name: 'Написание новостей' }).click();
  await page.getByLabel('Первый день').fill(DAY);
  await page.getByLabel('Последний день').fill(DAY);
  await page.getByRole('textbox', { name: 'Часов на участника' }).fill('8');
  await page.getByRole('textbox', { name: 'Приглашено' }).fill('4');
  await page.getByRole('textbox', { name: 'Приглашено' }).press('Tab');
  await page.getByRole('button', { name: 'Создать мероприятие' }).click();

  await expect(page).toHaveURL(/\/training\/events\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const fileInput = page.locator('input[type="file"]');

  // A file with an unknown agency is refused line by line, and nothing is saved.
  await fileInput.setInputFiles(csv(['Zahra Karimi,NOPE,,pr_staff,yes,']));
  const refused = page.getByRole('alert').filter({ hasText: 'Файл не импортирован' });
  await expect(refused).toBeVisible();
  // Each cell's problem is worded from its code, beside the line and the column's title on the page.
  await expect(refused.getByRole('row').nth(1)).toContainText('2');
  await expect(refused.getByRole('row').nth(1)).toContainText('Ведомство или СМИ');
  await expect(refused.getByRole('row').nth(1)).toContainText('Ссылается на несуществующую запись');
  await refused.getByRole('button', { name: 'Закрыть' }).click();
  await expect(page.getByText('В журнале пока никого нет.')).toBeVisible();

  await fileInput.setInputFiles(
    csv([
      'Zahra Karimi,GOV,,pr_staff,yes,',
      'Reza Ahmadi,BIR-MUN,,pr_staff,yes,',
      'Sara Mohammadi,QAE-MUN,,pr_staff,no,',
      'Khabar reporter,,Khabar Jonoub,journalists_media,yes,',
    ]),
  );
  const preview = page.getByRole('region', { name: 'Проверьте строки перед импортом' });
  await expect(preview.getByRole('status')).toContainText('участников — 4, присутствовали — 3');
  await expect(preview.getByRole('row')).toHaveCount(5);
  await preview.getByRole('button', { name: 'Импортировать строк: 4' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'В журнал добавлено участников: 4.' }),
  ).toBeVisible();

  const figures = page.getByRole('region', { name: 'Показатели мероприятия' });
  const personHours = figures.locator('.tile').filter({ hasText: 'Человеко-часы' });
  await expect(personHours).toContainText('24');
  await expect(figures.locator('.tile').filter({ hasText: 'Явка' })).toContainText('75 %');

  // Reza left halfway through the day.
  const hours = page.getByRole('textbox', { name: 'Часы: Reza Ahmadi' });
  await hours.fill('4');
  await hours.press('Tab');
  await expect(personHours).toContainText('20');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Часы: Reza Ahmadi' })).toHaveValue('4');
  await expect(personHours).toContainText('20');

  await page.goto(`/training/reports?from=${DAY}&to=${DAY}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Аналитика обучения');
  await expect(
    page
      .getByRole('table', { name: 'Человеко-часы по темам' })
      .getByRole('row', { name: /Написание новостей/ }),
  ).toContainText('20');
  await expect(
    page
      .getByRole('table', { name: 'Человеко-часы по аудиториям' })
      .getByRole('row', { name: /Сотрудники пресс-служб/ }),
  ).toContainText('12');
  await expect(page.getByRole('img', { name: /человеко-часов по темам/ })).toBeVisible();
});

test('a director sees how many events there are and steps back from a later page', async ({ page }) => {
  await signIn(page, 'director');
  await page.goto('/training?offset=10');
  const pages = page.getByRole('navigation', { name: 'Учебные мероприятия' });
  // Other journeys may add events meanwhile, so the figures are read from one answer and compared.
  await expect(pages.getByRole('status')).toHaveText(/^11–\d+ из \d+$/);
  const [to, total] =
    ((await pages.getByRole('status').textContent()) ?? '').match(/\d+/g)?.slice(1).map(Number) ?? [];
  await expect(page.getByText(/^Мероприятий: \d+$/)).toHaveText(`Мероприятий: ${total}`);
  expect(to).toBe(Math.min(total, 60));
  await expect(page.getByRole('table', { name: 'Учебные мероприятия' }).getByRole('row')).toHaveCount(
    to - 10 + 1,
  );

  await pages.getByRole('button', { name: 'Предыдущая страница' }).click();
  await expect(page).toHaveURL(/\/training$/);
  // The demo's events fit on one page, so the first page shows them all and no page buttons.
  await expect(pages.getByRole('status')).toHaveText(/^1–(\d+) из \1$/);
  await expect(pages.getByRole('button')).toHaveCount(0);
});

test('a director adds participants by keyboard alone', async ({ page }) => {
  await signIn(page, 'director');
  await page.goto('/training');
  await page
    .getByRole('link', { name: new RegExp(`^Crisis communication ${PUBLISHED_YEAR}$`) })
    .first()
    .click();
  const table = page.getByRole('table', { name: 'Журнал посещаемости' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const before = await table.locator('tbody tr').count();

  const name = page.getByRole('textbox', { name: 'Имя нового участника' });
  await name.fill('Nasrin Tehrani');
  await name.press('Enter');
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();
  await name.fill('Omid Rahimi');
  await name.press('Enter');
  await expect(table.locator('tbody tr')).toHaveCount(before + 2);
  await expect(page.getByRole('textbox', { name: 'Часы: Omid Rahimi' })).toHaveValue('2');

  await page.getByRole('button', { name: 'Удалить Omid Rahimi из журнала' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(before + 1);
});

test('an agency editor opens the training records behind the computed value of the form', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.getByRole('button', { name: /^Обучение/ }).click();
  const field = page.locator('pr-leaf-field').filter({ hasText: 'Человеко-часы обучения' });
  const value = field.locator('output');
  await expect(value).toHaveText(/\d/);
  await field.getByRole('button', { name: 'Показать записи об обучении' }).click();

  const records = field.getByRole('table', { name: 'Записи об обучении: Человеко-часы обучения' });
  await expect(records.locator('tbody tr').first()).toBeVisible();
  const hours = await records.locator('tbody td.num').allInnerTexts();
  const total = records.getByRole('row', { name: /Всего человеко-часов/ });
  const number = (text: string) => Number(text.replace(/\s/g, '').replace(',', '.'));
  const sum = hours.reduce((s, h) => s + number(h), 0);
  expect(number(await total.locator('td').innerText())).toBeCloseTo(sum, 1);
  expect(number(await value.innerText())).toBeCloseTo(sum, 1);

  await field.getByRole('button', { name: 'Скрыть записи об обучении' }).click();
  await expect(records).toBeHidden();
});
