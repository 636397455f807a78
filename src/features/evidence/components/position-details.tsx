import { StanceBadge } from '../../../components/stance-badge'
import { WorkspaceBadge } from '../../../components/workspace-badge'
import { useDataset } from '../../../url-state/dataset-on-screen'
import { indexDataset } from '../../../dataset/select/index-dataset'
import type { Position } from '../../../dataset/schema'
import { speakerLabel } from '../labels'
import { OutOfRange, PersonButton, WhenBasis, WhenText } from './record-links'
import { RecordFooter } from './record-footer'

function Speaker({ position }: { position: Position }) {
  const ix = indexDataset(useDataset())
  const label = speakerLabel(position.speaker, ix)
  return position.speaker.person ? (
    <PersonButton id={position.speaker.person}>{label}</PersonButton>
  ) : (
    <>{label}</>
  )
}

/** Explicit or implied, in words; an implied stance points at the note that says what it is read from. */
function ReadingText({ position }: { position: Position }) {
  return position.reading === 'implied' ? (
    <span className="reading-implied">implied: read from other words (see the note below)</span>
  ) : (
    <>explicit: the passage says it in words</>
  )
}

/** Everything about one position: who, on what, how sure, when, and the quotes behind it. */
export function PositionDetails({ position }: { position: Position }) {
  const ix = indexDataset(useDataset())
  return (
    <>
      <h3>
        {ix.actors.get(position.actor)?.name ?? position.actor} on{' '}
        {ix.issues.get(position.issue)?.label ?? position.issue}
        <WorkspaceBadge id={position.id} />
      </h3>
      <OutOfRange when={position.when} />
      <dl className="evidence-facts">
        <dt>Stance</dt>
        <dd>
          <StanceBadge stance={position.stance} implied={position.reading === 'implied'} /> (
          {position.basis === 'stated' ? 'stated by the actor' : 'reported by others'})
        </dd>
        <dt>Reading</dt>
        <dd>
          <ReadingText position={position} />
        </dd>
        <dt>Speaker</dt>
        <dd>
          <Speaker position={position} />
        </dd>
        {position.via ? (
          <>
            <dt>Through</dt>
            <dd>{speakerLabel(position.via, ix)} (an intermediary)</dd>
          </>
        ) : null}
        <dt>Date</dt>
        <dd>
          <WhenText when={position.when} />
        </dd>
      </dl>
      <RecordFooter record={position} />
    </>
  )
}

/** A position as one step in a list (a cell's history; with `topic`, a person's statements). */
export function PositionItem({ position, topic = false }: { position: Position; topic?: boolean }) {
  const ix = indexDataset(useDataset())
  return (
    <li className="evidence-item">
      <p className="evidence-item-head">
        <StanceBadge stance={position.stance} implied={position.reading === 'implied'} /> ·{' '}
        <WhenText when={position.when} inline />
        {topic
          ? ` · ${ix.actors.get(position.actor)?.shortName ?? position.actor} on ${ix.issues.get(position.issue)?.label ?? position.issue}`
          : null}
        <WhenBasis when={position.when} />
        <WorkspaceBadge id={position.id} />
      </p>
      <p className="evidence-speaker">
        <Speaker position={position} />
      </p>
      <RecordFooter record={position} />
    </li>
  )
}
