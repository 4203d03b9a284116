/**
 * The text of a CSV file with CRLF line ends made LF, and a file that ends its lines with CR alone made LF
 * too. A lone CR inside a file that uses LF stays: it belongs to a quoted cell (exports write a name that
 * begins with a carriage return that way), and the parser keeps it.
 */
export function normaliseLineEnds(text: string): string {
  return text.includes('\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\r/g, '\n');
}

/**
 * The line each record starts on, counting the file's first line as 1, from the raw text csv-parse gives
 * for each record after the first line (`raw: true`), which includes the blank lines it skipped before the
 * record. Counted here because the parser's own count takes a CR inside a quoted cell for a line break.
 */
export function recordStartLines(raws: readonly string[], firstRecordLine = 2): number[] {
  let consumed = 0;
  return raws.map((raw) => {
    const leading = raw.length - raw.replace(/^\n+/, '').length;
    const line = firstRecordLine + consumed + leading;
    consumed += raw.split('\n').length - 1;
    return line;
  });
}
