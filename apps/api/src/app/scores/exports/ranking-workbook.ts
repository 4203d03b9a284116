import type { Locale, LocalizedText, RankingResponse, RankingRow } from '@prgauge/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import { INTL_TAGS, RANKING_WORKBOOK_TEXTS, type RankingWorkbookTexts } from './ranking-workbook-texts';

/** What the reader asked for: their language, the region's time zone, and the filters the rows went through. */
export interface RankingWorkbookOptions {
  locale: Locale;
  /** The region's IANA zone, on whose clocks the publication day is read. */
  timeZone: string;
  group: string | null;
  search: string | null;
}

/** Number formats as the ranking page shows them: totals to one decimal, index scores whole, coverage in %. */
export const RANKING_FORMATS = {
  rank: '0',
  movement: '+0;-0;0',
  total: '0.0',
  index: '0',
  coverage: '0%',
} as const;

/**
 * The ranking rows as an XLSX workbook of one sheet: title rows (the cycle, its period, the publication day in
 * the reader's calendar, the filters applied, the imported-history mark), then a frozen header and one row per
 * agency: rank, movement, code, name, peer group, total, each top-level index, coverage (a fraction shown as %),
 * and for imported history the total and rank published at the time. The sheet reads right to left in Persian.
 * Numbers stay numbers, so they sort and sum; only their display is rounded.
 */
export async function rankingWorkbook(
  ranking: RankingResponse,
  rows: RankingRow[],
  options: RankingWorkbookOptions,
): Promise<Buffer> {
  const texts = RANKING_WORKBOOK_TEXTS[options.locale];
  const pick = (value: LocalizedText | string) => localized(value, options.locale);
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(texts.sheet);
  const history = ranking.cycle.importedHistory === true;
  titleRows(sheet, ranking, options, texts, history);
  sheet.addRow([]);
  const header = [
    texts.rank,
    texts.movement,
    texts.code,
    texts.agency,
    texts.peerGroup,
    texts.total,
    ...ranking.indices.map((index) => pick(index.name)),
    texts.coverage,
    ...(history ? [texts.publishedThenTotal, texts.publishedThenRank] : []),
  ];
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  const groups = new Map(ranking.peerGroups.map((g) => [g.code, pick(g.name)]));
  for (const row of rows)
    sheet.addRow([
      row.rank,
      row.movement,
      row.code,
      pick(row.name),
      row.peerGroup ? (groups.get(row.peerGroup) ?? row.peerGroup) : null,
      row.total,
      ...ranking.indices.map((index) => row.indices[index.key] ?? null),
      row.coverage,
      ...(history ? [row.publishedThen?.total ?? null, row.publishedThen?.rank ?? null] : []),
    ]);
  formatColumns(sheet, ranking.indices.length, history);
  sheet.views = [
    { state: 'frozen', xSplit: 0, ySplit: headerRow.number, rightToLeft: options.locale === 'fa' },
  ];
  sheet.autoFilter = {
    from: { row: headerRow.number, column: 1 },
    to: { row: headerRow.number, column: header.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function titleRows(
  sheet: Worksheet,
  ranking: RankingResponse,
  options: RankingWorkbookOptions,
  texts: RankingWorkbookTexts,
  history: boolean,
): void {
  const tag = INTL_TAGS[options.locale];
  sheet.addRow([ranking.cycle.name]).font = { bold: true, size: 14 };
  sheet.addRow([texts.title]);
  sheet.addRow([
    texts.period,
    `${calendarDay(tag, ranking.cycle.periodStart)} – ${calendarDay(tag, ranking.cycle.periodEnd)}`,
  ]);
  sheet.addRow(
    ranking.publishedAt
      ? [texts.publishedOn, publicationDay(tag, ranking.publishedAt, options.timeZone)]
      : [texts.preview],
  );
  const group = options.group
    ? localized(
        ranking.peerGroups.find((g) => g.code === options.group)?.name ?? options.group,
        options.locale,
      )
    : texts.allGroups;
  const filters = [`${texts.group}: ${group}`];
  if (options.search) filters.push(`${texts.search}: «${options.search}»`);
  sheet.addRow([texts.filters, filters.join('; ')]);
  if (history) sheet.addRow([texts.importedHistory]).font = { italic: true };
}

function formatColumns(sheet: Worksheet, indices: number, history: boolean): void {
  const format = (column: number, numFmt: string, width = 10) => {
    sheet.getColumn(column).numFmt = numFmt;
    sheet.getColumn(column).width = width;
  };
  format(1, RANKING_FORMATS.rank, 8);
  format(2, RANKING_FORMATS.movement, 8);
  sheet.getColumn(3).width = 12;
  sheet.getColumn(4).width = 40;
  sheet.getColumn(5).width = 20;
  format(6, RANKING_FORMATS.total);
  for (let i = 0; i < indices; i += 1) format(7 + i, RANKING_FORMATS.index, 14);
  format(7 + indices, RANKING_FORMATS.coverage);
  if (history) {
    format(8 + indices, RANKING_FORMATS.total, 14);
    format(9 + indices, RANKING_FORMATS.rank, 14);
  }
}

/** A calendar day (`YYYY-MM-DD`) in the reader's calendar; a day is on no clock, so it is read in UTC. */
function calendarDay(tag: string, day: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The day an instant falls on in the region's zone, in the reader's calendar (Solar Hijri for Persian). */
function publicationDay(tag: string, instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone }).format(new Date(instant));
}

/** The text in the reader's language, or the first one present. */
function localized(value: LocalizedText | string, locale: Locale): string {
  if (typeof value === 'string') return value;
  return value[locale] ?? value.en ?? value.ru ?? Object.values(value)[0] ?? '';
}
