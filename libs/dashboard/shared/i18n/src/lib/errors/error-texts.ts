import type { Locale } from '@prgauge/contracts';
import type { Dictionary } from '../area/dictionary-checks';

/**
 * The texts of every refusal code (`error.<code>`, `field-problem.<code>`) and of the param values they name
 * (`error-param.<param>.<value>`), per language. Each language is its own lazily loaded chunk, fetched with the
 * active language rather than with the first page; English refusal texts come from the catalogue itself, so
 * `en.json` holds only the param values.
 */
const LOADERS: Record<Locale, () => Promise<{ default: Dictionary }>> = {
  ru: () => import('./ru.json'),
  kk: () => import('./kk.json'),
  fa: () => import('./fa.json'),
  en: () => import('./en.json'),
};

/** The refusal texts of one language; rejects when the chunk cannot be fetched (the caller falls back). */
export async function loadErrorTexts(locale: Locale): Promise<Dictionary> {
  return (await LOADERS[locale]()).default;
}
