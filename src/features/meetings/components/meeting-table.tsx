import { useState } from 'react'
import type { DatasetIndex } from '../../../dataset/select/index-dataset'
import type { Meeting } from '../../../dataset/schema'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { participantName, sideText } from '../scene/graph-model'
import { precisionPrefix, whenLabel } from '../../../dataset/when'
import { queryRows, type ColumnValues } from '../../../lib/table-query'
import type { TableColumn } from '../../../url-state/table-params'
import {
  SortHeader,
  TableFind,
  useFocusLabel,
  useTableQuery,
} from '../../../components/table-controls'
import { WorkspaceBadge } from '../../../components/workspace-badge'
import { useMarkFlags } from '../../../components/use-mark-flags'
import { flagClasses } from '../../../dataset/select/mark-flags'

const COLUMNS: { column: TableColumn<'meetings'>; label: string }[] = [
  { column: 'date', label: 'Date' },
  { column: 'status', label: 'Status' },
  { column: 'participants', label: 'Participants, by side' },
  { column: 'place', label: 'Place' },
  { column: 'issues', label: 'Issues' },
  { column: 'summary', label: 'Summary' },
]

const STATUS_TEXT: Record<Meeting['status'], string> = {
  held: 'held',
  planned: 'planned',
  contact: 'reported contact',
}

/** Rows built at first: thousands of rows take seconds to build and nobody reads them at once. */
const PAGE = 250

/**
 * The meetings in range as an accessible table; each row's button selects that meeting. Sorted and
 * filtered by column from the URL; a focused actor or person keeps the meetings they took part in.
 */
export function MeetingTable({ meetings: all, ix }: { meetings: Meeting[]; ix: DatasetIndex }) {
  const { filters, update } = useFilters()
  const { query, sortBy, find } = useTableQuery('meetings')
  const flagger = useMarkFlags()
  const focus = useFocusLabel(['actor', 'issue', 'person'])
  const values: ColumnValues<Meeting, TableColumn<'meetings'>> = {
    date: (m) => m.when.date,
    status: (m) => STATUS_TEXT[m.status],
    participants: (m) => m.sides.map((side) => sideText(side, ix)).join('; '),
    place: (m) => m.place,
    issues: (m) => m.issues.map((id) => ix.issues.get(id)?.label ?? id).join('; '),
    summary: (m) => m.summary,
  }
  // The issue focus is already applied by the graph's selector; actor and person are applied here.
  const takesPart = (m: Meeting, key: 'actor' | 'person', id: string) =>
    [...m.sides.flat(), ...(m.via ? [m.via] : [])].some((p) => p[key] === id)
  const focused = all.filter(
    (m) =>
      (!filters.actor || takesPart(m, 'actor', filters.actor)) &&
      (!filters.person || takesPart(m, 'person', filters.person)),
  )
  const meetings = queryRows(focused, values, query)
  const [limit, setLimit] = useState(PAGE)
  // The selected meeting is always among the rows, wherever it falls.
  const selectedAt = filters.sel ? meetings.findIndex((m) => m.id === filters.sel) : -1
  const rows = meetings.slice(0, Math.max(limit, selectedAt + 1))
  const more = Math.min(meetings.length - rows.length, PAGE * 4)
  return (
    <>
      <TableFind
        noun="meetings"
        columns={COLUMNS}
        query={query}
        onFind={find}
        shown={meetings.length}
        total={all.length}
        focus={focus}
      />
      <table className="meeting-table">
        <caption className="visually-hidden">Meetings in the selected range</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c.column} {...c} query={query} onSort={sortBy} />
            ))}
            <th scope="col">
              <span className="visually-hidden">Select</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const date = whenLabel(m.when)
            const day = (iso: string) => <span className="meeting-day">{formatDay(iso)}</span>
            const selected = filters.sel === m.id
            const classes = [selected ? 'is-selected' : '', flagClasses(flagger.flags([m.id]))]
            return (
              <tr key={m.id} className={classes.join(' ').trim() || undefined}>
                <td className="meeting-date">
                  {precisionPrefix(m.when)}
                  {day(m.when.date)}
                  {m.when.until ? <> – {day(m.when.until)}</> : null}
                  {m.when.inferred ? (
                    <>
                      {' '}
                      <span className="inferred-tag" title={m.when.basis}>
                        inferred
                      </span>
                    </>
                  ) : null}
                </td>
                <td>
                  {STATUS_TEXT[m.status]}
                  {m.via ? ` through ${participantName(m.via, ix)}` : null}
                </td>
                <td className="meeting-participants">
                  <ul className="meeting-sides">
                    {m.sides.map((side, i) => (
                      <li key={i}>{sideText(side, ix)}</li>
                    ))}
                  </ul>
                </td>
                <td>{m.place ?? <span className="not-stated">not stated</span>}</td>
                <td>
                  {m.issues.map((id) => ix.issues.get(id)?.label ?? id).join('; ') || (
                    <span className="not-stated">none named</span>
                  )}
                </td>
                <td className="meeting-summary">
                  {m.summary}
                  <WorkspaceBadge id={m.id} />
                </td>
                <td>
                  <button
                    type="button"
                    aria-pressed={selected}
                    aria-label={`Select meeting: ${date}, ${m.place ?? 'place not stated'}`}
                    onClick={() => update({ sel: m.id, person: null })}
                  >
                    Select
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {more > 0 ? (
        <p className="meeting-table-more">
          Showing {rows.length.toLocaleString('en')} of {meetings.length.toLocaleString('en')}{' '}
          meetings; the CSV export has them all.{' '}
          <button type="button" onClick={() => setLimit(rows.length + more)}>
            Show {more.toLocaleString('en')} more
          </button>
        </p>
      ) : null}
    </>
  )
}
