/**
 * CSV for the exports people open in a spreadsheet (subscribers, Gift Aid, signatures, letters).
 * A cell starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a
 * spreadsheet shows it as text instead of running it as a formula; the cell is then quoted, as is
 * any cell holding a comma, quote, apostrophe or line break.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: the header row, then one line per row, CRLF line ends (RFC 4180). */
export function toCsvFile(columns: readonly string[], rows: readonly (string | null)[][]): string {
  return [columns.join(','), ...rows.map((cells) => cells.map(csvCell).join(','))].join('\r\n') + '\r\n';
}
