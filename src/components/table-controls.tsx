import { useId } from 'react'
import { NO_QUERY, type TableQuery } from '../lib/table-query'
import type { TableView } from '../url-state/url-state'
import { useFilters } from '../url-state/use-url-state'
import { useDataset } from '../url-state/dataset-on-screen'
import { indexDataset } from '../dataset/select/index-dataset'
import './table-controls.css'

/** One table's sort and filter, read from and written to the URL (`matrix-sort`, `matrix-find`). */
export function useTableQuery(view: TableView) {
  const { filters, update } = useFilters()
  const query = filters.tableQueries[view] ?? NO_QUERY
  const set = (change: Partial<TableQuery>, replace: boolean) =>
    update(
      ({ tableQueries }) => ({
        tableQueries: {
          ...tableQueries,
          [view]: { ...(tableQueries[view] ?? NO_QUERY), ...change },
        },
      }),
      { replace },
    )
  return {
    query,
    /** Own order, then ascending, then descending, then own order again. */
    sortBy: (column: string) => {
      const s = query.sort
      const next =
        s?.column !== column ? { column, desc: false } : s.desc ? null : { column, desc: true }
      set({ sort: next }, false)
    },
    // Typing replaces the history entry, so Back does not step through every keystroke.
    find: (text: string, column: string | null) => set({ find: { text, column } }, true),
  }
}

/** A column header that sorts its table: a button inside, `aria-sort` on the header cell. */
export function SortHeader(props: {
  column: string
  label: string
  query: TableQuery
  onSort: (column: string) => void
}) {
  const s = props.query.sort?.column === props.column ? props.query.sort : null
  const sort = s ? (s.desc ? 'descending' : 'ascending') : 'none'
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" className="sort-header" onClick={() => props.onSort(props.column)}>
        {props.label}
        <span aria-hidden="true" className="sort-arrow">
          {/* A no-break space keeps the arrow beside the label's last word in a narrow column. */}
          {`\u00a0${s ? (s.desc ? '▼' : '▲') : '↕'}`}
        </span>
      </button>
    </th>
  )
}

/**
 * A table's text filter with the column it searches, and what the table shows: how many rows
 * of how many, and the focus (actor, issue, person) the rows follow.
 */
export function TableFind(props: {
  /** Names the table for the field's label, e.g. "positions". */
  noun: string
  columns: { column: string; label: string }[]
  query: TableQuery
  onFind: (text: string, column: string | null) => void
  shown: number
  total: number
  /** "actor Hezbollah": the focus the rows follow; null when none. */
  focus: string | null
}) {
  const id = useId()
  const { text, column } = props.query.find
  return (
    <div className="table-find" data-export-skip>
      <label htmlFor={`${id}-text`}>Filter {props.noun}</label>
      <input
        id={`${id}-text`}
        type="search"
        value={text}
        maxLength={200}
        onChange={(e) => props.onFind(e.target.value, column)}
      />
      <label htmlFor={`${id}-column`}>in</label>
      <select
        id={`${id}-column`}
        value={column ?? ''}
        onChange={(e) => props.onFind(text, e.target.value || null)}
      >
        <option value="">every column</option>
        {props.columns.map((c) => (
          <option key={c.column} value={c.column}>
            {c.label}
          </option>
        ))}
      </select>
      <p className="table-find-count" role="status">
        {props.shown === props.total
          ? `${props.total} ${props.noun}`
          : `${props.shown} of ${props.total} ${props.noun}`}
        {props.focus ? `, following the focus on ${props.focus}` : ''}
      </p>
    </div>
  )
}

/** The focus a table's rows follow, in words ("actor Hezbollah, issue Ceasefire"); null when none. */
export function useFocusLabel(follows: readonly ('actor' | 'issue' | 'person')[]): string | null {
  const ix = indexDataset(useDataset())
  const { filters } = useFilters()
  const words = follows.flatMap((kind) => {
    const id = filters[kind]
    if (!id) return []
    const name =
      kind === 'actor'
        ? ix.actors.get(id)?.name
        : kind === 'issue'
          ? ix.issues.get(id)?.label
          : ix.people.get(id)?.name
    return [`${kind} ${name ?? id}`]
  })
  return words.length ? words.join(', ') : null
}
