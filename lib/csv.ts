// CSV for French spreadsheets: `;` separators, CRLF lines, a BOM before the first line.

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line. */
export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(";") + "\r\n";
}

export const CSV_BOM = "\uFEFF";
