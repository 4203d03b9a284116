import { isLocale, type Locale } from './locale';

/** Where a language can come from, most personal first; any of them may be missing. */
export interface LocaleSources {
  /** The language saved on the signed-in person's account; null or absent when none was chosen. */
  account?: unknown;
  /** A language picked in this browser's switcher and kept in its storage. */
  chosenHere?: unknown;
  /** The browser's preferred languages, best first (`navigator.languages`), as BCP 47 tags. */
  browser?: readonly string[];
  /** The default language of the person's region, when the region names one. */
  region?: unknown;
}

/**
 * The first of the product's languages that the browser's preferences name, matching on the primary subtag
 * (`fa-IR` is `fa`, `en-US` is `en`); null when none matches.
 */
export function browserLocale(preferred: readonly string[] = []): Locale | null {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}

/**
 * The interface language: the account's saved language; else one picked in this browser; else the first of
 * the browser's preferred languages the product speaks; else the region's default; else `fallback`.
 * Values that are not one of the product's languages are skipped.
 */
export function chooseLocale(sources: LocaleSources, fallback: Locale): Locale {
  if (isLocale(sources.account)) return sources.account;
  if (isLocale(sources.chosenHere)) return sources.chosenHere;
  const browser = browserLocale(sources.browser);
  if (browser) return browser;
  if (isLocale(sources.region)) return sources.region;
  return fallback;
}
