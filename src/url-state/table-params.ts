import type { TableQuery } from '../lib/table-query'

/**
 * The columns each data table can be sorted and filtered by, as the URL names them. Declared
 * here, not in the tables, so the URL is checked against them before any table draws (a link
 * naming a column that does not exist gets a notice, like any other bad parameter).
 */
const TABLE_COLUMNS = {
  matrix: ['date', 'actor', 'issue', 'stance', 'reading', 'basis', 'speaker', 'summary'],
  casualties: [
    'population',
    'metric',
    'value',
    'claimant',
    'stated',
    'reported',
    'period',
    'disputed',
    'article',
  ],
  meetings: ['date', 'status', 'participants', 'place', 'issues', 'summary'],
} as const

type View = keyof typeof TABLE_COLUMNS
/** A column of one view's table, as the URL names it. */
export type TableColumn<V extends View> = (typeof TABLE_COLUMNS)[V][number]
/** Each table's sort and filter; a table that is absent is in its own order with every row. */
export type TableQueries = Partial<Record<View, TableQuery>>

const VIEWS = Object.keys(TABLE_COLUMNS) as View[]
const has = (view: View, column: string) =>
  (TABLE_COLUMNS[view] as readonly string[]).includes(column)

/** `matrix-sort=-date` (descending), `matrix-find=actor:hezb` (one column) or `matrix-find=hezb`. */
export const TABLE_PARAM_KEYS = VIEWS.flatMap((v) => [`${v}-sort`, `${v}-find`])

/** Reads each table's sort and filter; an unknown column is dropped with a notice. */
export function parseTableQueries(
  get: (key: string) => string | null,
  notices: string[],
): TableQueries {
  const out: TableQueries = {}
  for (const view of VIEWS) {
    const sortParam = get(`${view}-sort`)
    const findParam = get(`${view}-find`)
    let sort: TableQuery['sort'] = null
    if (sortParam !== null) {
      const column = sortParam.replace(/^-/, '')
      if (has(view, column)) sort = { column, desc: sortParam.startsWith('-') }
      else notices.push(`Ignored "${view}-sort": the ${view} table has no column "${column}".`)
    }
    let find: TableQuery['find'] = { column: null, text: '' }
    if (findParam !== null) {
      const [head, ...rest] = findParam.split(':')
      find =
        rest.length && has(view, head!)
          ? { column: head!, text: rest.join(':') }
          : { column: null, text: findParam }
    }
    if (sort || find.text) out[view] = { sort, find }
  }
  return out
}

/** Writes each table's sort and filter back, leaving out tables in their own order. */
export function writeTableQueries(params: URLSearchParams, queries: TableQueries): void {
  for (const view of VIEWS) {
    const q = queries[view]
    if (q?.sort) params.set(`${view}-sort`, `${q.sort.desc ? '-' : ''}${q.sort.column}`)
    if (q?.find.text)
      params.set(`${view}-find`, q.find.column ? `${q.find.column}:${q.find.text}` : q.find.text)
  }
}
