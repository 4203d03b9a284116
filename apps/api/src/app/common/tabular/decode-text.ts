import { HttpStatus } from '@nestjs/common';
import type { TextEncoding } from '@prgauge/contracts';
import { decode } from 'iconv-lite';
import { ApiException } from '../api-error';

/** A CSV file's text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** The single-byte code pages spreadsheets in our locales save CSV in, with the script their text is in. */
const CODE_PAGES = [
  { encoding: 'windows-1251', script: /\p{Script=Cyrillic}/u, cased: true },
  { encoding: 'windows-1256', script: /\p{Script=Arabic}/u, cased: false },
] as const;

/** The share of letters that must read as one script's words before a code page is believed. */
const PLAUSIBLE = 0.9;
/** Words of at least one letter beyond ASCII; ASCII words read the same in every code page. */
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Reads an uploaded CSV file's bytes as text, whatever Excel or an editor saved it as:
 * - UTF-16 LE or BE, told by its byte-order mark or, without one, by the zero bytes of its ASCII header;
 * - UTF-8 with or without a byte-order mark (taken off); UTF-8 cut in the middle of its last character is
 *   refused naming its last line, as the code pages below would read the cut as a letter;
 * - otherwise Windows-1251 (Russian and Kazakh Excel) or Windows-1256 (Persian Excel), whichever reads as
 *   words of one script: Cyrillic words cased as words are, or Arabic-script words without Latin letters in them.
 * A file that reads as neither is refused (400 `file.undecodable`) naming the first line that is not UTF-8; a
 * line with a byte the chosen code page lacks is refused the same way. Nothing is ever read into U+FFFD.
 */
export function decodeTabularText(bytes: Buffer): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: decode(bytes, utf16).replace(/^\uFEFF/, ''), encoding: utf16 };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  // UTF-8 but for a letter cut at the very end: a code page would read that lead byte as a letter of its own.
  if (strictUtf8(bytes, true) !== null) throw undecodable(countLines(bytes));
  const readings = CODE_PAGES.map((page) => {
    const text = decode(bytes, page.encoding);
    return { ...page, text, score: scriptScore(text, page.script, page.cased) };
  }).sort((a, b) => b.score - a.score);
  const best = readings[0];
  if (best.score < PLAUSIBLE) throw undecodable(firstLineNotUtf8(bytes));
  const unmapped = best.text.split('\n').findIndex((line) => line.includes('\uFFFD'));
  if (unmapped >= 0) throw undecodable(unmapped + 1);
  return {
    text: best.encoding === 'windows-1256' ? persianYeh(best.text) : best.text,
    encoding: best.encoding,
  };
}

/** UTF-16 by its byte-order mark, or by the zeros every ASCII character of a header leaves in one byte of two. */
function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, Math.min(bytes.length, 256) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  // A text file holds no NUL bytes: zeros in one byte of most pairs are the high bytes of ASCII characters.
  if (oddZeros > 4 * evenZeros) return 'utf-16le';
  if (evenZeros > 4 * oddZeros) return 'utf-16be';
  return null;
}

/** The bytes as UTF-8, or null where they are not; `cutEnd` lets the last character stop short (a cut file). */
function strictUtf8(bytes: Uint8Array, cutEnd = false): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: cutEnd });
  } catch {
    return null;
  }
}

/**
 * Signs beyond ASCII that text in both scripts uses: no-break space, zero-width (non-)joiners, the number sign,
 * guillemets, dashes, quotes, the ellipsis, and the Arabic comma, semicolon and question mark.
 */
const COMMON_SIGNS = new Set(
  '\u00a0\u200c\u200d\u2116\u00ab\u00bb\u2013\u2014\u201c\u201d\u201e\u2018\u2019\u2026\u060c\u061b\u061f',
);

/**
 * The share (0–1) of a text's characters beyond ASCII that are letters in words of `script` alone, cased as
 * words are where the script has case ("Акимат", "акимат", "АКИМАТ", not "ПЗдФђЗе", which is Persian read as
 * Windows-1251). Common signs do not count either way. Text read in the wrong code page mixes scripts or cases
 * within its words, or turns letters into signs such as "°" and "¾" (UTF-8 read as a single-byte code page).
 */
export function scriptScore(text: string, script: RegExp, cased: boolean): number {
  let counted = 0;
  let fitting = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (![...word].some((c) => c.charCodeAt(0) > 0x7f)) continue;
    counted += word.length;
    const oneScript = [...word].every((c) => script.test(c) || /\p{M}/u.test(c));
    if (oneScript && (!cased || wordCased(word))) fitting += word.length;
  }
  for (const c of text.replace(WORD, ''))
    if (c.charCodeAt(0) > 0x7f && !/\s/u.test(c) && !COMMON_SIGNS.has(c)) counted++;
  return counted === 0 ? 0 : fitting / counted;
}

/** Lower case, capitalised, or all capitals. */
const wordCased = (word: string) =>
  word === word.toLowerCase() || word === word.toUpperCase() || word.slice(1) === word.slice(1).toLowerCase();

/**
 * Windows-1256 has no Persian Yeh (ی): Persian Windows saves it as the Arabic Yeh (ي), so a file read in that
 * code page gets its Persian letter back. Kaf needs nothing: the code page holds both forms.
 */
const persianYeh = (text: string) => text.replace(/\u064a/g, '\u06cc');

/** The number of lines of a file, the last one counted whether or not a line break ends it. */
const countLines = (bytes: Buffer): number => bytes.subarray(0, -1).filter((b) => b === 0x0a).length + 1;

/** The first line (counting from 1) whose bytes are not UTF-8. */
function firstLineNotUtf8(bytes: Buffer): number {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    if (strictUtf8(bytes.subarray(start, stop)) === null) return line;
    if (end < 0) break;
    start = end + 1;
    line++;
  }
  return 1;
}

function undecodable(line: number): ApiException {
  return new ApiException(
    HttpStatus.BAD_REQUEST,
    'file.undecodable',
    { line },
    {
      details: [
        {
          field: 'file',
          code: 'file.undecodable_line',
          params: { line },
          problems: [`line ${line} is not UTF-8, UTF-16, Windows-1251 or Windows-1256 text`],
        },
      ],
    },
  );
}
