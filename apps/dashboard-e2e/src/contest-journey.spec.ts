import { Browser, expect, Page, test } from '@playwright/test';
import type { ApplicationView, ContestView, NominationView } from '@prgauge/contracts';
import { ApiClient, apiAs, daysFromNow, replaceOneTimePassword } from './support/api';
import { DEMO_PASSWORD, signIn } from './support/session';

const STAMP = Date.now().toString(36);
const TITLE = `Пресс-секретарь года ${STAMP}`;
const NOMINATION = 'Лучший проект';
const CANDIDATE = `Айгерим Садыкова ${STAMP}`;
const PROJECT = 'Прививка без страха';
const RIVAL = `Марат Сулейменов ${STAMP}`;
const JUROR = `juror-${STAMP}`;
const JOURNALIST = `Алия Нурланова ${STAMP}`;
const JOURNALIST_LOGIN = `voter-${STAMP}`;

/** The server decides the phase by date, so each step of the journey moves the contest's windows around now. */
const DATES = {
  applying: {
    applicationsOpenAt: daysFromNow(-1),
    applicationsCloseAt: daysFromNow(1),
    judgingStartAt: daysFromNow(1),
    judgingEndAt: daysFromNow(3),
    votingStartAt: daysFromNow(1),
    votingEndAt: daysFromNow(4),
  },
  judging: {
    applicationsOpenAt: daysFromNow(-3),
    applicationsCloseAt: daysFromNow(-1),
    judgingStartAt: daysFromNow(-1),
    judgingEndAt: daysFromNow(2),
    votingStartAt: daysFromNow(-1),
    votingEndAt: daysFromNow(3),
  },
  over: {
    applicationsOpenAt: daysFromNow(-40),
    applicationsCloseAt: daysFromNow(-30),
    judgingStartAt: daysFromNow(-30),
    judgingEndAt: daysFromNow(-20),
    votingStartAt: daysFromNow(-30),
    votingEndAt: daysFromNow(-20),
  },
};

test.describe.configure({ mode: 'serial' });

let director: ApiClient;
let contest: ContestView;

async function moveTo(stage: keyof typeof DATES): Promise<void> {
  const current = await director.get<ContestView>(`/api/contests/${contest.id}`);
  await director.send('PATCH', `/api/contests/${contest.id}`, {
    version: current.version,
    ...DATES[stage],
    // Moving time on ends phases that hold data: phase integrity asks why.
    dateChangeReason: `The journey moves on to ${stage}`,
  });
}

/** A browser of one's own per person, so that sessions never mix. */
function personPage(browser: Browser): Promise<Page> {
  const { baseURL, locale, timezoneId } = test.info().project.use;
  return browser.newPage({ baseURL, locale, timezoneId });
}

test.beforeAll(async ({ playwright, baseURL }) => {
  director = await apiAs(playwright, baseURL ?? '', 'director');
  contest = await director.send<ContestView>('POST', '/api/contests', {
    title: { ru: TITLE, en: `Press secretary of the year ${STAMP}` },
    organiser: { ru: 'Региональный медиахаб', kk: 'Өңірлік медиахаб' },
    year: 2026,
    series: `press-secretary-journey-${STAMP}`,
    rules: { ru: 'Заявка описывает один проект за год.', fa: 'هر درخواست یک پروژهٔ سال را شرح می‌دهد.' },
    status: 'announced',
    ...DATES.applying,
  });
  const added = await director.send<NominationView>('POST', `/api/contests/${contest.id}/nominations`, {
    name: { ru: NOMINATION, en: 'Best project' },
    criteria: [
      { key: 'quality', name: { ru: 'Качество контента' }, weight: 2 },
      { key: 'reach', name: { ru: 'Охват' }, weight: 1 },
    ],
    scoringMode: 'combined',
    juryShare: 0.7,
    prizeAmount: 400000,
    prizeCurrency: 'KZT',
  });
  contest = { ...contest, nominations: [added] };
  const nomination = added.id;
  const rival = await director.send<ApplicationView>('POST', `/api/contests/${contest.id}/applications`, {
    candidateName: RIVAL,
    candidatePosition: 'Пресс-секретарь',
    candidateOrganisation: 'Акимат области',
    filedBy: 'organisation',
    nominationIds: [nomination],
    projectTitle: 'Открытый акимат',
    description: 'Еженедельные прямые эфиры с ответами на вопросы жителей.',
    personalDataConsent: true,
  });
  await director.send('POST', `/api/contest-applications/${rival.id}/screening`, { status: 'accepted' });
  const juror = await director.send<{ id: string }>('POST', '/api/users', {
    login: JUROR,
    displayName: 'Гульнар Омарова',
    role: 'juror',
    password: 'given once by the director',
  });
  // The password the director set is a one-time one, which the juror replaces before anything else.
  await replaceOneTimePassword(playwright, baseURL ?? '', JUROR, 'given once by the director');
  await director.send('POST', `/api/nominations/${nomination}/jurors`, {
    userId: juror.id,
    organisation: 'Казахский национальный университет',
  });
});

test.afterAll(() => director.dispose());

test('a candidate applies, is screened, scored and voted for, and the public page shows them as the winner', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const [candidate, organiser, juror, journalist, visitor] = await Promise.all(
    [1, 2, 3, 4, 5].map(() => personPage(browser)),
  );

  await test.step('a candidate applies through the public form without an account', async () => {
    await candidate.goto('/contests');
    await candidate.getByRole('link', { name: TITLE }).click();
    await expect(candidate.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    // The rules and the organiser read in the reader's language, of the several the organisers wrote.
    await expect(candidate.getByRole('region', { name: 'Положение', exact: true })).toContainText(
      'Заявка описывает один проект за год.',
    );
    await expect(candidate.getByText('Организатор: Региональный медиахаб')).toBeVisible();
    await candidate.getByRole('link', { name: 'Подать заявку' }).click();
    await expect(candidate.getByRole('heading', { level: 1 })).toHaveText('Заявка');
    await candidate.getByLabel('ФИО', { exact: true }).fill(CANDIDATE);
    await candidate.getByLabel('Должность', { exact: true }).fill('Пресс-секретарь');
    await candidate.getByLabel('Организация', { exact: true }).fill('Управление здравоохранения');
    await candidate.getByLabel('Email для ответа', { exact: true }).fill('aigerim@example.kz');
    await candidate.getByRole('checkbox', { name: NOMINATION }).check();
    await candidate.getByLabel('Название проекта', { exact: true }).fill(PROJECT);
    await candidate
      .getByLabel('Описание', { exact: true })
      .fill('Год открытых брифингов и ответов на вопросы жителей.');
    await candidate.getByLabel('Цель', { exact: true }).fill('Повысить доверие к вакцинации');
    await candidate.getByLabel('Ссылки', { exact: true }).fill('https://t.me/example');
    await candidate.getByRole('checkbox', { name: /Я даю согласие организаторам на обработку/ }).check();
    await candidate.getByRole('button', { name: 'Отправить заявку' }).click();
    await expect(candidate.getByRole('status')).toHaveText(
      `Заявка «${PROJECT}» для ${CANDIDATE} получена. Организаторы её рассмотрят.`,
    );
  });

  await test.step('the director screens the application and accepts it', async () => {
    await signIn(organiser, 'director');
    await organiser.goto(`/contests/manage/${contest.id}/applications?state=pending`);
    await organiser.getByRole('button', { name: CANDIDATE }).click();
    const details = organiser.getByRole('region', { name: CANDIDATE });
    await expect(details).toContainText('Повысить доверие к вакцинации');
    await details.getByRole('button', { name: 'Принять' }).click();
    await expect(organiser.getByRole('button', { name: CANDIDATE })).toBeHidden();
    await organiser.goto(`/contests/manage/${contest.id}/applications?state=accepted`);
    await expect(organiser.getByRole('row', { name: new RegExp(CANDIDATE) })).toContainText('Принята');
  });

  await moveTo('judging');

  await test.step('the juror of the nomination fills in score sheets', async () => {
    await signIn(juror, JUROR);
    await expect(juror).toHaveURL(/\/contests\/jury$/);
    await juror
      .getByRole('listitem')
      .filter({ hasText: TITLE })
      .getByRole('link', { name: 'Открыть листы' })
      .click();
    await expect(juror.getByRole('heading', { level: 1 })).toHaveText('Мои оценочные листы');
    await expect(juror.getByText('Оценено 0 из 2').first()).toBeVisible();
    for (const [name, quality, reach] of [
      [CANDIDATE, '9', '8'],
      [RIVAL, '5', '4'],
    ] as const) {
      const sheet = juror.getByRole('article', { name });
      await sheet.getByRole('spinbutton', { name: /Качество контента/ }).fill(quality);
      await sheet.getByRole('spinbutton', { name: /Охват/ }).fill(reach);
      await sheet.getByRole('button', { name: 'Сохранить лист' }).click();
      await expect(sheet.getByText('Оценено', { exact: true })).toBeVisible();
    }
    await expect(juror.getByText('Оценено 2 из 2').first()).toBeVisible();
  });

  await test.step('a journalist registers to vote', async () => {
    await journalist.goto(`/contests/${contest.id}`);
    await journalist.getByRole('link', { name: 'Зарегистрироваться для голосования' }).click();
    await expect(journalist.getByRole('heading', { level: 1 })).toHaveText('Регистрация для голосования');
    await journalist.getByLabel('ФИО', { exact: true }).fill(JOURNALIST);
    await journalist.getByLabel('Логин', { exact: true }).fill(JOURNALIST_LOGIN);
    await journalist.getByLabel('Пароль (не меньше 12 символов)', { exact: true }).fill(DEMO_PASSWORD);
    await journalist.getByLabel('Издание', { exact: true }).fill('Жетысу ТВ');
    await journalist.getByRole('combobox', { name: 'Роль' }).click();
    await journalist.getByRole('option', { name: 'Корреспондент', exact: true }).click();
    await journalist
      .getByLabel('Ссылка на вашу публикацию', { exact: true })
      .fill('https://zhetysu.tv/news/123');
    await journalist.getByRole('checkbox', { name: /Я даю согласие организаторам на обработку/ }).check();
    await journalist.getByRole('button', { name: 'Зарегистрироваться', exact: true }).click();
    await expect(journalist.getByRole('status')).toHaveText(
      'Вы зарегистрированы от издания Жетысу ТВ. Голосовать можно после подтверждения организаторами.',
    );
  });

  await test.step('the director verifies the journalist', async () => {
    await organiser.goto(`/contests/manage/${contest.id}/voters`);
    const registration = organiser.getByRole('article', { name: JOURNALIST });
    await expect(registration).toContainText('Жетысу ТВ');
    await registration.getByRole('button', { name: 'Подтвердить' }).click();
    await expect(registration).toContainText('Подтверждён');
  });

  await test.step('the journalist signs in and votes for the candidate', async () => {
    await journalist.context().clearCookies();
    await signIn(journalist, JOURNALIST_LOGIN);
    await expect(journalist).toHaveURL(/\/contests\/voting$/);
    await journalist
      .getByRole('listitem')
      .filter({ hasText: TITLE })
      .getByRole('link', { name: 'К голосованию' })
      .click();
    const ballot = journalist.getByRole('region', { name: NOMINATION });
    await ballot.getByRole('radio', { name: new RegExp(CANDIDATE) }).check();
    await ballot.getByRole('button', { name: 'Проголосовать' }).click();
    await ballot.getByRole('button', { name: 'Да, отдать голос' }).click();
    await expect(ballot.getByText(`Ваш голос: ${CANDIDATE}.`)).toBeVisible();
  });

  await moveTo('over');

  await test.step('the director publishes the results after confirming', async () => {
    await organiser.goto(`/contests/manage/${contest.id}/results`);
    await expect(organiser.getByRole('row', { name: new RegExp(CANDIDATE) })).toBeVisible();
    await organiser.getByRole('button', { name: 'Опубликовать итоги' }).click();
    await organiser
      .getByRole('dialog', { name: 'Опубликовать итоги?' })
      .getByRole('button', { name: 'Опубликовать итоги' })
      .click();
    await expect(organiser.getByRole('status')).toHaveText('Итоги опубликованы.');
  });

  await test.step('an anonymous visitor sees the candidate among the winners', async () => {
    await visitor.goto(`/contests/${contest.id}`);
    await expect(visitor.getByText('Сейчас: Итоги опубликованы')).toBeVisible();
    const winners = visitor
      .getByRole('region', { name: 'Победители' })
      .getByRole('table', { name: NOMINATION });
    const first = winners.getByRole('row').nth(1);
    await expect(first.getByRole('rowheader')).toContainText(CANDIDATE);
    await expect(first).toContainText('Управление здравоохранения');
    await expect(first).toContainText(PROJECT);
    await expect(first).toContainText(/Победитель, 1 место\s+·\s+400\s000\s₸/);
    await expect(winners.getByRole('row').nth(2)).toContainText(RIVAL);
  });

  await Promise.all([candidate, organiser, juror, journalist, visitor].map((p) => p.close()));
});
