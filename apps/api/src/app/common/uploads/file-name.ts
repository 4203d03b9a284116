/**
 * Characters a stored name never keeps: C0 and C1 controls, and the marks that reorder text (Arabic letter
 * mark, left-to-right and right-to-left marks, embeddings, overrides and isolates), which can make
 * "evil\u202Efdp.exe" display as "evilexe.pdf". Joiners (U+200C, U+200D) stay: Persian words need them.
 */
const HIDDEN = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
/** Characters that separate paths or that file systems and headers refuse. */
const UNSAFE = /[\\/:*?"<>|]/g;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;
const MAX_LENGTH = 200;

/**
 * The name a file is stored and downloaded under: `uploaded` without hidden or unsafe characters, at most
 * 200 characters, and ending with `extension`, the one its bytes were found to be, so a PDF sent as
 * "report.html" is kept as "report.pdf".
 */
export function cleanFileName(uploaded: string, extension: string): string {
  const visible = uploaded.normalize('NFC').replace(HIDDEN, '').replace(UNSAFE, '_');
  const base = visible.replace(EXTENSION, '').replace(/^[\s.]+|[\s.]+$/g, '') || 'file';
  const suffix = `.${extension}`;
  return `${Array.from(base)
    .slice(0, MAX_LENGTH - suffix.length)
    .join('')}${suffix}`;
}

/**
 * A refused file's name as a refusal quotes it back: the name as sent, without hidden or unsafe characters, at
 * most 200 characters, and with its own extension. Nothing is stored under it, so no extension is forced on it;
 * the person reads the name they chose ("گزارش.exe"), not one the API made up.
 */
export function quotedFileName(uploaded: string): string {
  const visible = uploaded.normalize('NFC').replace(HIDDEN, '').replace(UNSAFE, '_').trim();
  return Array.from(visible || 'file')
    .slice(0, MAX_LENGTH)
    .join('');
}
