import { expect, test } from '@playwright/test';
import type { ApplicationView, ContestView, NominationView } from '@prgauge/contracts';
import { ApiClient, apiAs, daysFromNow } from './support/api';
import { signIn } from './support/session';

const STAMP = Date.now().toString(36);
const CANDIDATE = `Айгерим Садыкова ${STAMP}`;
const JOURNALIST = `Алия Нурланова ${STAMP}`;
const BLOGGER = `Ерлан Беков ${STAMP}`;

/** Applications open now, judging and voting after them: a contest an organiser screens and verifies in. */
const LIVE_DATES = {
  applicationsOpenAt: daysFromNow(-5),
  applicationsCloseAt: daysFromNow(10),
  judgingStartAt: daysFromNow(10),
  judgingEndAt: daysFromNow(20),
  votingStartAt: daysFromNow(10),
  votingEndAt: daysFromNow(20),
};

/** The same contest moved into the past, so that its results may be published. */
const OVER_DATES = {
  applicationsOpenAt: daysFromNow(-40),
  applicationsCloseAt: daysFromNow(-30),
  judgingStartAt: daysFromNow(-30),
  judgingEndAt: daysFromNow(-20),
  votingStartAt: daysFromNow(-30),
  votingEndAt: daysFromNow(-20),
};

test.describe.configure({ mode: 'serial' });

test.describe('contest organisers', () => {
  let director: ApiClient;
  let contest: ContestView;

  test.beforeAll(async ({ playwright, baseURL }) => {
    director = await apiAs(playwright, baseURL ?? '', 'director');
    contest = await director.send<ContestView>('POST', '/api/contests', {
      title: { ru: `Пресс-секретарь года ${STAMP}`, en: `Press secretary of the year ${STAMP}` },
      organiser: { ru: 'Региональный медиахаб' },
      year: 2026,
      series: `press-secretary-${STAMP}`,
      status: 'announced',
      ...LIVE_DATES,
    });
    const nomination = await director.send<NominationView>(
      'POST',
      `/api/contests/${contest.id}/nominations`,
      {
        name: { ru: 'Лучший проект' },
        criteria: [{ key: 'quality', name: { ru: 'Качество' }, weight: 1 }],
        scoringMode: 'jury',
      },
    );
    contest = { ...contest, nominations: [nomination] };
    await director.send<ApplicationView>('POST', `/api/contests/${contest.id}/applications`, {
      candidateName: CANDIDATE,
      candidatePosition: 'Пресс-секретарь',
      candidateOrganisation: 'Управление здравоохранения',
      filedBy: 'organisation',
      nominationIds: [contest.nominations[0].id],
      projectTitle: 'Прививка без страха',
      description: 'Год открытых брифингов и ответов на вопросы жителей.',
      goal: 'Повысить доверие к вакцинации',
      links: ['https://t.me/example'],
      personalDataConsent: true,
    });
    const anonymous = await apiAs(playwright, baseURL ?? '', null);
    for (const [index, name] of [JOURNALIST, BLOGGER].entries())
      await anonymous.send('POST', `/api/public/contests/${contest.id}/voters`, {
        login: `voter-${STAMP}-${index}`,
        password: 'a-long-voter-password',
        displayName: name,
        outlet: index ? 'Блог «Жетысу сегодня»' : 'Жетысу ТВ',
        mediaRole: index ? 'блогер' : 'корреспондент',
        workLink: 'https://zhetysu.tv/news/123',
        personalDataConsent: true,
      });
    await anonymous.dispose();
  });

  test.afterAll(() => director.dispose());

  test('a director sets up a contest with a nomination and weighted criteria', async ({ page }) => {
    await signIn(page, 'director');
    await page.goto('/contests/manage');
    await page.getByRole('link', { name: 'Новый конкурс' }).click();
    const title = `Лучший SMM-специалист ${STAMP}`;
    await page.getByRole('group', { name: 'Название' }).getByLabel('На русском').fill(title);
    await page
      .getByRole('group', { name: 'Организатор' })
      .getByLabel('На русском')
      .fill('Управление внутренней политики');
    await page
      .getByRole('group', { name: 'Положение о конкурсе' })
      .getByLabel('На персидском')
      .fill('هر نامزد در یک بخش شرکت می‌کند.');
    await page.getByLabel('Серия').fill(`best-smm-${STAMP}`);
    await page.getByLabel('Приём заявок с').fill('2027-03-01');
    await page.getByLabel('Приём заявок до').fill('2027-04-01');
    // A phase starts the day after the one before it closes: a closing day is open to its end.
    await page.getByLabel('Оценка жюри с').fill('2027-04-02');
    await page.getByLabel('Оценка жюри до').fill('2027-05-01');
    await expect(page.getByText('С этими датами конкурс сегодня на этапе')).toContainText('Черновик');
    await page.getByRole('button', { name: 'Сохранить' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const nomination = page.getByRole('group', { name: 'Название номинации' });
    await nomination.getByLabel('На русском').fill('Страницы госорганов');
    await page.getByRole('textbox', { name: 'Критерий 1', exact: true }).fill('Качество контента');
    await page.getByLabel('Вес').first().fill('2');
    await page.getByRole('button', { name: 'Добавить критерий' }).click();
    await page.getByRole('textbox', { name: 'Критерий 2', exact: true }).fill('Вовлечённость');
    await page.getByLabel('Вес').nth(1).fill('1');
    await page.getByRole('button', { name: 'Добавить критерий' }).click();
    await page.getByRole('textbox', { name: 'Критерий 3', exact: true }).fill('Охват');
    await page.getByLabel('Вес').nth(2).fill('1');
    await expect(page.getByText('Сумма весов: 4,00')).toBeVisible();
    await page.getByLabel('Комментарий обязателен').check();
    await page.getByRole('button', { name: 'Добавить номинацию', exact: true }).click();

    const row = page.getByRole('row', { name: /Страницы госорганов/ });
    await expect(row).toContainText('Качество контента × 2');
    await expect(row).toContainText('Комментарий обязателен');

    await row.getByRole('button', { name: 'Изменить: Страницы госорганов' }).click();
    await page.getByLabel('Вес').nth(2).fill('3');
    await expect(page.getByText('Сумма весов: 6,00')).toBeVisible();
    await page.getByRole('button', { name: 'Сохранить номинацию' }).click();
    await expect(row).toContainText('Охват × 3');
  });

  test('an organiser opens an application and accepts it', async ({ page }) => {
    await signIn(page, 'director');
    await page.goto(`/contests/manage/${contest.id}/applications?state=pending`);
    await page.getByRole('button', { name: CANDIDATE }).click();
    const details = page.getByRole('region', { name: CANDIDATE });
    await expect(details).toContainText('Повысить доверие к вакцинации');
    await details.getByRole('button', { name: 'Отклонить' }).click();
    await expect(details.getByText('Обязательна при отклонении')).toBeVisible();
    await details.getByRole('button', { name: 'Принять' }).click();
    // Accepted, it leaves the queue of applications awaiting screening.
    await expect(page.getByRole('button', { name: CANDIDATE })).toBeHidden();
    await page.goto(`/contests/manage/${contest.id}/applications?state=accepted`);
    await expect(page.getByRole('row', { name: new RegExp(CANDIDATE) })).toContainText('Принята');
  });

  test('an organiser verifies one journalist and rejects a blogger with a reason', async ({ page }) => {
    await signIn(page, 'director');
    await page.goto(`/contests/manage/${contest.id}/voters`);
    const journalist = page.getByRole('article', { name: JOURNALIST });
    await expect(journalist).toContainText('Жетысу ТВ');
    await journalist.getByRole('button', { name: 'Подтвердить' }).click();
    await expect(journalist).toContainText('Подтверждён');

    const blogger = page.getByRole('article', { name: BLOGGER });
    await blogger.getByLabel('Причина').fill('Ссылка не ведёт на публикацию автора');
    await blogger.getByRole('button', { name: 'Отклонить' }).click();
    await expect(blogger).toContainText('Отклонён');
    await expect(blogger).toContainText('Ссылка не ведёт на публикацию автора');
  });

  test('an organiser publishes the results after confirming', async ({ page }) => {
    const current = await director.get<ContestView>(`/api/contests/${contest.id}`);
    await director.send('PATCH', `/api/contests/${contest.id}`, {
      version: current.version,
      ...OVER_DATES,
      // Moving time on ends phases that hold applications and votes: phase integrity asks why.
      dateChangeReason: 'The journey moves on to the end of the contest',
    });

    await signIn(page, 'director');
    await page.goto(`/contests/manage/${contest.id}/results`);
    await expect(page.getByRole('row', { name: new RegExp(CANDIDATE) })).toBeVisible();
    await page.getByRole('button', { name: 'Опубликовать итоги' }).click();
    const dialog = page.getByRole('dialog', { name: 'Опубликовать итоги?' });
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Опубликовать итоги' }).click();
    await dialog.getByRole('button', { name: 'Опубликовать итоги' }).click();
    await expect(page.getByRole('status')).toHaveText('Итоги опубликованы.');
    await expect(page.getByRole('button', { name: 'Опубликовать итоги' })).toBeHidden();
  });
});
