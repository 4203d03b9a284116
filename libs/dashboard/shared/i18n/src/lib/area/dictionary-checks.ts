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
