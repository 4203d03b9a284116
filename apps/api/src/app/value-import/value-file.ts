import { VALUE_IMPORT_LONG_COLUMNS } from '@prgauge/contracts';
import type { FieldProblemInput } from '../common/api-error';
import { columnLetters } from '../common/tabular/column-letters';
import { readNumberColumns, type NumberReading } from '../common/tabular/number-column';
import { cellsBeyondHeader } from '../common/tabular/row-width';
import { cellText, type TabularCell, type TabularTable } from '../common/tabular/tabular-table';

/** Where a cell is, as the person sees it: the sheet (null in a CSV file), the 1-based row and the column letters. */
export interface CellPlace {
  sheet: string | null;
  row: number;
  column: string;
}

/**
 * One value of an imported file, whatever its layout: the agency code and indicator key it names, the cell as
 * written, its number reading (decided per indicator, see readNumberColumns) and the comment, with the places of
 * the agency, indicator and value cells for problems.
 */
export interface ImportedCell {
  agencyCode: string;
  indicator: string;
  raw: TabularCell;
  /** False for a long-layout row with an empty value and a comment: the comment alone is imported. */
  valueGiven: boolean;
  number: NumberReading | null;
  /** The formula (or error) of an XLSX value cell that has no usable value, reported rather than skipped. */
  formula: string | null;
  comment: string | null;
  /** `comment` is the place of the long layout's comment cell, where there is one. */
  at: { agency: CellPlace; indicator: CellPlace; value: CellPlace; comment?: CellPlace };
}

/** The import checks each value's range and unit by the form's rules, so it reads signs and percent signs. */
const SIGNED = { signed: true };

/** The first cell of the template's key row and of a long file's header. */
export const AGENCY_CODE_COLUMN = 'agency_code';

/** A file's values in one of the two layouts (see importedCells). */
export interface ImportedLayout {
  layout: 'wide' | 'long';
  cells: ImportedCell[];
  /** Data rows: below the header, or below the template's key row. */
  dataRows: number;
  /** Rows with filled cells past the columns the header (or key row) names: a value split or shifted. */
  tooWide: FieldProblemInput[];
}

/** The cells of a file in the long layout or the template's wide one, or null when it is neither. */
export function importedCells(table: TabularTable): ImportedLayout | null {
  const header = table.header.map((h) => h.trim().toLowerCase());
  const [agencyCol, indicatorCol, valueCol] = VALUE_IMPORT_LONG_COLUMNS.slice(0, 3).map((c) =>
    header.indexOf(c),
  );
  if (agencyCol >= 0 && indicatorCol >= 0 && valueCol >= 0)
    return {
      layout: 'long',
      cells: longCells(table, agencyCol, indicatorCol, valueCol, header.indexOf('comment')),
      dataRows: table.rows.length,
      tooWide: cellsBeyondHeader(table.header, table.rows),
    };
  // The template's visible header names the columns in the reader's language; its key row says what they are.
  // A row of keys without one indicator column is neither layout (a long file short of a column, say).
  if (header[0] === AGENCY_CODE_COLUMN)
    return hasIndicatorColumn(table.header)
      ? {
          layout: 'wide',
          cells: wideCells(table, table.header, 1, table.rows),
          dataRows: table.rows.length,
          tooWide: cellsBeyondHeader(table.header, table.rows),
        }
      : null;
  const keyRow = table.rows.findIndex((r) => cellText(r.cells[0]).trim() === AGENCY_CODE_COLUMN);
  if (keyRow < 0) return null;
  const keys = table.rows[keyRow].cells.map((c) => cellText(c).trim());
  if (!hasIndicatorColumn(keys)) return null;
  const rows = table.rows.slice(keyRow + 1);
  return {
    layout: 'wide',
    cells: wideCells(table, keys, table.rows[keyRow].line, rows),
    dataRows: rows.length,
    tooWide: cellsBeyondHeader(keys, rows),
  };
}

/**
 * The long layout's value column read as the wide layout reads a workbook: each indicator's values as a column of
 * their own, among the file's other indicators (see readNumberColumns). One column of every indicator would let
 * one indicator's "2,5" decide how another's "12,600" reads.
 */
function valuesByIndicator(
  table: TabularTable,
  indicatorCol: number,
  valueCol: number,
): (NumberReading | null)[] {
  const groups = new Map<string, number[]>();
  table.rows.forEach((r, i) => {
    const key = cellText(r.cells[indicatorCol]).trim();
    const rows = groups.get(key);
    if (rows) rows.push(i);
    else groups.set(key, [i]);
  });
  const byGroup = [...groups.values()];
  const read = readNumberColumns(
    byGroup.map((rows) => rows.map((i) => table.rows[i].cells[valueCol] ?? '')),
    table.source.separator,
    SIGNED,
  );
  const numbers: (NumberReading | null)[] = new Array(table.rows.length);
  byGroup.forEach((rows, g) => rows.forEach((row, j) => (numbers[row] = read[g][j])));
  return numbers;
}

/** Whether a row of keys names an indicator column after the agency's code and name. */
function hasIndicatorColumn(keys: readonly string[]): boolean {
  return keys.slice(2).some((key) => key.trim() !== '');
}

function longCells(
  table: TabularTable,
  agencyCol: number,
  indicatorCol: number,
  valueCol: number,
  commentCol: number,
): ImportedCell[] {
  const numbers = valuesByIndicator(table, indicatorCol, valueCol);
  const place = (row: number, col: number): CellPlace => ({
    sheet: table.sheet,
    row,
    column: columnLetters(col),
  });
  const commentOf = (r: TabularTable['rows'][number]) =>
    commentCol >= 0 ? cellText(r.cells[commentCol]).trim() || null : null;
  // An empty value is no value, as in the template: a blank never erases a stored value. Its comment still counts.
  const formulaOf = (r: TabularTable['rows'][number]) => r.formulasWithoutValue?.get(valueCol) ?? null;
  const given = (r: TabularTable['rows'][number]) =>
    cellText(r.cells[valueCol]).trim() !== '' || formulaOf(r) !== null;
  const filled = table.rows.flatMap((r, i) => (given(r) || commentOf(r) !== null ? [{ r, i }] : []));
  return filled.map(({ r, i }) => ({
    agencyCode: cellText(r.cells[agencyCol]).trim(),
    indicator: cellText(r.cells[indicatorCol]).trim(),
    raw: r.cells[valueCol] ?? '',
    valueGiven: given(r),
    number: numbers[i],
    formula: formulaOf(r),
    comment: commentOf(r),
    at: {
      agency: place(r.line, agencyCol),
      indicator: place(r.line, indicatorCol),
      value: place(r.line, valueCol),
      ...(commentCol >= 0 ? { comment: place(r.line, commentCol) } : {}),
    },
  }));
}

/**
 * One cell per agency row and indicator column; the key row names the columns (agency_code, the agency's name,
 * then indicator keys). An empty cell is no value: the template leaves a value out that way, so a blank never
 * erases a stored value. The key row's place stands for the indicator.
 */
function wideCells(
  table: TabularTable,
  keys: string[],
  keyLine: number,
  rows: TabularTable['rows'],
): ImportedCell[] {
  const place = (row: number, col: number): CellPlace => ({
    sheet: table.sheet,
    row,
    column: columnLetters(col),
  });
  const cells: ImportedCell[] = [];
  const indicatorCols = keys.flatMap((key, col) => (col >= 2 && key ? [col] : []));
  const read = readNumberColumns(
    indicatorCols.map((col) => rows.map((r) => r.cells[col] ?? '')),
    table.source.separator,
    SIGNED,
  );
  indicatorCols.forEach((col, c) => {
    const numbers = read[c];
    rows.forEach((r, i) => {
      const raw = r.cells[col] ?? '';
      const formula = r.formulasWithoutValue?.get(col) ?? null;
      if (cellText(raw).trim() === '' && formula === null) return;
      cells.push({
        agencyCode: cellText(r.cells[0]).trim(),
        indicator: keys[col],
        raw,
        valueGiven: true,
        number: numbers[i],
        formula,
        comment: null,
        at: { agency: place(r.line, 0), indicator: place(keyLine, col), value: place(r.line, col) },
      });
    });
  });
  return cells;
}
