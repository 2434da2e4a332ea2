// CSV for French spreadsheets: `;` separators, CRLF lines, a BOM before the first line.

// What a spreadsheet may read as a formula: =, +, -, @ (or their full-width forms ＝＋－＠),
// also after leading blanks (spaces, tabs, ideographic space), and a leading tab or CR.
const FORMULA_START = /^(?:[\t\r]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line. */
export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(";") + "\r\n";
}

export const CSV_BOM = "\uFEFF";
