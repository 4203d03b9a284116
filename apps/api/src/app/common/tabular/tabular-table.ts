import type { ImportedFileSource } from '@prgauge/contracts';
import type { FieldProblemInput } from '../api-error';
import { ApiException } from '../api-error';
import type { ArchiveLimits } from '../uploads/archive-bounds';
import { CsvSyntaxError } from './csv-syntax';
import { splitCsv } from './csv-table';
import { decodeTabularText } from './decode-text';
import { readXlsxTable } from './xlsx-table';

/**
 * One cell of an imported table: text as written (a CSV cell, an XLSX text cell), or a number an XLSX cell
 * holds by type (a number, a formula's cached result, a duration in hours). Empty cells are ''.
 */
export type TabularCell = string | number;

/** One data row: the line of the file (or the sheet's row number) it starts on, the header being 1. */
export interface TabularRow {
  line: number;
  cells: TabularCell[];
  /** XLSX cells (by 0-based column) whose formula has no usable value, read as '': the formula or error. */
  formulasWithoutValue?: ReadonlyMap<number, string>;
}

/** A file read as a table, whatever it was, with how it was read. */
export interface TabularTable {
  source: ImportedFileSource;
  /** The name of the sheet read (an XLSX workbook's first sheet); null for a CSV file. */
  sheet: string | null;
  header: string[];
  rows: TabularRow[];
  /** True when the file has more than the allowed rows (an XLSX sheet's reading stopped there). */
  overLimit: boolean;
}

/** How much of a file an import reads. */
export interface TabularLimits {
  /** Data rows; one more marks the table overLimit (a CSV file keeps its rows, it is in memory already). */
  maxRows: number;
  /** Bounds of an XLSX archive, checked before it is parsed. */
  archive: ArchiveLimits;
}

/** A table, or the problems of a file that could not be read as one (its quoting, its archive). */
export type TabularRead =
  { table: TabularTable; problems: [] } | { table: null; problems: FieldProblemInput[] };

/**
 * The one reader of every CSV/XLSX import: decodes a CSV file (see decodeTabularText: 400 `file.undecodable`)
 * and splits it by the separator of its header line, or reads an XLSX workbook's first sheet by cell type.
 * The upload's own size limit applies before this is called. Broken CSV quoting is answered as the problem of
 * its line and cell (`file.csv_*`, see csvSyntaxError), an unreadable workbook as a problem of the field `file`
 * (`field.format`); a refusal of the archive's bounds (413) is thrown.
 */
export async function readTabularFile(
  kind: 'csv' | 'xlsx',
  content: Buffer,
  limits: TabularLimits,
): Promise<TabularRead> {
  try {
    if (kind === 'xlsx') {
      const { sheet, header, rows, overLimit } = await readXlsxTable(content, limits.archive, limits.maxRows);
      return {
        table: {
          source: { format: 'xlsx', encoding: null, separator: null },
          sheet,
          header,
          rows,
          overLimit,
        },
        problems: [],
      };
    }
    const { text, encoding } = decodeTabularText(content);
    const { separator, header, rows } = splitCsv(text);
    return {
      table: {
        source: { format: 'csv', encoding, separator },
        sheet: null,
        header,
        rows,
        overLimit: rows.length > limits.maxRows,
      },
      problems: [],
    };
  } catch (error) {
    if (error instanceof ApiException) throw error;
    if (error instanceof CsvSyntaxError) return { table: null, problems: [error.problem] };
    const format = kind.toUpperCase();
    return {
      table: null,
      problems: [
        {
          field: 'file',
          code: 'field.format',
          params: { format },
          problems: [`is not a valid ${format} file: ${(error as Error).message}`],
        },
      ],
    };
  }
}

/** A cell as text: numbers as JavaScript writes them (a point for the decimal mark, no grouping). */
export const cellText = (cell: TabularCell | undefined): string =>
  typeof cell === 'number' ? String(cell) : (cell ?? '');
