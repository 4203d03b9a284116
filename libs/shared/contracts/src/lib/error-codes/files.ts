/** Refusals of the text and numbers inside an imported CSV or XLSX file (after its size and type are checked). */
export const FILES_ERRORS = {
  /** 400: a CSV file whose bytes read as none of UTF-8, UTF-16, Windows-1251 or Windows-1256; nothing was stored. */
  'file.undecodable':
    'Line {line} of the file is not in an encoding the import reads (UTF-8, UTF-16, Windows-1251, Windows-1256); save it as "CSV UTF-8" and send it again',
} as const;

/**
 * Problems of one line or cell of an imported file. Params: `line`, the file's line (the header is line 1);
 * `column`, the cell's place along a CSV line (the first cell is 1); `value`, the cell as written; `thousands`
 * and `decimal`, the two numbers an ambiguous cell could be. The `file.csv_*` codes are CSV quoting that cannot
 * be read (RFC 4180: a quoted cell starts and ends with a quote, and a quote inside it is doubled).
 */
export const FILES_FIELD_PROBLEMS = {
  'file.undecodable_line': 'Line {line} cannot be read as text',
  'file.ambiguous_number':
    '"{value}" could be {thousands} or {decimal}: write it without thousands marks, and a fraction without trailing zeros',
  'file.not_a_number': '"{value}" is not a number',
  'file.csv_quote_not_closed':
    'Line {line}, cell {column}: the quote that opens the cell is never closed; close it, or double a quote meant as text ("")',
  'file.csv_quote_inside_cell':
    'Line {line}, cell {column}: a quote inside a cell that does not start with one; put the whole cell in quotes and double the quote ("")',
  'file.csv_text_after_quote':
    'Line {line}, cell {column}: text after the quote that closes the cell; put the whole cell in quotes and double a quote meant as text ("")',
  'file.csv_unreadable': 'Line {line}, cell {column} cannot be read as CSV',
} as const;
