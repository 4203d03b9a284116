import { expect, test } from '@playwright/test';
import type { ContestView, NominationView } from '@prgauge/contracts';
import { ApiClient, apiAs, daysFromNow } from './support/api';

const STAMP = Date.now().toString(36);
const TITLE = `Пресс-секретарь года ${STAMP}`;
const NOMINATION = 'Проект года';
const CANDIDATE = `Дана Омарова ${STAMP}`;

let director: ApiClient;
let contest: ContestView;

test.beforeAll(async ({ playwright, baseURL }) => {
  director = await apiAs(playwright, baseURL ?? '', 'director');
  contest = await director.send<ContestView>('POST', '/api/contests', {
    title: { ru: TITLE, en: `Press secretary of the year ${STAMP}` },
    organiser: { ru: 'Региональный медиахаб' },
    year: 2026,
    series: `applicant-link-${STAMP}`,
    status: 'announced',
    applicationsOpenAt: daysFromNow(-1),
    applicationsCloseAt: daysFromNow(2),
    judgingStartAt: daysFromNow(2),
    judgingEndAt: daysFromNow(4),
    votingStartAt: daysFromNow(2),
    votingEndAt: daysFromNow(5),
  });
  await director.send<NominationView>('POST', `/api/contests/${contest.id}/nominations`, {
    name: { ru: NOMINATION, en: 'Project of the year' },
    scoringMode: 'vote',
  });
});

test.afterAll(() => director.dispose());

test('an applicant files, follows the private link, sees the state and edits while applications are open', async ({
  page,
}) => {
  await test.step('the applicant files without an account and gets a reference number and a private link', async () => {
    await page.goto(`/contests/${contest.id}/apply`);
    await page.getByLabel('ФИО', { exact: true }).fill(CANDIDATE);
    await page.getByLabel('Должность', { exact: true }).fill('Пресс-секретарь');
    await page.getByLabel('Организация', { exact: true }).fill('Теплоснабжающая компания');
    await page.getByLabel('Email для ответа', { exact: true }).fill('dana@example.kz');
    await page.getByRole('checkbox', { name: NOMINATION }).check();
    await page.getByLabel('Название проекта', { exact: true }).fill('Эфиры с мест ремонта');
    await page.getByLabel('Описание', { exact: true }).fill('Каждый ремонт теплотрассы в прямом эфире.');
    await page.getByRole('checkbox', { name: /Я даю согласие организаторам на обработку/ }).check();
    await page.getByRole('button', { name: 'Отправить заявку' }).click();
    await expect(page.getByText(/Регистрационный номер: 2026-\d{5}\./)).toBeVisible();
  });

  await test.step('the private link shows the application and its state', async () => {
    await page.getByRole('link', { name: /\/contests\/application\// }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ваша заявка');
    await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
    await expect(page.getByText('Ожидает проверки')).toBeVisible();
    await expect(page.getByText('Идёт приём заявок', { exact: true })).toBeVisible();
  });

  await test.step('the applicant adds a co-author and renames the project while applications are open', async () => {
    await page.getByRole('button', { name: 'Добавить автора' }).click();
    await page.getByLabel('Автор 2: ФИО').fill('Ерлан Садыков');
    await page.getByLabel('Автор 2: должность').fill('Оператор');
    await page.getByLabel('Название проекта', { exact: true }).fill('Прямо с мест ремонта');
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await expect(page.getByRole('status')).toHaveText('Изменения сохранены.');
    await page.reload();
    await expect(page.getByLabel('Название проекта', { exact: true })).toHaveValue('Прямо с мест ремонта');
    await expect(page.getByLabel('Автор 2: ФИО')).toHaveValue('Ерлан Садыков');
  });
});
