import type { LocalizedText } from '@prgauge/contracts';
import { FONT_STACK, reportFontFaces } from './report-fonts';
import { escapeHtml, formatDay, localDigits, nameIn, type ReportLocale } from './report-format';
import { reportText } from './report-texts';

/** What a report's letterhead prints: the region's names and address, and its emblem as a data URL. */
export interface PrintedLetterhead {
  name: LocalizedText;
  address: LocalizedText;
  /** `data:image/png;base64,…`; null without an emblem. */
  emblem: string | null;
}

/**
 * The outgoing letter's number and day (`YYYY-MM-DD`), as the director enters them; either may be absent. A number
 * given blank prints as a draft's ("проект", «پیش‌نویس»): the letter has not been registered yet.
 */
export interface LetterDetails {
  number?: string;
  date?: string;
}

const PAGE_CSS = `
@page { size: A4; margin: 14mm 15mm 14mm 15mm; }
@page landscape { size: A4 landscape; margin: 10mm 12mm 10mm 12mm; }
.sheet:has(> .landscape) { page: landscape; }
.landscape h2 { margin-top: 0; }
.landscape table.compact td { padding-block: 0.2mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; color: #1f2328; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 15pt; margin: 2mm 0 1mm; }
h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
p { margin: 0.8mm 0; }
.sheet { page-break-after: always; }
.sheet:last-child { page-break-after: auto; }
.letterhead { display: flex; align-items: center; gap: 4mm; border-bottom: 1.2pt solid #1f2328; padding-bottom: 2mm; }
.letterhead img { height: 17mm; width: auto; }
.letterhead .org { flex: 1; }
.letterhead .org b { font-size: 12pt; display: block; }
.letterhead .org span { color: #57606a; font-size: 8.5pt; }
.letter { display: flex; gap: 8mm; justify-content: flex-end; font-size: 9pt; margin-top: 1.5mm; }
.letter span b { font-weight: 700; margin-inline-end: 1.5mm; }
.notice { border: 1pt solid #bf8700; color: #7d4e00; padding: 1.2mm 2.5mm; margin: 2mm 0; font-size: 9pt; }
.figures { display: flex; gap: 3mm; margin: 2.5mm 0; }
.figure { flex: 1; border: 0.8pt solid #d0d7de; border-radius: 2mm; padding: 2mm 3mm; }
.figure small { color: #57606a; display: block; font-size: 8pt; }
.figure strong { font-size: 15pt; }
.columns { display: flex; gap: 5mm; align-items: flex-start; }
.columns > div { flex: 1; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border-bottom: 0.5pt solid #d0d7de; padding: 0.9mm 1.5mm; text-align: start; vertical-align: top; }
th { background: #f6f8fa; font-weight: 700; }
table.compact { font-size: 7pt; }
table.compact th, table.compact td { padding: 0.35mm 1.2mm; }
td.num, th.num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
th.num { white-space: normal; }
.legend { font-size: 8pt; display: flex; gap: 4mm; flex-wrap: wrap; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-inline-end: 1mm; vertical-align: middle; }
ul { margin: 1mm 0; padding-inline-start: 5mm; }
.muted { color: #57606a; }
`;

/**
 * A whole HTML document in the reader's language and direction, with the report fonts inlined; `sheets` are the
 * pages' bodies (each starts a new page; a sheet whose body is one `<div class="landscape">` prints on landscape A4),
 * and `extraCss` adds a report's own rules.
 */
export function reportDocument(loc: ReportLocale, sheets: string[], extraCss = ''): string {
  const font = loc.dir === 'rtl' ? FONT_STACK.rtl : FONT_STACK.ltr;
  return `<!doctype html><html lang="${loc.locale}" dir="${loc.dir}"><head><meta charset="utf-8">
<style>${reportFontFaces()}\n${PAGE_CSS}\nbody{font-family:${font};}\n${extraCss}</style></head>
<body>${sheets.map((sheet) => `<section class="sheet">${sheet}</section>`).join('')}</body></html>`;
}

/** The region's letterhead, then the letter's number and date where the director gave them. */
export function letterheadBlock(loc: ReportLocale, head: PrintedLetterhead, letter: LetterDetails): string {
  const emblem = head.emblem ? `<img src="${escapeHtml(head.emblem)}" alt="">` : '';
  const address = nameIn(loc, head.address);
  const details = [
    letter.number !== undefined
      ? `<span><b>${reportText(loc.locale, 'letterNo')}</b>${escapeHtml(
          letter.number ? localDigits(loc, letter.number) : reportText(loc.locale, 'draft'),
        )}</span>`
      : '',
    letter.date
      ? `<span><b>${reportText(loc.locale, 'letterDate')}</b>${escapeHtml(formatDay(loc, letter.date))}</span>`
      : '',
  ].join('');
  return `<header class="letterhead">${emblem}<div class="org"><b>${escapeHtml(nameIn(loc, head.name))}</b>${
    address ? `<span>${escapeHtml(address)}</span>` : ''
  }</div></header>${details ? `<div class="letter">${details}</div>` : ''}`;
}
