import { Link } from 'react-router'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { CitingRecord, Passage } from '../../../dataset/select/source-passages'
import { useFilterUpdate, useFilters } from '../../../url-state/use-url-state'

const KIND: Record<CitingRecord['collection'], string> = {
  people: 'Person',
  issues: 'Issue',
  positions: 'Position',
  casualties: 'Figure',
  meetings: 'Meeting',
  events: 'Event',
  disputes: 'Dispute',
}

function RecordButton({ record }: { record: CitingRecord }) {
  const update = useFilterUpdate()
  const ix = indexDataset(useDataset())
  // Two actors can hold the same position in the same words; the actor tells their buttons apart.
  const actor =
    record.collection === 'positions'
      ? ix.actors.get(ix.positions.get(record.id)?.actor ?? '')?.shortName
      : undefined
  const select = () => {
    if (record.collection === 'people') update({ person: record.id, sel: null })
    else if (record.collection === 'issues') update({ issue: record.id })
    else update({ sel: record.id })
  }
  return (
    <button type="button" className="source-record-button" onClick={select}>
      <span className="source-record-kind">
        {KIND[record.collection]}
        {actor ? ` (${actor})` : ''}:
      </span>{' '}
      {record.summary}
    </button>
  )
}

/** Every cited passage in reading order, with the records that cite it and a link to jump there. */
export function PassageList({
  sourceId,
  passages,
  target,
}: {
  sourceId: string
  passages: Passage[]
  target: number | null
}) {
  const { linkTo } = useFilters()
  return (
    <section aria-labelledby="passages-heading" className="source-passages">
      <h2 id="passages-heading">Cited passages ({passages.length})</h2>
      <ol>
        {passages.map((p) => (
          <li key={`${p.start}-${p.end}`} className={p.start === target ? 'is-target' : undefined}>
            <p className="source-passage-quote">
              <Link
                to={`${linkTo(`/sources/${sourceId}`)}#q-${p.start}`}
                title="Jump to this passage in the article"
              >
                “{p.quote.length > 140 ? `${p.quote.slice(0, 140)}…` : p.quote}”
              </Link>
            </p>
            <ul>
              {p.records.map((r) => (
                <li key={`${r.collection}-${r.id}`}>
                  <RecordButton record={r} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}
