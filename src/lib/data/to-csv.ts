/**
 * CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark so that Excel reads Chinese
 * correctly, CRLF between records, a field quoted when it holds a comma, quote, CR or LF (quotes
 * doubled). Line breaks inside a quoted field are kept as written.
 */

/** A field value: text, number, or empty (null). */
export type CsvField = string | number | null;

/** The byte-order mark Excel needs to read UTF-8. */
export const BOM = '\uFEFF';

/** One field, quoted when needed. */
export function csvField(value: CsvField): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Records as CSV lines, each ended by CRLF; every row must have the header's fields (`first`: the number of the first row, for the error). */
export function csvLines(header: string[], rows: CsvField[][], first = 1): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV row ${first + i} has ${row.length} fields; expected ${header.length} (${header.join(', ')})`);
  }
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** The whole file: BOM, header, one record per row, each line ended by CRLF. */
export function toCsv(header: string[], rows: CsvField[][]): string {
  return BOM + csvLines(header, [header], 0) + csvLines(header, rows);
}

/** Separator of the items of an array field (documented in the README, "Published data"). */
export const LIST_SEPARATOR = '|';
