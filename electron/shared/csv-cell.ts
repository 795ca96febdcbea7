/**
 * Characters that make a spreadsheet (Excel, LibreOffice Calc, Google Sheets) read a cell as a
 * formula or a command: `=`, `+`, `-`, `@`, and tab or carriage return before one of them.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** A number exactly as JavaScript prints a finite one; a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]\d+)?$/;

/**
 * Makes a text cell safe to open in a spreadsheet: a cell that begins with a formula trigger
 * gets a leading `'`, as OWASP's CSV-injection guidance advises, so that `=HYPERLINK(...)` or
 * `@SUM(...)` shows as text instead of running. Other text is returned unchanged. Used for
 * every text cell of every CSV the app writes; numeric columns are written as plain numbers.
 */
export function neutraliseCsvText(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]) ? `'${text}` : text;
}

/** True when a cell, as a spreadsheet reads it, is a plain number (e.g. `-12.5`), which no spreadsheet evaluates. */
export function isPlainNumberCell(cell: string): boolean {
  return PLAIN_NUMBER.test(cell);
}
