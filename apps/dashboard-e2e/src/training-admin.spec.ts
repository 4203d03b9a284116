import { expect, Page, test } from '@playwright/test';
import { signIn } from './support/session';

const nameIn = (page: Page, language: string) =>
  page.getByRole('textbox', { name: `Название (${language})` });

test('a director adds, renames and retires a training topic', async ({ page }) => {
  await signIn(page, 'director');
  await page.goto('/training');
  await page.getByRole('link', { name: 'Темы' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Темы обучения');

  const add = page.getByRole('region', { name: 'Добавить тему' });
  await add.getByRole('textbox', { name: 'Название (Русский)' }).fill('Публичные выступления');
  await add.getByRole('textbox', { name: 'Название (English)' }).fill('Public speaking');
  await add.getByRole('button', { name: 'Добавить тему' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Тема добавлена.' })).toBeVisible();
  const topics = page.getByRole('table', { name: 'Темы обучения' });
  await expect(topics.getByRole('row', { name: /Публичные выступления/ })).toContainText('Используется');

  await page.getByRole('button', { name: 'Переименовать «Публичные выступления»' }).click();
  await topics.getByRole('textbox', { name: 'Название (Русский)' }).fill('Ораторское мастерство');
  await topics.getByRole('button', { name: 'Сохранить название' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Тема переименована.' })).toBeVisible();

  await page.getByRole('button', { name: 'Снять тему «Ораторское мастерство»' }).click();
  await expect(topics.getByRole('row', { name: /Ораторское мастерство/ })).toContainText('Снята');
  await expect(page.getByRole('button', { name: 'Вернуть тему «Ораторское мастерство»' })).toBeVisible();
});

test('a director sets up a committee, seats an account and an outside person, edits and dissolves it', async ({
  page,
}) => {
  await signIn(page, 'director');
  await page.goto('/training/committees');
  await page.getByRole('link', { name: 'Новый комитет' }).click();
  await nameIn(page, 'Русский').fill('Комитет по наградам');
  await nameIn(page, 'فارسی').fill('کمیتهٔ جوایز');
  await page.getByRole('textbox', { name: 'Председатель' }).fill('Мохаммад Ахмади');
  await page.getByRole('combobox', { name: 'Проверяемые индексы' }).click();
  await page.getByRole('option').first().click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Создать комитет' }).click();

  await expect(page).toHaveURL(/\/training\/committees\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Комитет по наградам');
  const members = page.getByRole('table', { name: 'Члены' });

  await page.getByRole('radio', { name: 'Внешний участник' }).click();
  await page.getByRole('textbox', { name: 'Имя' }).fill('Али Резаи');
  await page.getByRole('textbox', { name: 'Организация' }).fill('ИРНА');
  await page.getByRole('button', { name: 'Добавить в комитет' }).click();
  await expect(members.getByRole('row', { name: /Али Резаи/ })).toContainText('ИРНА');

  await page.getByRole('radio', { name: 'Учётная запись' }).click();
  // An empty select's resting label covers its middle, so open it the keyboard's way.
  await page.getByRole('combobox', { name: 'Учётная запись' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: /\(evaluator\)/ }).click();
  await page.getByRole('combobox', { name: 'Роль' }).click();
  await page.getByRole('option', { name: 'Секретарь' }).click();
  await page.getByRole('button', { name: 'Добавить в комитет' }).click();
  await expect(members.getByRole('row', { name: /учётная запись/ })).toContainText('Секретарь');

  await page.getByRole('button', { name: 'Исключить Али Резаи из комитета' }).click();
  await expect(members.getByRole('row', { name: /Али Резаи/ })).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Председатель' }).fill('Зейнаб Карими');
  await page.getByRole('button', { name: 'Сохранить изменения' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Изменения сохранены.' })).toBeVisible();
  await expect(page.getByText('Председатель: Зейнаб Карими')).toBeVisible();

  await page.getByRole('button', { name: 'Распустить комитет' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Распустить' }).click();
  await expect(page).toHaveURL(/\/training\/committees$/);
  await expect(page.getByRole('link', { name: 'Комитет по наградам' })).toHaveCount(0);
});

test('a director deletes an event after confirming', async ({ page }) => {
  const title = 'Фотосъёмка на выезде';
  await signIn(page, 'director');
  await page.goto('/training/events/new');
  await page.getByRole('textbox', { name: 'Название' }).fill(title);
  await page.getByRole('combobox', { name: 'Тема' }).click();
  await page.getByRole('option', { name: 'Фото и видео' }).click();
  await page.getByLabel('Первый день').fill('2026-08-03');
  await page.getByLabel('Последний день').fill('2026-08-03');
  await page.getByRole('textbox', { name: 'Часов на участника' }).fill('3');
  await page.getByRole('button', { name: 'Создать мероприятие' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.getByRole('button', { name: 'Удалить мероприятие' }).click();
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText(`Удалить «${title}»`);
  await ask.getByRole('button', { name: 'Отмена' }).click();
  await expect(ask).toBeHidden();

  await page.getByRole('button', { name: 'Удалить мероприятие' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Удалить' }).click();
  await expect(page).toHaveURL(/\/training\?deleted=/);
  await expect(page.getByRole('status').filter({ hasText: `Мероприятие «${title}» удалено.` })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});

test('a national admin sets up a programme, renames it and deletes it', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/training/programmes');
  await page.getByRole('link', { name: 'Новая программа' }).click();
  await nameIn(page, 'Русский').fill('Школа пресс-секретаря');
  await page.getByLabel('Первый день').fill('2026-09-01');
  await page.getByRole('button', { name: 'Создать программу' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Школа пресс-секретаря');

  await nameIn(page, 'Русский').fill('Школа пресс-секретаря 2026');
  await page.getByRole('button', { name: 'Сохранить изменения' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Школа пресс-секретаря 2026');

  await page.getByRole('button', { name: 'Удалить программу' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Удалить' }).click();
  await expect(page).toHaveURL(/\/training\/programmes$/);
  await expect(page.getByRole('link', { name: 'Школа пресс-секретаря 2026' })).toHaveCount(0);
});
