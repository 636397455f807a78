import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset, overlaps } from '../../../dataset/select/index-dataset'
import { StanceBadge } from '../../../components/stance-badge'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { partlyInside, whenLabel } from '../../../dataset/when'
import { queryRows, type ColumnValues } from '../../../lib/table-query'
import type { TableColumn } from '../../../url-state/table-params'
import type { Position } from '../../../dataset/schema'
import {
  SortHeader,
  TableFind,
  useFocusLabel,
  useTableQuery,
} from '../../../components/table-controls'
import { WorkspaceBadge } from '../../../components/workspace-badge'
import { useMarkFlags } from '../../../components/use-mark-flags'
import { flagClasses } from '../../../dataset/select/mark-flags'

const COLUMNS: { column: TableColumn<'matrix'>; label: string }[] = [
  { column: 'date', label: 'Date' },
  { column: 'actor', label: 'Actor' },
  { column: 'issue', label: 'Issue' },
  { column: 'stance', label: 'Stance' },
  { column: 'reading', label: 'Reading' },
  { column: 'basis', label: 'Basis' },
  { column: 'speaker', label: 'Speaker' },
  { column: 'summary', label: 'Summary' },
]

/** The matrix's data as a table: every position stated within the range, following the focus. */
export function PositionTable() {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const { filters, update } = useFilters()
  const { query, sortBy, find } = useTableQuery('matrix')
  const flagger = useMarkFlags()
  const focus = useFocusLabel(['actor', 'issue', 'person'])
  const speaker = (p: Position) =>
    [p.speaker.person ? ix.people.get(p.speaker.person)?.name : null, p.speaker.body]
      .filter(Boolean)
      .join(', ')
  const values: ColumnValues<Position, TableColumn<'matrix'>> = {
    date: (p) => p.when.date,
    actor: (p) => ix.actors.get(p.actor)?.name ?? p.actor,
    issue: (p) => ix.issues.get(p.issue)?.label ?? p.issue,
    stance: (p) => p.stance,
    reading: (p) => p.reading,
    basis: (p) => p.basis,
    speaker,
    summary: (p) => p.summary,
  }
  const inRange = dataset.positions
    .filter((p) => overlaps(p.when, filters.from, filters.to))
    .sort(
      (a, b) =>
        a.when.date.localeCompare(b.when.date) ||
        a.actor.localeCompare(b.actor) ||
        a.id.localeCompare(b.id),
    )
  // The focus narrows the rows as it narrows the matrix to a row, a column or a speaker.
  const focused = inRange.filter(
    (p) =>
      (!filters.actor || p.actor === filters.actor) &&
      (!filters.issue || p.issue === filters.issue) &&
      (!filters.person || p.speaker.person === filters.person),
  )
  const rows = queryRows(focused, values, query)
  return (
    <>
      <TableFind
        noun="positions"
        columns={COLUMNS}
        query={query}
        onFind={find}
        shown={rows.length}
        total={inRange.length}
        focus={focus}
      />
      <table className="data-table">
        <caption>
          {rows.length} positions stated {formatDay(filters.from)} – {formatDay(filters.to)}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c.column} {...c} query={query} onSort={sortBy} />
            ))}
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const flags = flagger.flags([p.id])
            const classes = [filters.sel === p.id ? 'is-selected' : '', flagClasses(flags)]
            return (
              <tr key={p.id} className={classes.join(' ').trim() || undefined}>
                <td>
                  {whenLabel(p.when)}
                  {partlyInside(p.when, filters.from, filters.to) ? (
                    <span className="inferred-tag"> partly in range</span>
                  ) : null}
                  {p.when.inferred ? (
                    <span className="inferred-tag" title={p.when.basis}>
                      {' '}
                      inferred
                    </span>
                  ) : null}
                </td>
                <td>{ix.actors.get(p.actor)?.name}</td>
                <td>{ix.issues.get(p.issue)?.label}</td>
                <td>
                  <StanceBadge stance={p.stance} implied={p.reading === 'implied'} />
                </td>
                <td title={p.reading === 'implied' ? p.ambiguity : undefined}>{p.reading}</td>
                <td>{p.basis}</td>
                <td>{speaker(p)}</td>
                <td>
                  {p.summary}
                  <WorkspaceBadge id={p.id} />
                  {flags.disputeSides.length ? (
                    <span className="inferred-tag"> in the selected dispute</span>
                  ) : null}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Show evidence: ${p.summary}`}
                    onClick={() => update({ sel: p.id, person: null })}
                  >
                    Show
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}
