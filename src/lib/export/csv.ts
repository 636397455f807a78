import Papa from 'papaparse'

export type CsvValue = string | number | boolean | null
export type CsvRow = Record<string, CsvValue>

/**
 * RFC 4180 CSV with a header row and CRLF line ends. Cells starting with = + - @ (or a tab/CR) get a
 * leading apostrophe so a spreadsheet shows them as text instead of running them as formulas.
 */
export function toCsv(
  rows: readonly CsvRow[],
  columns: readonly string[] = Object.keys(rows[0] ?? {}),
): string {
  const data = rows.map((row) => columns.map((c) => row[c] ?? ''))
  const csv = Papa.unparse(
    { fields: [...columns], data },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  )
  // Papa ends the header-only case with a newline but not the others: end every record with CRLF.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`
}
