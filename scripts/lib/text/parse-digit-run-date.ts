/**
 * Signature dates whose 年/月/日 were lost in extraction leave a run of digits: "20191230",
 * "2019116". Such a run is resolved only when exactly one reading is a real date: "20191230"
 * is 2019-12-30, "2019130" is 2019-01-30 (13-0 is no date), but "2019116" could be 11-06 or
 * 01-16, so it stays unresolved (null) and the caller keeps the raw text.
 */

/** Whether `s` (whitespace ignored) is a bare run of 6–8 digits starting with a plausible year. */
export function isDigitRunDate(s: string): boolean {
  return /^(?:19|20)\d{4,6}$/.test(s.replace(/\s+/g, ''));
}

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The one ISO date a digit run can mean ("20191230" → "2019-12-30"); null when none or several. */
export function parseDigitRunDate(s: string): string | null {
  const run = s.replace(/\s+/g, '');
  if (!isDigitRunDate(run)) return null;
  const y = Number(run.slice(0, 4));
  const rest = run.slice(4);
  const readings = new Set<string>();
  // Month takes one or two digits; the day takes the rest (one or two digits).
  for (const mLen of [1, 2]) {
    const dLen = rest.length - mLen;
    if (dLen < 1 || dLen > 2) continue;
    const m = Number(rest.slice(0, mLen));
    const d = Number(rest.slice(mLen));
    // A two-digit part written with a leading zero is fine ("0106"); a one-digit 0 is not a month or day.
    if (valid(y, m, d)) readings.add(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  }
  return readings.size === 1 ? [...readings][0]! : null;
}
