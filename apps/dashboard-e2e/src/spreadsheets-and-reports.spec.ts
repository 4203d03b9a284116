import { expect, type Download, type Page, test } from '@playwright/test';
import { Workbook, type Worksheet } from 'exceljs';
import { execFileSync } from 'node:child_process';
import { confirmOnCyclePage } from './support/cycles';
import { apiAs, daysFromNow } from './support/api';
import { signInQuietly } from './support/session';

/** The editor's agency in the demo, whose head gets the scorecard. */
const EDITORS_AGENCY = 'FER-MUN';

async function bytesOf(download: Promise<Download>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function workbookOf(bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/**
 * Fills every cell the template asks for with a value its own validation allows, different per agency: the first
 * word of a yes/no list, otherwise a number within the column's range. Returns how many cells were filled.
 */
function fillTemplate(sheet: Worksheet): number {
  let filled = 0;
  for (let row = 3; row <= sheet.rowCount; row += 1) {
    for (let column = 3; column <= sheet.columnCount; column += 1) {
      const cell = sheet.getCell(row, column);
      const rule = cell.dataValidation;
      if (!rule) continue;
      if (rule.type === 'list') {
        cell.value = String(rule.formulae?.[0] ?? '')
          .replace(/^"|"$/g, '')
          .split(',')[0];
      } else {
        const max = Number(rule.formulae?.[1] ?? 100);
        cell.value = Math.min(max, ((row * 7 + column * 3) % 50) + (rule.type === 'whole' ? 1 : 0.5));
      }
      filled += 1;
    }
  }
  return filled;
}

function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
}

/** Downloads the scorecard PDF; a director first gives the outgoing letter's number, which an editor cannot. */
async function scorecardPdf(page: Page, letterNo?: string): Promise<{ name: string; pdf: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать PDF' }).click();
  if (letterNo !== undefined) {
    const letter = page.getByRole('dialog', { name: 'Исходящее письмо' });
    await letter.getByLabel('Исходящий номер').fill(letterNo);
    await letter.getByRole('button', { name: 'Сформировать PDF' }).click();
  }
  const name = (await download).suggestedFilename();
  return { name, pdf: await bytesOf(download) };
}

/**
 * The director brings a past year in from the directorate's own workbook and leaves with its documents, on a cycle
 * of its own: imported history years back, so that no other page takes it for the current one, and back in review
 * at the end, so that it is nobody's previous cycle afterwards. Then the editor gets their own agency's scorecard
 * and nobody else's.
 */
test('a past year goes in from the template and comes out as a ranking workbook and scorecard letters', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const director = await apiAs(playwright, baseURL ?? '', 'director');
  const cycle = await director.send<{ id: string }>('POST', '/api/cycles', {
    name: 'Архив 2014',
    periodStart: '2014-01-01',
    periodEnd: '2014-12-31',
    deadline: daysFromNow(400),
    importedHistory: true,
  });
  await director.send('POST', `/api/cycles/${cycle.id}/open`, {});

  try {
    await signInQuietly(page, 'director');
    let filled = 0;
    await test.step('the director downloads the template, fills it, checks it and saves it', async () => {
      await page.goto(`/admin/cycles/${cycle.id}`);
      await page.getByRole('link', { name: 'Загрузить значения из книги Excel' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Загрузка значений');
      const template = await workbookOf(
        await bytesOf(
          (async () => {
            const download = page.waitForEvent('download');
            await page.getByRole('link', { name: 'Скачать шаблон (XLSX)' }).click();
            return download;
          })(),
        ),
      );
      const sheet = template.worksheets[0];
      expect(sheet.getCell(2, 3).value).toBe('media.releases');
      filled = fillTemplate(sheet);
      expect(filled).toBeGreaterThan(40);

      await page.getByLabel('Заполненный файл', { exact: true }).setInputFiles({
        name: 'архив-2014.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(await template.xlsx.writeBuffer()),
      });
      await page.getByRole('button', { name: 'Проверить файл' }).click();
      await expect(page.getByText(`Проблем: 0. Изменений: ${filled}.`)).toBeVisible({ timeout: 30_000 });
      await page.getByRole('button', { name: `Сохранить значений: ${filled}` }).click();
      await expect(
        page.getByRole('status').filter({ hasText: `Сохранено значений как черновики: ${filled}` }),
      ).toBeVisible({ timeout: 60_000 });
    });

    await test.step('the director publishes it as imported history', async () => {
      await page.goto(`/admin/cycles/${cycle.id}`);
      await confirmOnCyclePage(page, 'Опубликовать результаты');
      await expect
        .poll(async () => (await director.get<{ status: string }>(`/api/cycles/${cycle.id}`)).status)
        .toBe('published');
    });

    let agencyId = '';
    await test.step('the director downloads the ranking of one group as XLSX, with the rows shown', async () => {
      await page.goto(`/rankings?cycle=${cycle.id}&group=health`);
      await expect(page.getByText('Импортированная история').first()).toBeVisible({ timeout: 20_000 });
      const count = page.getByText(/^Показано \d+ из \d+$/);
      await expect(count).toBeVisible();
      const [, shown, all] = /Показано (\d+) из (\d+)/.exec((await count.textContent()) ?? '') ?? [];
      expect(Number(shown)).toBeLessThan(Number(all));
      const firstShown = (await page.locator('.row:not(.head) .agency small').first().textContent()) ?? '';

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Скачать XLSX' }).click();
      const sheet = (await workbookOf(await bytesOf(download))).worksheets[0];
      const view = sheet.views[0] as { state?: string; ySplit?: number; rightToLeft?: boolean };
      expect(view).toMatchObject({ state: 'frozen', rightToLeft: false });
      const header = view.ySplit ?? 0;
      expect(sheet.getRow(header).getCell(1).value).toBe('Место');
      expect(sheet.getRow(5).getCell(2).value).toBe('Группа: Здравоохранение');
      const codes: string[] = [];
      for (let r = header + 1; r <= sheet.rowCount; r += 1)
        codes.push(String(sheet.getRow(r).getCell(3).value));
      expect(codes).toHaveLength(Number(shown));
      expect(firstShown.startsWith(`${codes[0]} ·`)).toBe(true);

      const ranking = (await (await page.request.get(`/api/cycles/${cycle.id}/ranking`)).json()) as {
        rows: { agencyId: string; code: string; total: number | null }[];
      };
      const editors = ranking.rows.find((row) => row.code === EDITORS_AGENCY);
      expect(editors?.total).not.toBeNull();
      agencyId = editors?.agencyId ?? '';
    });

    await test.step('the director downloads the scorecard letter of the editor’s agency', async () => {
      await page.goto(`/scorecards/${cycle.id}/${agencyId}`);
      await expect(page.getByText('Предварительный расчёт')).toHaveCount(0);
      const { name, pdf } = await scorecardPdf(page, '01-14/27');
      expect(name).toBe(`scorecard-${EDITORS_AGENCY}.pdf`);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeLessThan(1_000_000);
      const text = pdfText(pdf);
      expect(text).toContain('Руководителю');
      expect(text).toContain('01-14/27');
    });

    await test.step('the editor downloads their own scorecard, and cannot get another agency’s', async () => {
      const context = await browser.newContext();
      const editor = await context.newPage();
      try {
        await signInQuietly(editor, 'editor');
        await editor.goto(`/rankings?cycle=${cycle.id}`);
        await editor.locator('.row.mine').getByRole('link').click();
        await expect(editor).toHaveURL(new RegExp(`/scorecards/${cycle.id}/${agencyId}$`));
        const { name, pdf } = await scorecardPdf(editor);
        expect(name).toBe(`scorecard-${EDITORS_AGENCY}.pdf`);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

        const ranking = (await (await editor.request.get(`/api/cycles/${cycle.id}/ranking`)).json()) as {
          rows: { agencyId: string }[];
        };
        const otherId = ranking.rows.find((row) => row.agencyId !== agencyId)?.agencyId;
        await editor.goto(`/scorecards/${cycle.id}/${otherId}`);
        await expect(editor.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(editor.getByRole('button', { name: 'Скачать PDF' })).toHaveCount(0);
        const refused = await editor.request.get(`/api/cycles/${cycle.id}/agencies/${otherId}/scorecard.pdf`);
        expect(refused.status()).toBe(404);
      } finally {
        await context.close();
      }
    });
  } finally {
    // Back in review, the past year is nobody's previous cycle for the specs that follow.
    const { status, version } = await director.get<{ status: string; version: number }>(
      `/api/cycles/${cycle.id}`,
    );
    if (status === 'published')
      await director.send('POST', `/api/cycles/${cycle.id}/reopen`, {
        reason: 'Пример для проверки',
        version,
      });
    else if (status === 'open') await director.send('POST', `/api/cycles/${cycle.id}/close`, {});
    await director.dispose();
  }
});
