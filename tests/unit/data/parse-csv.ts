/**
 * A strict RFC 4180 reader for the tests: the published CSV must parse back to the rows it was
 * written from. Expects the BOM and CRLF record ends; keeps line breaks inside quoted fields.
 */

/** Records of a CSV text (BOM required and removed), each an array of fields. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('CSV does not start with the UTF-8 byte-order mark');
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === '"' && field === '') {
      // Quoted field: up to the closing quote, "" stands for one quote.
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quoted field');
        if (s[i] === '"' && s[i + 1] === '"') { field += '"'; i += 2; } else if (s[i] === '"') { i++; break; } else field += s[i++];
      }
      if (i < s.length && s[i] !== ',' && s[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (s[i] === ',') { row.push(field); field = ''; i++; continue; }
    if (s[i] === '\r') {
      if (s[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field); rows.push(row); row = []; field = ''; i += 2; continue;
    }
    if (s[i] === '\n' || s[i] === '"') throw new Error(`unquoted ${JSON.stringify(s[i])} at ${i}`);
    field += s[i++];
  }
  if (field !== '' || row.length > 0) throw new Error('last record is not ended by CRLF');
  return rows;
}
