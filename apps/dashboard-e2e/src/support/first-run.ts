import { expect, Locator, Page } from '@playwright/test';
import { Workbook } from 'exceljs';
import { writeFile } from 'node:fs/promises';

/** One agency of the file a directorate brings on its first day, as its own spreadsheet names it. */
export interface AgencyRow {
  code: string;
  ru: string;
  fa: string;
  peerGroup: string;
  prStaff: number;
}

/** Writes the agencies as the workbook Excel saves, in the import's own columns, and returns its path. */
export async function writeAgencyWorkbook(path: string, rows: readonly AgencyRow[]): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Ведомства');
  sheet.addRow(['code', 'name_ru', 'name_fa', 'peer_group', 'pr_staff']);
  for (const row of rows) sheet.addRow([row.code, row.ru, row.fa, row.peerGroup, row.prStaff]);
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

/** The first admin's one-time password, from the line the server prints on a fresh installation. */
export function firstAdminPassword(log: string): string {
  const match = /First admin account: login "admin", password "([^"]+)"/.exec(log);
  if (!match) throw new Error(`The server printed no first admin account:\n${log}`);
  return match[1];
}

/** Signs in with a one-time password and sets one's own on the page the product then insists on. */
export async function signInFirstTime(page: Page, login: string, oneTime: string, own: string) {
  await page.goto('/sign-in');
  await page.locator('input[autocomplete="username"]').fill(login);
  await page.locator('input[autocomplete="current-password"]').fill(oneTime);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/password/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Придумайте новый пароль');
  await page.getByLabel('Одноразовый пароль').fill(oneTime);
  await page.getByLabel('Новый пароль', { exact: true }).fill(own);
  await page.getByLabel('Новый пароль ещё раз').fill(own);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(page).not.toHaveURL(/\/password|\/sign-in/, { timeout: 30_000 });
}

/** Picks an option of a labelled drop-down inside `scope`. */
export async function choose(scope: Locator, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await scope.page().getByRole('option', { name: option }).click();
}

/** An account as the admin types it into the accounts page. */
export interface AccountInput {
  login: string;
  displayName: string;
  role: string;
  region: string;
  agency?: RegExp;
  language: string;
}

/** Creates an account on the accounts page and returns the one-time password the dialog shows once. */
export async function createAccount(page: Page, account: AccountInput): Promise<string> {
  await page.getByRole('button', { name: 'Новая учётная запись' }).click();
  const form = page.getByRole('form', { name: 'Новая учётная запись' });
  await form.getByLabel('Логин').fill(account.login);
  await form.getByLabel('Имя и фамилия').fill(account.displayName);
  await choose(form, 'Роль', account.role);
  await choose(form, 'Регион', account.region);
  if (account.agency) await choose(form, 'Ведомство', account.agency);
  await choose(form, 'Язык', account.language);
  await form.getByRole('button', { name: 'Создать учётную запись' }).click();
  const dialog = page.getByRole('dialog', { name: `Учётная запись ${account.login} создана` });
  const password = (await dialog.locator('#one-time-password').textContent())?.trim() ?? '';
  expect(password.length).toBeGreaterThanOrEqual(12);
  await dialog.getByRole('button', { name: 'Готово' }).click();
  await expect(dialog).toBeHidden();
  return password;
}

/** Opens every collapsed section of a submission form, so every field can be read and filled. */
export async function expandAllSections(page: Page): Promise<void> {
  for (const header of await page.locator('mat-expansion-panel-header').all()) {
    if ((await header.getAttribute('aria-expanded')) === 'true') continue;
    await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'true');
  }
}

/**
 * Fills every number an agency reports and answers every yes/no with yes, waiting for the autosave. A section
 * that renders late (the training section loads its registers) is filled on the next pass.
 */
export async function fillEveryValue(page: Page, value: string): Promise<void> {
  const fields = page.getByRole('textbox', { name: 'Значение' });
  await expect(fields.first()).toBeEditable();
  await expandAllSections(page);
  for (const yes of await page.getByRole('radio', { name: 'Да' }).all()) await yes.click();
  await expect(async () => {
    for (const field of await fields.all()) if ((await field.inputValue()) === '') await field.fill(value);
    await expect(page.locator('section.submit-bar')).not.toContainText('нет значения', { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: /Черновик сохранён/ })).toBeVisible();
}

/** The field of one indicator on the submission form, by its name in Russian. */
export const indicatorField = (page: Page, name: string) =>
  page.locator('pr-leaf-field').filter({ has: page.getByText(name, { exact: true }) });
