import type { Locale } from '@prgauge/contracts';
import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** Every user-facing key; English is the reference the others must match. */
export type TranslationKey = keyof typeof en;

export const DICTIONARIES: Record<Locale, Partial<Record<TranslationKey, string>>> = { ru, kk, fa, en };
