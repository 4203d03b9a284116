/** Text encodings an import reads a CSV file in. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1256'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** The characters a CSV file's cells may be separated by, as they are named in an answer. */
export const CSV_SEPARATORS = ['comma', 'semicolon', 'tab'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * How an imported file was read, so the person can check it before confirming: `encoding` and `separator` are
 * what was detected in a CSV file, both null for an XLSX workbook (whose cells are typed, not text).
 */
export interface ImportedFileSource {
  format: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  separator: CsvSeparator | null;
}
