/**
 * Letters that keyboards and old documents write in more than one way. Arabic Kaf and Yeh (Windows' Persian
 * keyboard, texts pasted from Arabic sources) become the Persian letters; the Heh forms (teh marbuta, the Urdu
 * and Kurdish hehs, and ۀ once its hamza is gone) become the plain Heh that Persian writers type; Persian and
 * Arabic-Indic digits become ASCII ones.
 */
const LETTERS: Readonly<Record<string, string>> = {
  '\u0643': '\u06a9', // ك Arabic Kaf → ک
  '\u06aa': '\u06a9', // ڪ swash Kaf → ک
  '\u064a': '\u06cc', // ي Arabic Yeh → ی
  '\u0649': '\u06cc', // ى Alef Maksura → ی
  '\u06d2': '\u06cc', // ے Yeh Barree → ی
  '\u0629': '\u0647', // ة Teh Marbuta → ه
  '\u06d5': '\u0647', // ە Ae (what ۀ leaves without its hamza) → ه
  '\u06c1': '\u0647', // ہ Heh Goal → ه
  '\u06be': '\u0647', // ھ Heh Doachashmee → ه
};

const DIGIT_BASES = [0x06f0, 0x0660]; // Persian ۰, Arabic-Indic ٠

const EASTERN_DIGITS = /[\u06f0-\u06f9\u0660-\u0669]/g;

/**
 * `text` with its Persian (۰–۹) and Arabic-Indic (٠–٩) digits written as ASCII ones, everything else as typed:
 * for reading numbers and days typed on any of the product's keyboards.
 */
export function asciiDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, foldCharacter);
}

const CHARACTERS = new RegExp(`[${Object.keys(LETTERS).join('')}\u06f0-\u06f9\u0660-\u0669]`, 'gu');

function foldCharacter(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  for (const base of DIGIT_BASES) if (code >= base && code <= base + 9) return String(code - base);
  return LETTERS[c] ?? c;
}

/** Cyrillic и with a breve is й: Russian and Kazakh readers hold Мой and Мои apart, so the breve stays. */
const SHORT_I = /^[\u0438\u0418]$/;
const BREVE = '\u0306';

/**
 * The form of a text that searches and name comparisons match on, so that the same words typed on different
 * keyboards give the same key. Stored text stays as typed; only keys are compared.
 *
 * - Compatibility forms (Arabic presentation forms, full-width letters) become plain letters, and case is folded.
 * - Diacritics go: Arabic harakat, hamza and madda on their seats (أ إ آ → ا, ؤ → و, ئ → ی), Latin and
 *   Cyrillic accents and stress marks, and the diaeresis of ё (ё → е). The breve of й stays (й ≠ и).
 * - Arabic Kaf and Yeh forms become the Persian ones, Heh forms (ة ۀ ە ہ ھ) become ه, Persian and
 *   Arabic-Indic digits become 0–9.
 * - Everything that is neither a letter nor a digit goes: spaces of any kind and their runs, the zero-width
 *   non-joiner and joiner, tatweel, bidi marks, quotes and punctuation. So "می خواهم", "می‌خواهم" and
 *   "میخواهم" share one key, as do "Ақ-Жол" and "Ақ Жол".
 *
 * The key holds only letters and digits, so it can sit inside a SQL LIKE pattern without escaping.
 *
 * @param text any text, as typed or as stored
 * @returns the key; empty when the text holds no letter or digit
 */
export function searchKey(text: string): string {
  const decomposed = text.normalize('NFKD').toLowerCase();
  const withoutMarks = decomposed.replace(/\p{M}+/gu, (marks: string, at: number) =>
    SHORT_I.test(decomposed.charAt(at - 1)) && marks.includes(BREVE) ? BREVE : '',
  );
  return withoutMarks
    .normalize('NFC')
    .replace(CHARACTERS, foldCharacter)
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/\u0640/g, '');
}

/**
 * Whether a search matches any of the given texts: the search's key is part of one of theirs. A search without
 * any letter or digit (empty, or only spaces and punctuation) matches everything, as an empty search box does.
 *
 * @param search what the person typed
 * @param texts the record's texts (names in every language, codes); null and undefined are skipped
 */
export function searchMatches(search: string, texts: readonly (string | null | undefined)[]): boolean {
  const key = searchKey(search);
  return key === '' || texts.some((t) => t != null && searchKey(t).includes(key));
}

/**
 * What a database keeps to search one record by: the keys of its texts joined by single spaces. A search key
 * never holds a space, so `LIKE '%' || searchKey(search) || '%'` on this finds a search inside one text and
 * never across two.
 *
 * @param texts the record's searchable texts (a code, names in every language); null, undefined and texts
 *   without letters or digits add nothing
 */
export function searchDocument(texts: readonly (string | null | undefined)[]): string {
  return texts
    .map((t) => (t == null ? '' : searchKey(t)))
    .filter((key) => key !== '')
    .join(' ');
}
