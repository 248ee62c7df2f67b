// CSV (RFC 4180) for downloads. Cells that a spreadsheet would run as a formula (=, +, -, @, tab,
// CR at the start) are prefixed with a quote: cited URLs and titles come from untrusted documents.
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = Array.isArray(value) ? value.join(' | ') : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
