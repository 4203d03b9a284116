import { expect, Page, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import {
  AgencyRow,
  choose,
  createAccount,
  expandAllSections,
  fillEveryValue,
  firstAdminPassword,
  indicatorField,
  signInFirstTime,
  writeAgencyWorkbook,
} from './support/first-run';
import { confirmOnCyclePage, openInQueue } from './support/cycles';
import { OwnServer, pageOn, startOwnServer } from './support/own-server';

// A customer's first day: nothing installed but the product, nobody configured but the first admin.
let server: OwnServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer({ demoData: false });
});
test.afterAll(async () => server.stop());

const REGION = { code: 'south-khorasan', ru: 'Южный Хорасан', fa: 'خراسان جنوبی' };
const AGENCIES: AgencyRow[] = [
  {
    code: 'BIR-HLT',
    ru: 'Управление здравоохранения',
    fa: 'دانشگاه علوم پزشکی بیرجند',
    peerGroup: 'services',
    prStaff: 4,
  },
  {
    code: 'BIR-EDU',
    ru: 'Управление образования',
    fa: 'اداره کل آموزش و پرورش',
    peerGroup: 'services',
    prStaff: 3,
  },
  {
    code: 'BIR-ROAD',
    ru: 'Управление дорог',
    fa: 'اداره کل راه و شهرسازی',
    peerGroup: 'services',
    prStaff: 2,
  },
  {
    code: 'BIR-MUN',
    ru: 'Муниципалитет Бирдженда',
    fa: 'شهرداری بیرجند',
    peerGroup: 'municipalities',
    prStaff: 5,
  },
  { code: 'TAB-MUN', ru: 'Муниципалитет Табаса', fa: 'شهرداری طبس', peerGroup: 'municipalities', prStaff: 2 },
  {
    code: 'FER-MUN',
    ru: 'Муниципалитет Фердоуса',
    fa: 'شهرداری فردوس',
    peerGroup: 'municipalities',
    prStaff: 1,
  },
];
const [HEALTH, , , CITY] = AGENCIES;
const OWN_PASSWORD = 'birjand saffron caravan 1405';

/** Today and a day some weeks ahead, as the date inputs take them. */
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function createRegion(admin: Page): Promise<void> {
  await admin.goto('/organisation/regions');
  await expect(admin.getByText('Регионов пока нет.')).toBeVisible();
  const form = admin.getByRole('form', { name: 'Новый регион' });
  await form.getByLabel('Код региона').fill(REGION.code);
  await form.getByLabel('Название на русском').fill(REGION.ru);
  await form.getByLabel('Название на персидском').fill(REGION.fa);
  await form.getByLabel('Часовой пояс').fill('Asia/Tehran');
  await choose(form, 'Язык по умолчанию', 'Персидский');
  await choose(form, 'Календарь', 'Солнечная хиджра');
  await form.getByRole('button', { name: 'Создать регион' }).click();
  await expect(form.getByRole('status')).toHaveText('Сохранено.');
  const row = admin.getByRole('row').filter({ hasText: REGION.ru });
  await expect(row).toContainText('Asia/Tehran');
  await expect(row).toContainText('Солнечная хиджра');
  await row.getByRole('link', { name: REGION.ru }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(REGION.ru);
}

async function addPeerGroup(admin: Page, code: string, ru: string, fa: string): Promise<void> {
  await admin.getByRole('button', { name: 'Новая группа' }).click();
  const form = admin.getByRole('form', { name: 'Новая группа' });
  await form.getByLabel('Код').fill(code);
  await form.getByLabel('Название на русском').fill(ru);
  await form.getByLabel('Название на персидском').fill(fa);
  await form.getByRole('button', { name: 'Добавить группу' }).click();
  await expect(
    admin.getByRole('table', { name: 'Группы сравнения' }).getByRole('row').filter({ hasText: ru }),
  ).toBeVisible();
}

async function importAgencies(admin: Page, file: string): Promise<void> {
  await admin.goto('/organisation/agencies/import');
  await choose(admin.locator('main'), 'Регион', REGION.ru);
  await admin.getByLabel('Файл ведомств (CSV или XLSX)').setInputFiles(file);
  await admin.getByRole('button', { name: 'Проверить файл' }).click();
  await expect(
    admin.getByRole('heading', { name: `Файл создаст ведомств: ${AGENCIES.length}` }),
  ).toBeVisible();
  await admin.getByRole('button', { name: `Импортировать ведомства (${AGENCIES.length})` }).click();
  await expect(admin.getByRole('status')).toContainText(`Импортировано ведомств: ${AGENCIES.length}.`);
}

/** An editor enters every value, a file and a link as evidence, and submits. */
async function enterAndSubmit(editor: Page, evidenceFile: string): Promise<void> {
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Данные ведомства за цикл');
  await fillEveryValue(editor, '12');
  // Every indicator that asks for proof gets the period's file.
  const needingProof = editor.locator('pr-leaf-field').filter({ hasText: 'нужно подтверждение' });
  await expect(needingProof).not.toHaveCount(0);
  for (const field of await needingProof.all()) {
    await field.locator('input[type="file"]').setInputFiles(evidenceFile);
    await expect(field.getByRole('link', { name: 'press-releases.pdf' })).toBeVisible({ timeout: 20_000 });
  }
  const briefings = indicatorField(editor, 'Брифинги и пресс-конференции');
  await briefings
    .getByRole('textbox', { name: 'Ссылка как подтверждение' })
    .fill('https://example.org/briefings-2026');
  await briefings.getByRole('button', { name: 'Добавить ссылку' }).click();
  await expect(briefings.getByRole('link', { name: 'https://example.org/briefings-2026' })).toBeVisible();
  await expect(editor.locator('section.submit-bar')).not.toContainText('До отправки осталось');
  await editor.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Отправлено на проверку' })).toBeVisible();
}

async function rateAll(evaluator: Page, rating: string): Promise<void> {
  const ratings = evaluator.getByRole('textbox', { name: /^Оценка из/ });
  await expect(ratings.first()).toBeEditable();
  for (const field of await ratings.all()) await field.fill(rating);
}

test('from an empty installation to a ranking published in Persian, all in the browser', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const workbook = await writeAgencyWorkbook(test.info().outputPath('agencies.xlsx'), AGENCIES);
  const evidence = test.info().outputPath('press-releases.pdf');
  await writeFile(evidence, '%PDF-1.4\n% press releases of the period\n%%EOF\n');
  const admin = await pageOn(server, browser);
  const logins: Record<string, string> = {};

  await test.step('the admin signs in with the password from the log and must change it first', async () => {
    await signInFirstTime(admin, 'admin', firstAdminPassword(server.log()), OWN_PASSWORD);
  });

  await test.step('the admin sets up a Persian region, its peer groups and agencies from a workbook', async () => {
    await createRegion(admin);
    await addPeerGroup(admin, 'services', 'Службы', 'ادارات خدماتی');
    await addPeerGroup(admin, 'municipalities', 'Муниципалитеты', 'شهرداری‌ها');
    await importAgencies(admin, workbook);
  });

  await test.step('the admin creates a director, an evaluator and two editors, each with a one-time password', async () => {
    await admin.goto('/organisation/accounts');
    const base = { region: REGION.ru, language: 'Русский' };
    logins['director'] = await createAccount(admin, {
      ...base,
      login: 'birjand.director',
      displayName: 'Зохре Ахмади',
      role: 'Директор по связям с общественностью',
    });
    logins['evaluator'] = await createAccount(admin, {
      ...base,
      login: 'birjand.evaluator',
      displayName: 'Реза Карими',
      role: 'Эксперт-оценщик',
    });
    logins['health'] = await createAccount(admin, {
      ...base,
      login: 'health.editor',
      displayName: 'Мариам Хоссейни',
      role: 'Редактор ведомства',
      agency: new RegExp(HEALTH.code),
    });
    logins['city'] = await createAccount(admin, {
      ...base,
      login: 'city.editor',
      displayName: 'Али Мохаммади',
      role: 'Редактор ведомства',
      agency: new RegExp(CITY.code),
    });
  });

  const [director, evaluator, health, city] = await Promise.all(
    [1, 2, 3, 4].map(() => pageOn(server, browser)),
  );

  await test.step('the director creates a cycle from the template and opens it', async () => {
    await signInFirstTime(director, 'birjand.director', logins['director'], OWN_PASSWORD);
    // The director lands on a ranking with nothing published, which shows the way to the cycles.
    await expect(director.getByText('Опубликованных результатов пока нет.')).toBeVisible();
    await director.getByRole('link', { name: 'Перейти к циклам оценки' }).click();
    await expect(director.getByText('В регионе ещё нет циклов.')).toBeVisible();
    await director.getByRole('link', { name: 'Новый цикл' }).click();
    await director.getByLabel('Название').fill('1405');
    await director.getByLabel('Начало периода').fill(day(-200));
    await director.getByLabel('Конец периода').fill(day(160));
    await director.getByLabel('Срок сдачи отчётов').fill(day(21));
    await director.getByRole('radio', { name: 'Встроенный шаблон из семи индексов' }).check();
    await director.getByRole('button', { name: 'Создать черновик цикла' }).click();
    await expect(director.getByRole('heading', { level: 1 })).toHaveText('Цикл 1405');
    await confirmOnCyclePage(director, 'Открыть сбор данных');
    await expect(director.getByText('идёт сбор', { exact: true })).toBeVisible();
  });

  await test.step('both editors change their password, enter values with a file and a link, and submit', async () => {
    await signInFirstTime(health, 'health.editor', logins['health'], OWN_PASSWORD);
    await enterAndSubmit(health, evidence);
    await signInFirstTime(city, 'city.editor', logins['city'], OWN_PASSWORD);
    await enterAndSubmit(city, evidence);
  });

  await test.step('the evaluator rates both and returns one with two comments', async () => {
    await signInFirstTime(evaluator, 'birjand.evaluator', logins['evaluator'], OWN_PASSWORD);
    await openInQueue(evaluator, HEALTH.ru);
    await rateAll(evaluator, '4');
    await evaluator
      .getByRole('textbox', { name: 'Комментарий: Пресс-релизы' })
      .fill('Двенадцать релизов на четырёх сотрудников? Приложите список.');
    await evaluator
      .getByRole('textbox', { name: 'Комментарий: Брифинги и пресс-конференции' })
      .fill('По ссылке нет дат брифингов.');
    await evaluator.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await expect(evaluator.getByRole('status')).toHaveText('Возвращено ведомству с комментариями.');
    await openInQueue(evaluator, CITY.ru);
    await rateAll(evaluator, '3');
  });

  await test.step('the editor reads both comments, answers each and resubmits', async () => {
    await health.reload();
    const notice = health.getByRole('note').filter({ has: health.getByRole('heading', { name: /2/ }) });
    await expect(notice.getByRole('listitem')).toHaveCount(2);
    await expandAllSections(health);
    await indicatorField(health, 'Пресс-релизы').getByRole('textbox', { name: 'Значение' }).fill('9');
    await expect(health.getByRole('status').filter({ hasText: /Черновик сохранён/ })).toBeVisible();
    const reply = indicatorField(health, 'Брифинги и пресс-конференции').getByRole('textbox', {
      name: 'Ваш ответ проверяющему',
    });
    await reply.fill('Даты брифингов добавлены на страницу по ссылке.');
    await reply.blur();
    await health.getByRole('button', { name: 'Отправить на проверку повторно' }).click();
    const confirm = health.getByRole('dialog', { name: 'Отправить на проверку повторно?' });
    await expect(confirm).toContainText('После возврата вы изменили:');
    await confirm.getByRole('button', { name: 'Отправить повторно' }).click();
    await expect(health.getByRole('status').filter({ hasText: 'Отправлено на проверку.' })).toBeVisible();
  });

  await test.step('the evaluator finds the ratings kept and approves both', async () => {
    await openInQueue(evaluator, HEALTH.ru);
    const ratings = evaluator.getByRole('textbox', { name: /^Оценка из/ });
    for (const field of await ratings.all()) await expect(field).toHaveValue('4');
    await evaluator.getByRole('button', { name: 'Утвердить' }).click();
    await expect(evaluator.getByRole('status')).toHaveText('Утверждено.');
    await openInQueue(evaluator, CITY.ru);
    await evaluator.getByRole('button', { name: 'Утвердить' }).click();
    await expect(evaluator.getByRole('status')).toHaveText('Утверждено.');
  });

  await test.step('the director reads what publishing publishes, and publishes', async () => {
    await director.reload();
    await confirmOnCyclePage(director, 'Закрыть сбор данных');
    await expect(director.getByText('на проверке', { exact: true })).toBeVisible();
    await director.getByRole('button', { name: 'Опубликовать результаты' }).click();
    const confirm = director.getByRole('alertdialog', { name: 'Опубликовать цикл 1405?' });
    await expect(confirm).toContainText('Утверждено: 2 из 6 ведомств');
    await expect(confirm).toContainText('Без собственной оценки (4)');
    await expect(confirm).toContainText('Период ещё не закончился');
    await confirm.getByRole('button', { name: 'Опубликовать результаты' }).click();
    await expect(director.getByRole('status')).toHaveText('Опубликовано: рейтинг открыт для всех.');
  });

  await test.step('an anonymous visitor reads the ranking in Persian', async () => {
    const visitor = await browser.newPage({
      baseURL: server.baseURL,
      locale: 'fa-IR',
      timezoneId: 'Asia/Tehran',
    });
    await visitor.goto('/rankings');
    await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('رتبه‌بندی دستگاه‌ها');
    const rows = visitor.getByRole('table').last().getByRole('row');
    // The two approved agencies are ranked; the four that sent nothing approved are listed, unranked, after them.
    await expect(rows).toHaveCount(AGENCIES.length + 1, { timeout: 30_000 });
    await expect(rows.nth(1).or(rows.nth(2)).filter({ hasText: HEALTH.fa })).toHaveCount(1);
    await expect(rows.nth(1).or(rows.nth(2)).filter({ hasText: CITY.fa })).toHaveCount(1);
    await expect(rows.nth(3).getByRole('cell').first()).toHaveText('—');
  });
});
