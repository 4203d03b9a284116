import type { Locale } from '@prgauge/contracts';
import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';
import trainingEn from './training.en.json';
import trainingFa from './training.fa.json';
import trainingKk from './training.kk.json';
import trainingRu from './training.ru.json';

/** Every user-facing key; English is the reference the others must match. */
export type TranslationKey = keyof typeof en | keyof typeof trainingEn;

/** Each area's texts live in their own files, so areas built side by side do not edit the same file. */
export const DICTIONARIES: Record<Locale, Partial<Record<TranslationKey, string>>> = {
  ru: { ...ru, ...trainingRu },
  kk: { ...kk, ...trainingKk },
  fa: { ...fa, ...trainingFa },
  en: { ...en, ...trainingEn },
};
