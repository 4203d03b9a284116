/** One language's texts, keyed like the English reference. */
export type Dictionary = Record<string, string>;

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

/**
 * What is wrong with a set of translations, as readable lines: keys missing or extra against English,
 * empty texts, and placeholders that differ from English. Empty when all is well.
 */
export function dictionaryProblems(reference: Dictionary, others: Record<string, Dictionary>): string[] {
  const problems: string[] = [];
  const keys = new Set(Object.keys(reference));
  for (const [locale, dictionary] of Object.entries({ en: reference, ...others })) {
    for (const key of keys) {
      if (!(key in dictionary)) problems.push(`${locale}: missing ${key}`);
    }
    for (const [key, text] of Object.entries(dictionary)) {
      if (!keys.has(key)) problems.push(`${locale}: extra ${key}`);
      else if (text.trim() === '') problems.push(`${locale}: empty ${key}`);
      else if (placeholders(text).join() !== placeholders(reference[key]).join()) {
        problems.push(`${locale}: ${key} has placeholders ${placeholders(text).join() || 'none'}`);
      }
    }
  }
  return problems;
}

const DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;
const westernDigit = (d: string) => String((d.codePointAt(0) ?? 0) & 0xf);

/**
 * The numbers a text names, whatever its digits (Persian, Arabic-Indic), thousands separator (`,` before three
 * digits, `٬`) and decimal sign (`.`, `,`, `٫`).
 */
export function numbersIn(text: string): number[] {
  const western = text.replace(DIGITS, westernDigit).replace(/(\d)[,٬](\d{3})(?!\d)/g, '$1$2');
  return (western.match(/\d+(?:[.,٫]\d+)?/g) ?? []).map((n) => Number(n.replace(/[,٫]/, '.')));
}

/**
 * Texts that state a validation limit in words must name the limit the API enforces, in every language. `limits`
 * maps a key to the numbers its text must contain; the lines say which language drifted. Empty when all agree.
 */
export function limitProblems(
  dictionaries: Record<string, Dictionary>,
  limits: Record<string, readonly number[]>,
): string[] {
  const problems: string[] = [];
  for (const [locale, dictionary] of Object.entries(dictionaries))
    for (const [key, numbers] of Object.entries(limits)) {
      const named = numbersIn(dictionary[key] ?? '');
      const missing = numbers.filter((n) => !named.includes(n));
      if (missing.length) problems.push(`${locale}: ${key} does not name ${missing.join(', ')}`);
    }
  return problems;
}
