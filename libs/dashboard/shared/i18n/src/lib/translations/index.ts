import type { Locale } from '@prgauge/contracts';
import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** Every key of the shell's texts; English is the reference the others must match. Areas add theirs as they load. */
export type TranslationKey = keyof typeof en;

export const DICTIONARIES: Record<Locale, Partial<Record<string, string>>> = { ru, kk, fa, en };
