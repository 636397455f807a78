import { useState } from 'react'
import type { DatasetIndex } from '../../../dataset/select/index-dataset'
import type { Meeting } from '../../../dataset/schema'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { participantName, sideText } from '../scene/graph-model'
import { precisionPrefix, whenLabel } from '../../../dataset/when'

const STATUS_TEXT: Record<Meeting['status'], string> = {
  held: 'held',
  planned: 'planned',
  contact: 'reported contact',
}

/** Rows built at first: thousands of rows take seconds to build and nobody reads them at once. */
const PAGE = 250

/** The meetings in range as an accessible table; each row's button selects that meeting. */
export function MeetingTable({ meetings, ix }: { meetings: Meeting[]; ix: DatasetIndex }) {
  const { filters, update } = useFilters()
  const [limit, setLimit] = useState(PAGE)
  // The selected meeting is always among the rows, wherever it falls.
  const selectedAt = filters.sel ? meetings.findIndex((m) => m.id === filters.sel) : -1
  const rows = meetings.slice(0, Math.max(limit, selectedAt + 1))
  const more = Math.min(meetings.length - rows.length, PAGE * 4)
  return (
    <>
      <table className="meeting-table">
        <caption className="visually-hidden">Meetings in the selected range</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Status</th>
            <th scope="col">Participants, by side</th>
            <th scope="col">Place</th>
            <th scope="col">Issues</th>
            <th scope="col">Summary</th>
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
            return (
              <tr key={m.id} className={selected ? 'is-selected' : undefined}>
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
                <td className="meeting-summary">{m.summary}</td>
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
