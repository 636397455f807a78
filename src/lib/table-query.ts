/** How a data table is sorted and filtered; null/empty: the table's own order, every row. */
export interface TableQuery {
  sort: { column: string; desc: boolean } | null
  /** Rows whose `column` (or, when null, any column) contains `text`, ignoring case. */
  find: { column: string | null; text: string }
}

export const NO_QUERY: TableQuery = { sort: null, find: { column: null, text: '' } }

/** One column's sortable and searchable value for a row (a number sorts as a number). */
export type ColumnValues<R, K extends string = string> = Record<
  K,
  (row: R) => string | number | null
>

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** Compares two cell values: empty cells last, numbers by size, text in natural order. */
function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1
  if (b === null || b === '') return -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return collator.compare(String(a), String(b))
}

/**
 * The rows a table shows under `query`: filtered, then sorted (stably, so ties keep the table's
 * own order). Columns the table does not have are ignored, never thrown on.
 */
export function queryRows<R>(
  rows: readonly R[],
  values: ColumnValues<R>,
  query: TableQuery,
  /** Columns sorted by another value than the one searched (a figure's number, not its words). */
  sortValues: Partial<ColumnValues<R>> = {},
): R[] {
  const text = query.find.text.trim().toLocaleLowerCase()
  const searched = query.find.column ? [values[query.find.column]] : Object.values(values)
  const getters = searched.filter((g) => g !== undefined)
  const kept = text
    ? rows.filter((r) =>
        getters.some((g) =>
          String(g(r) ?? '')
            .toLocaleLowerCase()
            .includes(text),
        ),
      )
    : [...rows]
  const by = query.sort && (sortValues[query.sort.column] ?? values[query.sort.column])
  if (!by) return kept
  const sign = query.sort!.desc ? -1 : 1
  return kept
    .map((row, i) => ({ row, i, v: by(row) }))
    .sort((a, b) => {
      const c = compareValues(a.v, b.v)
      // Empty cells stay last whichever way the column is sorted.
      const empty = a.v === null || a.v === '' || b.v === null || b.v === ''
      return (empty ? c : sign * c) || a.i - b.i
    })
    .map((x) => x.row)
}
