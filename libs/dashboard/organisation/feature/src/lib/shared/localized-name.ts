import { LIMITS, LOCALES, type Locale, type LocalizedText } from '@prgauge/contracts';

/** A name as typed in the four languages' inputs; empty text for a language left blank. */
export type NameInputs = Record<Locale, string>;

/** Four empty inputs, or the inputs of a stored name. */
export function nameInputsOf(name: LocalizedText | null = null): NameInputs {
  return Object.fromEntries(LOCALES.map((l) => [l, name?.[l] ?? ''])) as NameInputs;
}

/** The stored name: each language trimmed, blank ones left out. */
export function localizedTextOf(inputs: NameInputs): LocalizedText {
  const text: LocalizedText = {};
  for (const locale of LOCALES) {
    const value = inputs[locale].trim();
    if (value) text[locale] = value;
  }
  return text;
}

/**
 * What the API would refuse in a name, as translation keys: a name in no language at all, or one longer than
 * `LIMITS.localizedText.max` characters.
 */
export function nameProblems(inputs: NameInputs): string[] {
  const values = LOCALES.map((l) => inputs[l].trim());
  if (values.every((v) => v === '')) return ['org.problem.nameRequired'];
  if (values.some((v) => v.length > LIMITS.localizedText.max)) return ['org.problem.nameTooLong'];
  return [];
}
