import { HttpStatus } from '@nestjs/common';
import { analyse } from 'chardet';
import { decode } from 'iconv-lite';
import { ApiException } from '../api-error';

/**
 * Characters a Windows-1251 file written by a Russian or Kazakh spreadsheet holds beyond ASCII: Cyrillic,
 * the number sign, guillemets, dashes, curly quotes, the ellipsis and the no-break space.
 */
const CYRILLIC_TEXT =
  /^[\p{ASCII}\u0400-\u04ff\u2116\u00ab\u00bb\u2013\u2014\u201c\u201d\u201e\u2018\u2019\u2026\u00a0]*$/u;
/** Legacy encodings a detector may confuse with Windows-1251 for short Cyrillic or Arabic-script text. */
const RIVALS = new Set(['windows-1256', 'KOI8-R', 'ISO-8859-5', 'ISO-8859-6']);

/**
 * The text of an uploaded CSV file. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are.
 * Other bytes are read as Windows-1251, what Russian Excel saves, only when the detector finds that encoding
 * more likely than its Cyrillic and Arabic rivals and every character read is Cyrillic or common
 * punctuation; anything else is refused with `upload.unknown_encoding`, never decoded into U+FFFD.
 */
export function decodeCsvText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be');
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return utf8.replace(/^\uFEFF/, '');
  const candidates = analyse(bytes).map((match) => match.name as string);
  const cp1251 = candidates.indexOf('windows-1251');
  const rival = candidates.findIndex((name) => RIVALS.has(name));
  if (cp1251 >= 0 && (rival < 0 || cp1251 < rival)) {
    const text = decode(bytes, 'windows-1251');
    if (CYRILLIC_TEXT.test(text)) return text;
  }
  throw unknownEncoding(candidates[0]);
}

function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function unknownEncoding(guess: string | undefined): ApiException {
  const looks = guess ? ` (it looks like ${guess})` : '';
  return new ApiException(HttpStatus.BAD_REQUEST, 'upload.unknown_encoding', guess ? { guess } : {}, {
    details: [
      {
        field: 'file',
        code: 'field.format',
        params: { format: 'UTF-8' },
        problems: [`is not UTF-8${looks}; save it as "CSV UTF-8" and send it again`],
      },
    ],
  });
}
