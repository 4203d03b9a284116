import { expect, Page } from '@playwright/test';

const NATIVE_NAMES = { ru: 'Русский', kk: 'Қазақша', fa: 'فارسی', en: 'English' } as const;

/** Picks a language in the toolbar's language menu, as a person would. */
export async function switchLocale(page: Page, locale: keyof typeof NATIVE_NAMES): Promise<void> {
  await page.getByRole('button', { name: /^(Язык|Тіл|زبان|Language):/ }).click();
  await page.getByRole('menuitemradio', { name: NATIVE_NAMES[locale] }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** A whole number as the page writes it in its language's digits (۱۴۰۵ in Persian), without grouping. */
export async function localDigits(page: Page, value: number): Promise<string> {
  const lang = (await page.locator('html').getAttribute('lang')) ?? 'ru';
  return new Intl.NumberFormat(lang, { useGrouping: false }).format(value);
}
