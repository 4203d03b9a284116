import { expect, test } from '@playwright/test';
import { createDraftCycle, saveFrameworkElsewhere } from './support/cycles';
import { signIn } from './support/session';

test('a director re-weights an index, adds an indicator with texts in four languages, saves and finds it after a reload', async ({
  page,
}) => {
  await signIn(page, 'director');
  const cycleId = await createDraftCycle(page, 'Черновик для системы оценки');
  await page.goto(`/admin/cycles/${cycleId}/framework`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Система оценки');

  // The seven indices weigh 25 + 20 + 15 + 4 × 10 = 100; media relations going to 35 makes it 110 at once.
  const topSum = page.locator('#sum-top');
  await expect(topSum).toContainText('Индексы, сумма весов: 100');
  await page.getByRole('spinbutton', { name: 'Вес: Работа со СМИ' }).fill('35');
  await expect(topSum).toContainText('Индексы, сумма весов: 110');
  await page.getByRole('spinbutton', { name: 'Вес: Работа со СМИ' }).fill('0');
  await expect(topSum).toContainText('Каждый вес должен быть числом больше нуля');
  await page.getByRole('spinbutton', { name: 'Вес: Работа со СМИ' }).fill('35');
  await expect(topSum).not.toContainText('Каждый вес');

  await page.getByRole('button', { name: 'Добавить показатель в «Работа со СМИ»' }).click();
  const texts = page.getByRole('group', { name: 'Тексты на четырёх языках' });
  const entries = {
    Русский: 'Прямые эфиры с мест ремонта',
    Қазақша: 'Жөндеу орындарынан тікелей эфирлер',
    فارسی: 'پخش زنده از محل تعمیرات',
    English: 'Live broadcasts from repair sites',
  };
  for (const [language, name] of Object.entries(entries)) {
    await texts.getByRole('tab', { name: language }).click();
    await texts.getByRole('textbox', { name: 'Название' }).fill(name);
  }
  await expect(texts.getByRole('textbox', { name: 'Название' })).toHaveValue(entries.English);
  await texts.getByRole('tab', { name: 'فارسی' }).click();
  await expect(texts.getByRole('textbox', { name: 'Название' })).toHaveAttribute('dir', 'rtl');
  await texts.getByRole('tab', { name: 'Русский' }).click();
  await texts.getByRole('textbox', { name: 'Подсказка для заполняющего' }).fill('Сколько эфиров провели.');
  await page.getByRole('combobox', { name: 'Кто заполняет' }).click();
  await page.getByRole('option', { name: 'оценивает эксперт' }).click();
  await expect(page.getByRole('combobox', { name: 'Тип значения' })).toContainText('оценка');

  await page.getByRole('button', { name: 'Сохранить систему оценки' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toContainText('версия 2');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Прямые эфиры с мест ремонта', exact: true })).toBeVisible();
  await expect(topSum).toContainText('Индексы, сумма весов: 110');
  await page.getByRole('button', { name: 'Прямые эфиры с мест ремонта', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Кто заполняет' })).toContainText('оценивает эксперт');
});

test('a director moves nodes by keyboard, is asked before leaving unsaved work, and reloads after a conflict', async ({
  page,
}) => {
  await signIn(page, 'director');
  const cycleId = await createDraftCycle(page, 'Черновик для конфликта');
  await page.goto(`/admin/cycles/${cycleId}/framework`);
  const tree = page.locator('pr-framework-tree');
  await expect(tree.locator('.node').first()).toHaveText(/Работа со СМИ/);

  await page.getByRole('button', { name: 'Переместить «Работа со СМИ» ниже' }).press('Enter');
  await expect(tree.locator('.node').first()).toHaveText(/Электронный PR/);
  await expect(page.getByRole('button', { name: 'Переместить «Работа со СМИ» ниже' })).toBeFocused();

  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Рейтинги' }).first().click();
  await expect.poll(() => asked).toContain('несохранённые изменения');
  await expect(page).toHaveURL(/framework$/);

  // A weight the API would refuse is caught while typing: nothing is sent until it is fixed.
  const mediaWeight = page.getByRole('spinbutton', { name: 'Вес: Работа со СМИ' });
  await mediaWeight.fill('0');
  await expect(page.getByRole('button', { name: 'Сохранить систему оценки' })).toBeDisabled();
  await mediaWeight.fill('25');

  await saveFrameworkElsewhere(page, cycleId);
  await page.getByRole('button', { name: 'Сохранить систему оценки' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Кто-то другой уже сохранил' });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Загрузить заново' }).click();
  await expect(conflict).toBeHidden();
  await expect(tree.locator('.node').first()).toHaveText(/Работа со СМИ/);
});

test('the framework of a cycle that is no longer a draft is read-only, and says why', async ({ page }) => {
  await signIn(page, 'director');
  const cycles = (await (await page.request.get('/api/cycles')).json()) as {
    items: { id: string; status: string }[];
  };
  const open = cycles.items.find((c) => c.status === 'open');
  expect(open).toBeDefined();
  await page.goto(`/admin/cycles/${open?.id}/framework`);
  await expect(page.getByRole('note')).toContainText('только систему черновика');
  await expect(page.getByRole('button', { name: 'Сохранить систему оценки' })).toHaveCount(0);
  await expect(page.getByRole('spinbutton', { name: 'Вес: Работа со СМИ' })).toHaveAttribute('readonly', '');
});
