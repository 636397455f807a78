import { Link } from 'react-router'
import { useWorkspace } from '../../../workspace/workspace-context'
import type { AnyRecord } from '../../../workspace/entries'
import { KIND_LABEL, recordText } from '../record-label'

/** The workspace's articles and records, each with its status against the published dataset. */
export function WorkspaceRecords() {
  const ws = useWorkspace()
  const published = new Set(
    [
      ...ws.base.sources,
      ...ws.base.actors,
      ...ws.base.people,
      ...ws.base.issues,
      ...ws.base.populations,
      ...ws.base.positions,
      ...ws.base.casualties,
      ...ws.base.meetings,
      ...ws.base.disputes,
      ...ws.base.events,
    ].map((r) => r.id),
  )
  const rows = [...ws.entries].sort(
    (a, b) =>
      (a.collection === 'sources' ? -1 : 0) - (b.collection === 'sources' ? -1 : 0) ||
      b.updatedAt.localeCompare(a.updatedAt),
  )
  if (!rows.length)
    return (
      <section aria-labelledby="ws-records-h">
        <h2 id="ws-records-h">Your changes</h2>
        <p>None yet. Add an article, or open any article and mark a passage.</p>
      </section>
    )
  return (
    <section aria-labelledby="ws-records-h">
      <h2 id="ws-records-h">Your changes ({rows.length})</h2>
      <table className="ws-table">
        <caption className="visually-hidden">
          Articles and records in the workspace, with their status
        </caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Record</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const status = e.record === null ? 'deleted' : published.has(e.id) ? 'edited' : 'new'
            const record = e.record as AnyRecord | null
            const sourceOf =
              e.collection === 'sources'
                ? e.id
                : ((record as { evidence?: { source: string }[] } | null)?.evidence?.[0]?.source ??
                  null)
            return (
              <tr key={e.key}>
                <td>{KIND_LABEL[e.collection]}</td>
                <td>
                  {recordText(record) || e.id} <small>({e.id})</small>
                </td>
                <td>
                  <span className={`ws-status ws-status-${status}`}>{status}</span>
                </td>
                <td className="ws-row-actions">
                  {sourceOf && status !== 'deleted' ? (
                    <Link to={`/sources/${sourceOf}`}>
                      {e.collection === 'sources' ? 'Annotate' : 'Open article'}
                    </Link>
                  ) : null}{' '}
                  <button
                    type="button"
                    onClick={() => void ws.revert(e.collection, e.id)}
                    aria-label={`${status === 'new' ? 'Remove' : 'Revert'} ${KIND_LABEL[e.collection].toLowerCase()} ${e.id}`}
                  >
                    {status === 'new' ? 'Remove' : 'Revert to published'}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
