import { expect, test } from '@playwright/test';
import { signInQuietly } from './support/session';

test('an agency editor downloads their own scorecard as a PDF letter, and cannot get another agency’s', async ({
  page,
}) => {
  await signInQuietly(page, 'editor');
  await page.goto('/rankings');
  await page.locator('.row.mine').getByRole('link').click();
  await expect(page).toHaveURL(/\/scorecards\/[0-9a-f-]+\/[0-9a-f-]+$/);
  const [, cycleId, ownId] = /\/scorecards\/([0-9a-f-]+)\/([0-9a-f-]+)$/.exec(page.url()) ?? [];

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('scorecard-FER-MUN.pdf');
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const pdf = Buffer.concat(chunks);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeLessThan(1_000_000);

  // Another agency's scorecard page has no PDF button, and the route itself answers 404 to this editor.
  const ranking = (await (await page.request.get(`/api/cycles/${cycleId}/ranking`)).json()) as {
    rows: { agencyId: string }[];
  };
  const otherId = ranking.rows.find((row) => row.agencyId !== ownId)?.agencyId;
  await page.goto(`/scorecards/${cycleId}/${otherId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Скачать PDF' })).toHaveCount(0);
  const refused = await page.request.get(`/api/cycles/${cycleId}/agencies/${otherId}/scorecard.pdf`);
  expect(refused.status()).toBe(404);
});
