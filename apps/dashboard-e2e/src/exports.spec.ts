import { expect, test } from '@playwright/test';
import { Workbook } from 'exceljs';

test('a visitor downloads the ranking as XLSX from the ranking page, with the rows shown', async ({
  page,
}) => {
  await page.goto('/rankings?group=health');
  const count = page.getByText(/^Показано \d+ из 40$/);
  await expect(count).toBeVisible({ timeout: 20_000 });
  await expect(count).not.toHaveText('Показано 40 из 40');
  const shown = Number(/Показано (\d+)/.exec((await count.textContent()) ?? '')?.[1]);
  const firstShown = (await page.locator('.row:not(.head) .agency small').first().textContent()) ?? '';

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Скачать XLSX' }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];

  // Title rows, a blank row, the frozen header, then one row per agency shown.
  const view = sheet.views[0] as { state?: string; ySplit?: number; rightToLeft?: boolean };
  expect(view).toMatchObject({ state: 'frozen', rightToLeft: false });
  const header = view.ySplit ?? 0;
  expect(sheet.getRow(header).getCell(1).value).toBe('Место');
  expect(sheet.getRow(5).getCell(2).value).toBe('Группа: Здравоохранение');
  const codes: string[] = [];
  for (let r = header + 1; r <= sheet.rowCount; r += 1) codes.push(String(sheet.getRow(r).getCell(3).value));
  expect(codes).toHaveLength(shown);
  expect(firstShown.startsWith(`${codes[0]} ·`)).toBe(true);
  expect(sheet.getRow(header + 1).getCell(5).value).toBe('Здравоохранение');
});
