import { expect, test } from '@playwright/test';
import type { TrainingEventView } from '@prgauge/contracts';
import { apiAs, saveLanguage } from './support/api';
import { signIn } from './support/session';

// A Persian director in Tehran gives a training event its days in the Solar Hijri calendar: typed in Persian
// digits, picked on the calendar, typed in Latin digits. The API must receive the Gregorian days they are.
test.use({ locale: 'fa-IR', timezoneId: 'Asia/Tehran' });

const TITLE = 'کارگاه خبرنویسی دی‌ماه';

test.afterEach(async ({ playwright, baseURL }) => {
  await saveLanguage(playwright, baseURL ?? '', 'director', 'ru');
});

test("a Persian director types and picks an event's days in the Solar Hijri calendar", async ({
  page,
  playwright,
  baseURL,
}) => {
  await saveLanguage(playwright, baseURL ?? '', 'director', 'fa');
  await signIn(page, 'director');
  await page.goto('/training/events/new');
  await page.getByRole('textbox', { name: 'عنوان' }).fill(TITLE);
  await page.getByRole('combobox', { name: 'موضوع' }).click();
  await page.getByRole('option').first().click();

  // 5 Dey 1405 is 26 December 2026, typed with a Persian keyboard's digits.
  const firstDay = page.getByRole('textbox', { name: 'روز نخست' });
  await firstDay.fill('۱۴۰۵/۱۰/۰۵');
  await expect(page.getByText('۵ دی ۱۴۰۵', { exact: true })).toBeVisible();

  // Its calendar opens on Dey 1405, weeks from Saturday; the 7th is picked instead.
  await page.getByRole('button', { name: 'باز کردن تقویم' }).first().click();
  const calendar = page.getByRole('dialog');
  await expect(calendar.getByRole('button', { name: 'انتخاب ماه و سال' })).toHaveText(/دی ۱۴۰۵/);
  await expect(calendar.locator('thead th').first()).toContainText('ش');
  await calendar.getByRole('button', { name: '۷ دی ۱۴۰۵', exact: true }).click();
  await expect(firstDay).toHaveValue('۱۴۰۵/۱۰/۰۷');

  // A day Esfand does not have in 1404 is refused as typed, and a Latin-digit day is read.
  const lastDay = page.getByRole('textbox', { name: 'روز پایانی' });
  await lastDay.fill('1404/12/30');
  await expect(page.getByText(/^تاریخ نیست\. نمونه: /)).toBeVisible();
  await lastDay.fill('1405/10/08');

  await page.getByRole('textbox', { name: 'ساعت برای هر نفر' }).fill('6');
  await page.getByRole('button', { name: 'ایجاد رویداد' }).click();
  await expect(page).toHaveURL(/\/training\/events\/[0-9a-f-]+$/);

  const id = page.url().split('/').pop() ?? '';
  const api = await apiAs(playwright, baseURL ?? '', 'director');
  const event = await api.get<TrainingEventView>(`/api/training/events/${id}`);
  expect([event.startDate, event.endDate]).toEqual(['2026-12-28', '2026-12-29']);
  await api.remove(`/api/training/events/${id}`);
  await api.dispose();
});
