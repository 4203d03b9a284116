/** The languages the product speaks. */
export const LOCALES = ['ru', 'kk', 'fa', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in several languages; at least one is present. */
export type LocalizedText = Partial<Record<Locale, string>>;
