import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { Selection } from '../../../dataset/select/selection'
import type { Meeting } from '../../../dataset/schema'
import { formatDay } from '../../../lib/dates'
import { useFilters } from '../../../url-state/use-url-state'
import { MeetingItem } from './meeting-details'
import { PositionItem } from './position-details'
import { FoldedQuotes } from './quote-block'
import { PersonButton } from './record-links'

function MeetingList({ meetings }: { meetings: Meeting[] }) {
  const { filters } = useFilters()
  if (meetings.length === 0)
    return (
      <p className="evidence-note">
        No meetings between {formatDay(filters.from)} and {formatDay(filters.to)}.
      </p>
    )
  return (
    <ol className="evidence-list">
      {[...meetings]
        .sort((a, b) => a.when.date.localeCompare(b.when.date))
        .map((m) => (
          <MeetingItem key={m.id} meeting={m} />
        ))}
    </ol>
  )
}

/** A link or a node of the meeting graph: the meetings behind it in range. */
export function GraphDetails({
  selection,
}: {
  selection: Extract<Selection, { kind: 'edge' | 'node' }>
}) {
  const ix = indexDataset(useDataset())
  const title =
    selection.kind === 'edge'
      ? `${selection.labels[0]} and ${selection.labels[1]}`
      : selection.node.label
  const actor =
    selection.kind === 'node' && selection.node.actor
      ? ix.actors.get(selection.node.actor)
      : undefined
  return (
    <>
      <h3>{title}</h3>
      {actor ? <p>{actor.name}</p> : null}
      {selection.kind === 'node' && selection.node.person ? (
        <p>
          <PersonButton id={selection.node.person}>
            All about {selection.node.label}: role, meetings and positions
          </PersonButton>
        </p>
      ) : null}
      <h4>Meetings in range ({selection.meetings.length})</h4>
      <MeetingList meetings={selection.meetings} />
    </>
  )
}

/** A person: who they are, their meetings in range and the positions they voiced. */
export function PersonDetails({
  selection,
}: {
  selection: Extract<Selection, { kind: 'person' }>
}) {
  const ix = indexDataset(useDataset())
  const { person } = selection
  const actor = person.actor ? ix.actors.get(person.actor) : undefined
  return (
    <>
      <h3>{person.name}</h3>
      <dl className="evidence-facts">
        <dt>Role</dt>
        <dd>{person.role}</dd>
        <dt>Affiliation</dt>
        <dd>{actor?.name ?? 'none stated'}</dd>
        {person.aliases.length ? (
          <>
            <dt>Also written</dt>
            <dd>{person.aliases.join('; ')}</dd>
          </>
        ) : null}
      </dl>
      {person.note ? <p className="evidence-note">Note: {person.note}</p> : null}
      <FoldedQuotes evidence={person.evidence} />
      <h4>Meetings in range ({selection.meetings.length})</h4>
      <MeetingList meetings={selection.meetings} />
      <h4>Positions voiced in range ({selection.positions.length})</h4>
      {selection.positions.length ? (
        <ol className="evidence-list">
          {selection.positions.map((p) => (
            <PositionItem key={p.id} position={p} topic />
          ))}
        </ol>
      ) : (
        <p className="evidence-note">None in range.</p>
      )}
    </>
  )
}
