import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { switchLocale } from './support/locale';
import { signIn } from './support/session';

const fixture = (name: string) => readFileSync(join(__dirname, '../../api/test/fixtures/locale', name));

test('a file saved by Russian Excel is previewed in Russian as written, and a broken quote is named by its line', async ({
  page,
}) => {
  await signIn(page, 'director');
  await switchLocale(page, 'ru');
  await page.goto('/organisation/agencies/import');
  const file = page.getByLabel('Файл ведомств (CSV или XLSX)');

  await file.setInputFiles({
    name: 'agencies.csv',
    mimeType: 'text/csv',
    buffer: fixture('agencies-cp1251-semicolon.csv'),
  });
  await page.getByRole('button', { name: 'Проверить файл' }).click();
  const preview = page.locator('#import-preview-title').locator('xpath=..');
  await expect(preview).toContainText('Windows-1251 (кириллица)');
  await expect(preview).toContainText('Акимат села Жаркент');
  await expect(preview).toContainText('Городская больница № 5');
  await expect(preview).not.toContainText('\uFFFD');

  const rows = ['code;name_ru', ...Array.from({ length: 40 }, (_, i) => `QT${i};Ведомство ${i}`)];
  await file.setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([...rows, 'QTBAD;Акимат "Север', ''].join('\r\n')),
  });
  await page.getByRole('button', { name: 'Проверить файл' }).click();
  const problems = page.getByRole('table', { name: 'Ошибки в файле' });
  await expect(problems).toContainText('Строка 42, ячейка 2: кавычка внутри ячейки');
});
