import { fieldProblemMessage } from '@prgauge/contracts';
import { CsvError } from 'csv-parse/sync';
import type { FieldProblemCode, FieldProblemInput } from '../api-error';
import { columnLetters } from './column-letters';

/** csv-parse's codes for quoting it cannot read, by the problem a person is told of (see FILES_FIELD_PROBLEMS). */
const QUOTING_PROBLEMS: Record<string, FieldProblemCode> = {
  CSV_QUOTE_NOT_CLOSED: 'file.csv_quote_not_closed',
  INVALID_OPENING_QUOTE: 'file.csv_quote_inside_cell',
  CSV_INVALID_CLOSING_QUOTE: 'file.csv_text_after_quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'file.csv_text_after_quote',
};

/** A CSV file the parser stopped reading, with the problem naming the line and cell where it stopped. */
export class CsvSyntaxError extends Error {
  constructor(readonly problem: FieldProblemInput) {
    super(problem.problems.join('; '));
  }
}

/** How far a parse got before it failed: the line breaks of the records it read, and their header. */
export interface CsvProgress {
  /** Line breaks in the raw text of every record read, blank lines skipped before them included. */
  lineBreaks: number;
  header: readonly string[] | null;
}

/**
 * csv-parse's error as the problem of the line and cell it names: `row <line>, <column>` (`header` on line 1),
 * the column named by the header where it has a name and by its letters otherwise, with params `line` (the
 * file's line, first line 1) and `column` (the cell's place along the line, first cell 1). A quote that is
 * never closed is named by the line its row starts on, as the rest of the file reads as that one cell.
 * The line is counted from the records read and the error's raw text, not csv-parse's `lines`, which counts a
 * CR inside a quoted cell as a line break. Anything but a CsvError is returned as it came.
 */
export function csvSyntaxError(error: unknown, progress: CsvProgress): unknown {
  if (!(error instanceof CsvError)) return error;
  const context = error as CsvError & { raw?: string; column?: unknown };
  const raw = typeof context.raw === 'string' ? context.raw : '';
  const index = typeof context.column === 'number' ? context.column : 0;
  const code = QUOTING_PROBLEMS[error.code] ?? 'file.csv_unreadable';
  const before = code === 'file.csv_quote_not_closed' ? (/^\n*/.exec(raw)?.[0] ?? '') : raw;
  const line = 1 + progress.lineBreaks + countLineBreaks(before);
  const name = progress.header?.[index]?.trim() || columnLetters(index);
  const params = { line, column: index + 1 };
  return new CsvSyntaxError({
    field: line === 1 ? 'header' : `row ${line}, ${name}`,
    code,
    params,
    problems: [fieldProblemMessage(code, params)],
  });
}

const countLineBreaks = (text: string): number => text.split('\n').length - 1;
