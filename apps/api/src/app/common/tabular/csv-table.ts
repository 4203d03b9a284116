import { restoreCsvText, type CsvSeparator } from '@prgauge/contracts';
import { parse } from 'csv-parse/sync';
import { normaliseLineEnds, recordStartLines } from './csv-lines';
import { csvSyntaxError, type CsvProgress } from './csv-syntax';
import type { TabularRow } from './tabular-table';

/** The separator characters a CSV file's header may use, by the name an answer gives them. */
const SEPARATORS: Record<CsvSeparator, string> = { comma: ',', semicolon: ';', tab: '\t' };

/** A CSV file split into its header and rows, with the separator its header line uses. */
export interface CsvTable {
  separator: CsvSeparator;
  header: string[];
  rows: TabularRow[];
}

/**
 * The separator of a CSV file, decided by its header line: whichever of comma, semicolon and tab it holds most
 * (Excel in ru, kk and fa locales writes semicolons, "Unicode text" writes tabs); a comma when it holds none.
 */
export function csvSeparator(headerLine: string): CsvSeparator {
  const counts = (Object.keys(SEPARATORS) as CsvSeparator[]).map(
    (name) => [name, headerLine.split(SEPARATORS[name]).length - 1] as const,
  );
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : 'comma';
}

/**
 * Splits decoded CSV text (RFC 4180 quoting, any line ends) into the header and its rows, each row with the
 * line of the file it starts on (the header is line 1). Blank lines are skipped, blanks around unquoted cells
 * dropped, and the apostrophe exports put before formula-like text taken off. Throws CsvSyntaxError on
 * quoting it cannot read, naming the line and cell where reading stopped (see csvSyntaxError).
 */
export function splitCsv(text: string): CsvTable {
  const clean = normaliseLineEnds(text.replace(/^\uFEFF/, ''));
  const separator = csvSeparator(clean.split('\n', 1)[0] ?? '');
  const progress: CsvProgress = { lineBreaks: 0, header: null };
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(clean, {
      delimiter: SEPARATORS[separator],
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // A tab is the separator there, so only spaces may be trimmed; csv-parse would take tabs as blanks too.
      trim: separator !== 'tab',
      // With `raw` set, csv-parse hands each record over as `{ record, raw }`, whatever its types say.
      on_record: (read, { raw }) => {
        progress.header ??= (read as unknown as { record: string[] }).record;
        progress.lineBreaks += (raw ?? '').split('\n').length - 1;
        return read;
      },
    }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    throw csvSyntaxError(error, progress);
  }
  // Cells are restored after parsing: csv-parse's own `cast` option makes it about ten times slower.
  for (const r of records) r.record = r.record.map(restoreCsvText);
  const lines = recordStartLines(
    records.map((r) => r.raw),
    1,
  );
  const [header, ...rows] = records;
  return {
    separator,
    header: (header?.record ?? []).map((name) => name.trim()),
    rows: rows.map((r, i) => ({ line: lines[i + 1] ?? 0, cells: r.record })),
  };
}
