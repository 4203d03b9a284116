/** A column's letters as spreadsheets show them, from its 0-based index: 0 → A, 25 → Z, 26 → AA, 701 → ZZ. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
