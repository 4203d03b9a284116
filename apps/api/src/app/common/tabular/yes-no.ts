import type { TabularCell } from './tabular-table';

/**
 * The words a yes/no cell may hold, in the product's languages, as typed or as a list in a template offers them;
 * Excel's TRUE/FALSE arrive as "true"/"false", and 1/0 as numbers or digits (Persian and Arabic-Indic too).
 */
const YES = ['1', 'true', 'yes', 'y', 'да', 'иә', 'ия', 'بله', 'بلی', 'آری', 'ﺑﻠﻪ'];
const NO = ['0', 'false', 'no', 'n', 'нет', 'жоқ', 'خیر', 'نه'];

/** The words a template offers for yes and no, by language: what its cell list holds and what reads back. */
export const YES_NO_WORDS = {
  ru: ['да', 'нет'],
  kk: ['иә', 'жоқ'],
  fa: ['بله', 'خیر'],
  en: ['yes', 'no'],
} as const;

/** A yes/no cell as true or false, null when empty, or `invalid` for anything else ("maybe", 2). */
export function readYesNo(cell: TabularCell | undefined): boolean | null | 'invalid' {
  if (cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : 'invalid';
  const word = cell
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  if (word === '') return null;
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  return 'invalid';
}
