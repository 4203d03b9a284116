import { expect, test } from '@playwright/test';
import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import { apiAs, daysFromNow } from './support/api';
import { signInQuietly } from './support/session';

/**
 * The director's value import, on a cycle of its own (open, its period years back so that no other page takes it
 * for the current one, closed again at the end): download the template, fill a value, check, apply, and find the
 * value in the template downloaded again.
 */
test('a director imports values from the filled template', async ({ page, playwright, baseURL }) => {
  const director = await apiAs(playwright, baseURL ?? '', 'director');
  const cycle = await director.send<{ id: string }>('POST', '/api/cycles', {
    name: 'Загрузка из Excel',
    periodStart: '2014-01-01',
    periodEnd: '2014-12-31',
    deadline: daysFromNow(400),
  });
  await director.send('POST', `/api/cycles/${cycle.id}/open`, {});

  try {
    await signInQuietly(page, 'director');
    await page.goto(`/admin/cycles/${cycle.id}`);
    await page.getByRole('link', { name: 'Загрузить значения из книги Excel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Загрузка значений');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Скачать шаблон (XLSX)' }).click();
    const workbook = new Workbook();
    const bytes = await readFile((await (await download).path()) ?? '');
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell(2, 3).value).toBe('media.releases');
    const agency = String(sheet.getCell(3, 1).value);
    sheet.getCell(3, 3).value = 17;

    await page.getByLabel('Заполненный файл', { exact: true }).setInputFiles({
      name: 'values.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await expect(page.getByText('Проблем: 0. Изменений: 1.')).toBeVisible();
    const change = page.getByRole('table').getByRole('row').nth(1);
    await expect(change).toContainText(agency);
    await expect(change).toContainText('17');

    await page.getByRole('button', { name: 'Сохранить значений: 1' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Сохранено значений как черновики: 1' }),
    ).toBeVisible();

    const again = await page.request.get(`/api/cycles/${cycle.id}/value-import/template.xlsx?lang=ru`);
    const saved = new Workbook();
    await saved.xlsx.load(Buffer.from(await again.body()) as unknown as ArrayBuffer);
    expect(saved.worksheets[0].getCell(3, 3).value).toBe(17);
  } finally {
    await director.send('POST', `/api/cycles/${cycle.id}/close`, {});
    await director.dispose();
  }
});
