import { expect, Locator, Page, type PlaywrightWorkerArgs, test } from '@playwright/test';
import type { ContestView, CycleView } from '@prgauge/contracts';
import { apiAs, saveLanguage } from './support/api';
import { signIn } from './support/session';

type Playwright = PlaywrightWorkerArgs['playwright'];

// Every kind of page that shows a refusal, read by a Persian reader in Tehran. Each refusal comes from the
// real server; what the page shows of it must read in Persian: no English server sentence, no field or column
// named by its key, no indicator named by its key. One browser context per role, one step per refusal.
test.use({ locale: 'fa-IR', timezoneId: 'Asia/Tehran' });

/** Any Latin letter: an English sentence, a field path (`values[0].value`) or a column key (`agency`). */
const LATIN = /[A-Za-z]/;
/** An indicator's key as the frameworks write them, a section and a name: `media.releases`. */
const INDICATOR_KEY = /\b[a-z]+\.[a-z][A-Za-z]+\b/;
/** A Persian letter: the refusal says something, in Persian. */
const PERSIAN = /[\u0600-\u06FF]/;
/** The evidence file's name: the person's own words, which the refusal may quote as they are. */
const EVIDENCE_NAME = 'گزارش.exe';
/** The attendance register's file name, which its refusal quotes. */
const REGISTER_NAME = 'فهرست حضور.csv';

/**
 * Waits until `scope` shows a refusal in Persian, then checks every text it shows (softly, so one run names
 * every page at fault). `ownWords` are the person's own, quoted back as typed, and are left out of the check.
 */
async function expectPersianRefusal(scope: Locator, ownWords: readonly string[] = []): Promise<void> {
  await expect(scope.first()).toBeVisible();
  const shown = async () =>
    (await scope.allInnerTexts()).map((text) =>
      ownWords.reduce((rest, words) => rest.split(words).join(''), text.trim()),
    );
  // The Persian refusal texts arrive as their own chunk; until then a page may show the catalogue's English.
  await expect.poll(shown).toEqual(expect.arrayContaining([expect.stringMatching(PERSIAN)]));
  for (const text of await shown()) {
    expect.soft(text, 'a refusal shown with Latin letters').not.toMatch(LATIN);
    expect.soft(text, 'a refusal naming an indicator by its key').not.toMatch(INDICATOR_KEY);
  }
}

const alerts = (page: Page) => page.getByRole('alert');

/** Accounts this file gave Persian as their saved language, to be given back Russian after each test. */
const inPersian = new Set<string>();

/**
 * Signs `login` in as a Persian reader: their account's saved language wins over the browser's, and other files
 * leave the demo accounts on Russian, so it is saved as Persian first, as the person would in the switcher.
 */
async function signInInPersian(
  page: Page,
  playwright: Playwright,
  baseURL: string,
  login: string,
): Promise<void> {
  await saveLanguage(playwright, baseURL, login, 'fa');
  inPersian.add(login);
  await signIn(page, login);
}

test.afterEach(async ({ playwright, baseURL }) => {
  for (const login of inPersian) await saveLanguage(playwright, baseURL ?? '', login, 'ru');
  inPersian.clear();
});

test('a visitor reads the refusal of signing in in Persian', async ({ page }) => {
  await page.goto('/sign-in');
  await page.locator('input[autocomplete="username"]').fill('director');
  await page.locator('input[autocomplete="current-password"]').fill('not the password');
  await page.locator('form button[type="submit"]').click();
  await expectPersianRefusal(alerts(page));
});

test('a director reads the refusals of contests, organisation, cycles and training in Persian', async ({
  page,
  playwright,
  baseURL,
}) => {
  // Six pages in one context: longer than one journey's minute on a busy machine.
  test.setTimeout(240_000);
  const api = await apiAs(playwright, baseURL ?? '', 'director');
  const judging = (await api.get<ContestView[]>('/api/contests')).find((c) => c.phase === 'judging');
  const cycle = (await api.get<{ items: CycleView[] }>('/api/cycles')).items.find((c) => c.status === 'open');
  const events = await api.get<{ items: { id: string }[] }>('/api/training/events?limit=1');
  await api.dispose();
  expect(judging && cycle && events.items[0], 'the demo contest, cycle and event').toBeTruthy();
  await signInInPersian(page, playwright, baseURL ?? '', 'director');

  await test.step('publishing a contest’s results while it is judged', async () => {
    await page.goto(`/contests/manage/${judging?.id}/results`);
    await page.getByRole('button', { name: 'انتشار نتایج' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'انتشار نتایج' }).click();
    await expectPersianRefusal(alerts(page));
  });

  await test.step('an account whose login is taken', async () => {
    await page.goto('/organisation/accounts');
    await page.getByRole('button', { name: 'حساب تازه' }).click();
    const form = page.getByRole('form', { name: 'حساب تازه' });
    await form.getByLabel('نام کاربری').fill('editor');
    await form.getByLabel('نام و نام خانوادگی').fill('ویراستار دوم');
    await form.getByRole('combobox', { name: 'نقش' }).click();
    await page.getByRole('option', { name: 'ناظر' }).click();
    await form.getByRole('button', { name: 'ساختن حساب' }).click();
    await expectPersianRefusal(form.getByRole('alert'));
  });

  await test.step('an agency file that is not a table', async () => {
    await page.goto('/organisation/agencies/import');
    await page.getByLabel('فایل دستگاه‌ها (CSV یا XLSX)').setInputFiles({
      name: 'دستگاه‌ها',
      mimeType: 'text/csv',
      buffer: Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9, 8]),
    });
    await page.getByRole('button', { name: 'بررسی فایل' }).click();
    await expectPersianRefusal(alerts(page), ['دستگاه‌ها']);
  });

  await test.step('an extension to a day before the cycle’s deadline', async () => {
    await page.goto(`/admin/cycles/${cycle?.id}`);
    await page.getByRole('combobox', { name: 'دستگاه' }).click();
    await page.getByRole('option').first().click();
    await page.getByLabel('تمدید تا').fill('2026-06-01');
    await page.getByLabel('دلیل تمدید').fill('سیل: روابط عمومی تخلیه شد.');
    await page.getByRole('button', { name: 'تمدید مهلت' }).click();
    await expectPersianRefusal(alerts(page));
  });

  await test.step('an attendance register naming an agency that does not exist', async () => {
    await page.goto(`/training/events/${events.items[0].id}`);
    await page.locator('input[type="file"]').setInputFiles({
      name: REGISTER_NAME,
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'participant_name,agency,outlet,audience,attended,hours\nزهرا کریمی,NOPE,,pr_staff,yes,\n',
      ),
    });
    await expectPersianRefusal(alerts(page), [REGISTER_NAME]);
  });

  await test.step('a password change with a wrong current password', async () => {
    await page.getByRole('button', { name: /^حساب کاربری:/ }).click();
    await page.getByRole('menuitem', { name: 'تغییر گذرواژه' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[autocomplete="current-password"]').fill('not the password');
    await dialog.locator('input[autocomplete="new-password"]').first().fill('a new password 2026');
    await dialog.locator('input[autocomplete="new-password"]').last().fill('a new password 2026');
    await dialog.getByRole('button', { name: 'تغییر گذرواژه' }).click();
    await expectPersianRefusal(dialog.getByRole('alert'));
  });
});

test('an agency editor reads the refusal of an evidence file in Persian', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signInInPersian(page, playwright, baseURL ?? '', 'editor');
  await expect(page).toHaveURL(/\/submissions\/[0-9a-f-]+$/);
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({
      name: EVIDENCE_NAME,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ this is a program, not a document'),
    });
  await expectPersianRefusal(alerts(page), [EVIDENCE_NAME]);
});

test('an evaluator reads the refusal of an approval without ratings in Persian', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signInInPersian(page, playwright, baseURL ?? '', 'evaluator');
  await page
    .getByRole('row')
    .filter({ has: page.locator('.status-submitted') })
    .first()
    .getByRole('link')
    .click();
  await page.getByRole('button', { name: 'تأیید', exact: true }).click();
  await expectPersianRefusal(alerts(page));
});
