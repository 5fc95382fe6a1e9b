// CSV text as youpin writes it: every field neutralised against formula injection and quoted as
// RFC 4180 says; for spreadsheets with a byte-order mark and CRLF, for code with neither.

// A cell that a spreadsheet would run as a formula (OWASP, "CSV Injection"): it starts with
// = + - @, a tab or a carriage return. Plain numbers ("-1.50") are data, not formulas.
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** One CSV field: neutralised against formula injection, then quoted as RFC 4180 requires. */
export function field(value: string): string {
  const safe = FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The rows as CSV text: BOM and CRLF for a spreadsheet (`spreadsheet`), else LF and no BOM. */
export function csvText(rows: readonly (readonly string[])[], spreadsheet: boolean): string {
  const end = spreadsheet ? '\r\n' : '\n';
  const text = rows.map((r) => `${r.map(field).join(',')}${end}`).join('');
  return spreadsheet ? `\uFEFF${text}` : text;
}
