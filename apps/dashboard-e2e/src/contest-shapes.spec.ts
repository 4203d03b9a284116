import { expect, test } from '@playwright/test';
import { signIn } from './support/session';

const STAMP = Date.now().toString(36);

/**
 * The best press secretary, decided by the public vote alone: the organiser picks the shape once, is asked for
 * no judging dates, and the contest's page shows only applications, voting and results.
 */
test('an organiser sets up a vote-only contest and sees only its phases', async ({ page }) => {
  await signIn(page, 'director');
  await page.goto('/contests/manage');
  await page.getByRole('link', { name: 'Новый конкурс' }).click();
  const title = `Лучший пресс-секретарь ${STAMP}`;
  await page.getByRole('group', { name: 'Название' }).getByLabel('На русском').fill(title);
  await page.getByRole('group', { name: 'Организатор' }).getByLabel('На русском').fill('Медиахаб Жетысу');
  await page.getByLabel('Серия').fill(`best-press-secretary-${STAMP}`);

  await expect(page.getByLabel('Оценка жюри с')).toBeVisible();
  await page.getByRole('radio', { name: 'Только голосование' }).check();
  await expect(page.getByLabel('Оценка жюри с')).toHaveCount(0);
  await expect(page.getByLabel('Оценка жюри до')).toHaveCount(0);

  await page.getByLabel('Приём заявок с').fill('2027-03-01');
  await page.getByLabel('Приём заявок до').fill('2027-03-20');
  await page.getByLabel('Голосование с').fill('2027-03-21');
  await page.getByLabel('Голосование до').fill('2027-03-31');
  await page.getByRole('combobox', { name: 'Видимость' }).click();
  await page.getByRole('option', { name: 'Объявлен' }).click();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Its nominations are scored by votes without being asked, and their tie rule is spelt out.
  await page
    .getByRole('group', { name: 'Название номинации' })
    .getByLabel('На русском')
    .fill('Лучший пресс-секретарь');
  await expect(page.getByRole('combobox', { name: 'Порядок оценки' })).toHaveCount(0);
  await expect(page.getByText('Кандидаты без голосов вместе делят место')).toBeVisible();
  await page.getByRole('button', { name: 'Добавить номинацию', exact: true }).click();
  await expect(page.getByRole('row', { name: /Лучший пресс-секретарь/ })).toContainText('Только голосование');

  const contestId = new URL(page.url()).pathname.split('/').pop();
  await page.goto(`/contests/${contestId}`);
  const phases = page.getByRole('list', { name: 'Этапы конкурса' });
  await expect(phases.getByRole('listitem')).toHaveText([/Приём заявок/, /Голосование/, /Итоги/]);
  await expect(phases).not.toContainText('Работа жюри');
  await expect(page.getByRole('region', { name: 'Положение' })).toContainText(
    'Равные результаты делят место, а следующие за ним места пропускаются (1, 2, 2, 4).',
  );
});
