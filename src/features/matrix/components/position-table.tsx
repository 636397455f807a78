import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset, overlaps } from '../../../dataset/select/index-dataset'
import { StanceBadge } from '../../../components/stance-badge'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { partlyInside, whenLabel } from '../../../dataset/when'

/** The matrix's data as a table: every position stated within the range. */
export function PositionTable() {
  const dataset = useDataset()
  const ix = indexDataset(dataset)
  const { filters, update } = useFilters()
  const rows = dataset.positions
    .filter((p) => overlaps(p.when, filters.from, filters.to))
    .sort(
      (a, b) =>
        a.when.date.localeCompare(b.when.date) ||
        a.actor.localeCompare(b.actor) ||
        a.id.localeCompare(b.id),
    )
  return (
    <table className="data-table">
      <caption>
        {rows.length} positions stated {formatDay(filters.from)} – {formatDay(filters.to)}
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Actor</th>
          <th scope="col">Issue</th>
          <th scope="col">Stance</th>
          <th scope="col">Reading</th>
          <th scope="col">Basis</th>
          <th scope="col">Speaker</th>
          <th scope="col">Summary</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id} className={filters.sel === p.id ? 'is-selected' : undefined}>
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
            <td>
              {[p.speaker.person ? ix.people.get(p.speaker.person)?.name : null, p.speaker.body]
                .filter(Boolean)
                .join(', ')}
            </td>
            <td>{p.summary}</td>
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
        ))}
      </tbody>
    </table>
  )
}
